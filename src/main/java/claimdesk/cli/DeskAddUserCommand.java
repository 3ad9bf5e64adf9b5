package claimdesk.cli;

import claimdesk.store.DeskRoles;
import claimdesk.store.LedgerException;
import claimdesk.store.LedgerServer;
import java.io.Console;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Exit codes: 0 the login was added, 3 it was not (the name is taken, the caller lacks CREATEROLE, the desk has no
 * roles yet, no password). The password is never an argument, where the shell history and the process list would
 * keep it: it is typed at the terminal, or read from {@value #PASSWORD_VARIABLE} by scripts.
 */
@Command(name = "add-user", mixinStandardHelpOptions = true,
        description = "Create a PostgreSQL login for a person of the desk, as a reviewer (edits claims) or an "
                + "editor (also publishes). Needs a login with CREATEROLE. The password is asked for at the "
                + "terminal, or taken from $" + DeskAddUserCommand.PASSWORD_VARIABLE + ".")
final class DeskAddUserCommand implements Callable<Integer> {

    static final String PASSWORD_VARIABLE = "CLAIMDESK_NEW_USER_PASSWORD";

    @Parameters(index = "0", paramLabel = "NAME", description = "The login name, as the person will type it.")
    String name;

    @Option(names = "--role", required = true, paramLabel = "reviewer|editor",
            description = "reviewer (edits claims) or editor (also publishes).")
    DeskRoles.Role role;

    @Mixin
    LedgerOption ledger;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try {
            LedgerServer server = ledger.server("claimdesk desk add-user");
            DeskRoles.addUser(server, name, role, password());
            spec.commandLine().getOut().println("Added the login " + name + " as " + article(role) + " on "
                    + server.address() + ".");
            return 0;
        } catch (LedgerException e) {
            spec.commandLine().getErr().println("claimdesk: " + e.getMessage());
            return ClaimdeskCli.EXIT_LEDGER;
        }
    }

    private char[] password() {
        String variable = System.getenv(PASSWORD_VARIABLE);
        if (variable != null && !variable.isEmpty()) {
            return variable.toCharArray();
        }
        Console console = System.console();
        char[] first = console == null ? null : console.readPassword("Password for %s: ", name);
        if (first == null || first.length == 0) {
            throw new LedgerException("No password for " + name + ": type one at a terminal, or set "
                    + PASSWORD_VARIABLE + " in a script.");
        }
        char[] again = console.readPassword("The same password again: ");
        if (!Arrays.equals(first, again)) {
            Arrays.fill(first, '\0');
            throw new LedgerException("The two passwords differ; no login was added.");
        }
        if (again != null) {
            Arrays.fill(again, '\0');
        }
        return first;
    }

    private static String article(DeskRoles.Role role) {
        String word = role.name().toLowerCase(Locale.ROOT);
        return (word.startsWith("e") ? "an " : "a ") + word;
    }
}
