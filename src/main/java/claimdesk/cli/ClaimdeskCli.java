package claimdesk.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The headless front end: {@code java -jar claimdesk.jar <command> ...}. Every command prints through picocli's
 * writers, so tests capture output without touching {@code System.out}.
 *
 * <p>Exit codes: 0 success, 1 the command ran but found a problem (a refused file, a finding), 2 bad usage,
 * 3 the ledger could not be opened.
 */
@Command(name = "claimdesk", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Offline workbench for fact-checkers. Without a command, opens the app.",
        subcommands = {ImportCommand.class, ListCommand.class, FiguresCommand.class, CheckCommand.class, ReportCommand.class,
                DeskCommand.class})
public final class ClaimdeskCli {

    public static final int EXIT_PROBLEM = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_LEDGER = 3;

    public static CommandLine commandLine() {
        return new CommandLine(new ClaimdeskCli())
                .setExitCodeExceptionMapper(error -> EXIT_USAGE)
                .setCaseInsensitiveEnumValuesAllowed(true);
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = commandLine();
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine.execute(args);
    }

    /** True when the arguments name a command (or ask for help or the version) rather than the app. */
    public static boolean isCommand(String[] args) {
        if (args.length == 0) {
            return false;
        }
        String first = args[0];
        return namesASubcommand(first)
                || first.equals("--help") || first.equals("-h") || first.equals("--version") || first.equals("-V");
    }

    /**
     * Read from the annotations rather than from a built {@link CommandLine}: building picocli's model of every
     * command here, and again to run one, cost each command-line start about a tenth of a second.
     */
    private static boolean namesASubcommand(String name) {
        for (Class<?> subcommand : ClaimdeskCli.class.getAnnotation(Command.class).subcommands()) {
            Command command = subcommand.getAnnotation(Command.class);
            if (command.name().equals(name) || java.util.Arrays.asList(command.aliases()).contains(name)) {
                return true;
            }
        }
        return false;
    }
}
