package claimdesk.cli;

import claimdesk.store.LedgerPaths;
import claimdesk.store.LedgerStore;
import claimdesk.store.PreferencesStore;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db} option every command shares, and the reviewer name its changes are signed with. */
final class LedgerOption {

    @Option(names = "--db", paramLabel = "PATH",
            description = "Ledger folder (default: $CLAIMDESK_DB, else $XDG_DATA_HOME/claimdesk, "
                    + "else ~/.local/share/claimdesk).")
    Path db;

    LedgerStore open() {
        return LedgerStore.open(LedgerPaths.resolve(db), PreferencesStore.forUser().reviewer().name());
    }
}
