package claimdesk.cli;

import claimdesk.store.DeskRoles;
import claimdesk.store.LedgerException;
import claimdesk.store.LedgerServer;
import claimdesk.store.LedgerStore;
import claimdesk.store.PreferencesStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Exit codes: 0 the desk is ready, 3 it could not be opened or changed (for instance not as its owner). */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Bring the desk's schema up to date and install its roles (claimdesk_reviewer, "
                + "claimdesk_editor) and rules: only editors publish, nobody rewrites the audit trail. Run it as "
                + "the login that owns the desk's tables, again after each upgrade; running it twice is harmless.")
final class DeskInitCommand implements Callable<Integer> {

    @Mixin
    LedgerOption ledger;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try {
            LedgerServer server = ledger.server("claimdesk desk init");
            try (LedgerStore store = LedgerStore.open(server, PreferencesStore.forUser().reviewer().name(), null)) {
                DeskRoles.install(store);
            }
            spec.commandLine().getOut().println("The desk " + server.address() + " is ready. Add the login of "
                    + "each person with: claimdesk desk add-user NAME --role reviewer|editor --db "
                    + server.address());
            return 0;
        } catch (LedgerException e) {
            spec.commandLine().getErr().println("claimdesk: " + e.getMessage());
            return ClaimdeskCli.EXIT_LEDGER;
        }
    }
}
