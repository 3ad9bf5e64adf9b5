package claimdesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Sets up a desk, the shared ledger on PostgreSQL: {@code init} installs its roles and rules, {@code add-user} adds
 * the login of a reviewer or an editor. Exit codes: 0 done, 2 bad usage (no subcommand), 3 the desk could not be
 * opened or refused the change; the message says which.
 */
@Command(name = "desk", mixinStandardHelpOptions = true,
        description = "Set up a desk's shared ledger on PostgreSQL: its roles, and the logins of its people.",
        subcommands = {DeskInitCommand.class, DeskAddUserCommand.class})
final class DeskCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Name what to do: claimdesk desk init, or claimdesk desk "
                + "add-user NAME --role reviewer|editor.");
    }
}
