package claimdesk.ui.undo;

import claimdesk.store.LedgerStore;

/**
 * One reviewer edit that can be undone. {@code apply} and {@code revert} run on the store-writer thread, each
 * exactly undoing the other; a command captures the before and after values when it is made.
 */
public interface LedgerCommand {

    void apply(LedgerStore store);

    void revert(LedgerStore store);

    /** Shown in the Edit menu: "Undo set verdict". */
    String label();
}
