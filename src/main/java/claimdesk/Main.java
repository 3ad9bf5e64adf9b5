package claimdesk;

import claimdesk.cli.ClaimdeskCli;
import claimdesk.ui.ClaimdeskApp;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The jar's entry point. It must not extend {@code Application}: launched from a plain classpath, JavaFX refuses
 * an Application main class ("JavaFX runtime components are missing"), and jpackage needs a launcher like this.
 * With a command it runs headless and never loads JavaFX.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        configureLogging();
        if (ClaimdeskCli.isCommand(args)) {
            PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
            PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
            System.exit(ClaimdeskCli.run(args, out, err));
        }
        ClaimdeskApp.launchWith(args);
    }

    /** Reads logging.properties from the jar unless the user named a configuration of their own. */
    private static void configureLogging() {
        if (System.getProperty("java.util.logging.config.file") != null) {
            return;
        }
        try (var in = Main.class.getResourceAsStream("logging.properties")) {
            if (in != null) {
                java.util.logging.LogManager.getLogManager().readConfiguration(in);
            }
        } catch (java.io.IOException e) {
            // Logging stays at the JDK's defaults: louder, but nothing is lost.
        }
    }
}
