package claimdesk.cli;

import claimdesk.store.LedgerException;
import claimdesk.store.LedgerPassphraseException;
import claimdesk.store.LedgerPaths;
import claimdesk.store.LedgerServer;
import claimdesk.store.LedgerStore;
import claimdesk.store.PreferencesStore;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The {@code --db} option every command shares, and the reviewer name its changes are signed with. A ledger
 * protected by a passphrase opens with the passphrase in {@code $CLAIMDESK_PASSPHRASE}.
 */
final class LedgerOption {

    @Option(names = "--db", paramLabel = "PATH|URL",
            description = "Ledger folder, or a desk's shared ledger as postgresql://host:port/db (user from "
                    + "$PGUSER, password from $PGPASSWORD or ~/.pgpass). Default: $CLAIMDESK_DB, else "
                    + "$XDG_DATA_HOME/claimdesk, else ~/.local/share/claimdesk.")
    String db;

    static final String PASSPHRASE_VARIABLE = "CLAIMDESK_PASSPHRASE";

    /**
     * Opens the ledger; unless {@code mayCreate}, a folder that holds no ledger yet is an error rather than a new,
     * empty ledger, because a mistyped {@code --db} would otherwise list nothing or export an empty report and
     * leave a stray ledger behind.
     */
    private static Path folderOf(String db) {
        try {
            return db == null ? null : Path.of(db);
        } catch (InvalidPathException e) {
            throw new LedgerException("--db " + db + " is neither a folder nor postgresql://host:port/db: "
                    + e.getMessage(), e);
        }
    }

    /** The desk server {@code --db} (or CLAIMDESK_DB) names; a folder is refused: only a desk has roles and logins. */
    LedgerServer server(String command) {
        return LedgerPaths.server(db).orElseThrow(() -> new LedgerException(command + " works on a desk's shared "
                + "ledger, named --db postgresql://host:port/db (or CLAIMDESK_DB), not on "
                + (db == null ? "a ledger folder" : db) + "."));
    }

    LedgerStore open(boolean mayCreate) {
        String variable = System.getenv(PASSPHRASE_VARIABLE);
        char[] passphrase = variable == null || variable.isEmpty() ? null : variable.toCharArray();
        Optional<LedgerServer> server = LedgerPaths.server(db);
        if (server.isPresent()) {
            // A mistyped database name cannot leave a stray ledger behind: the server refuses the connection.
            return LedgerStore.open(server.get(), PreferencesStore.forUser().reviewer().name(), passphrase);
        }
        Path folder = LedgerPaths.resolve(folderOf(db));
        if (!mayCreate && !Files.exists(folder.resolve(LedgerStore.DATABASE_NAME + ".mv.db"))) {
            throw new LedgerException("no ledger at " + folder + " (import articles into it first: claimdesk import"
                    + " --db " + folder + " FILE...)");
        }
        try {
            LedgerStore store = LedgerStore.open(folder, PreferencesStore.forUser().reviewer().name(),
                    passphrase);
            // As in the app: the person's "second reviewer required" setting; a desk always requires one.
            store.requireSecondReview(PreferencesStore.forUser().secondReviewRequired());
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
