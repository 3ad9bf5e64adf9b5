package claimdesk.cli;

import claimdesk.store.LedgerException;
import claimdesk.store.LedgerStore;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that works on a ledger: opens it, runs, closes it, and turns a ledger failure into exit code 3. */
abstract class LedgerCommand implements Callable<Integer> {

    @Mixin
    LedgerOption ledger;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        try (LedgerStore store = ledger.open(createsLedger())) {
            return run(store);
        } catch (LedgerException e) {
            err().println("claimdesk: " + e.getMessage());
            return ClaimdeskCli.EXIT_LEDGER;
        }
    }

    protected abstract int run(LedgerStore store);

    /** Whether this command may create the ledger when none exists yet; only adding articles may. */
    protected boolean createsLedger() {
        return false;
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
