package claimdesk.cli;

import claimdesk.store.LedgerException;
import claimdesk.store.LedgerPassphraseException;
import claimdesk.store.LedgerPaths;
import claimdesk.store.LedgerStore;
import claimdesk.store.PreferencesStore;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --db} option every command shares, and the reviewer name its changes are signed with. A ledger
 * protected by a passphrase opens with the passphrase in {@code $CLAIMDESK_PASSPHRASE}.
 */
final class LedgerOption {

    @Option(names = "--db", paramLabel = "PATH",
            description = "Ledger folder (default: $CLAIMDESK_DB, else $XDG_DATA_HOME/claimdesk, "
                    + "else ~/.local/share/claimdesk).")
    Path db;

    static final String PASSPHRASE_VARIABLE = "CLAIMDESK_PASSPHRASE";

    /**
     * Opens the ledger; unless {@code mayCreate}, a folder that holds no ledger yet is an error rather than a new,
     * empty ledger, because a mistyped {@code --db} would otherwise list nothing or export an empty report and
     * leave a stray ledger behind.
     */
    LedgerStore open(boolean mayCreate) {
        Path folder = LedgerPaths.resolve(db);
        if (!mayCreate && !Files.exists(folder.resolve(LedgerStore.DATABASE_NAME + ".mv.db"))) {
            throw new LedgerException("no ledger at " + folder + " (import articles into it first: claimdesk import"
                    + " --db " + folder + " FILE...)");
        }
        String variable = System.getenv(PASSPHRASE_VARIABLE);
        char[] passphrase = variable == null || variable.isEmpty() ? null : variable.toCharArray();
        try {
            LedgerStore store = LedgerStore.open(folder, PreferencesStore.forUser().reviewer().name(),
                    passphrase);
            try {
                store.unlockEvidence(passphrase);
            } catch (RuntimeException e) {
                store.close();
                throw e;
            }
            return store;
        } catch (LedgerPassphraseException e) {
            throw new LedgerPassphraseException(e.getMessage() + " Set " + PASSPHRASE_VARIABLE
                    + " to the passphrase to use it from the command line.", e.passphraseGiven(), e);
        }
    }
}
