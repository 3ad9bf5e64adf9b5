package claimdesk;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The logging the jar ships with: a PDF export prints no font chatter, Claimdesk's own warnings still show. */
class LoggingConfigurationTest {

    @AfterEach
    void restoreTheTestConfiguration() throws Exception {
        LogManager.getLogManager().readConfiguration();
    }

    @Test
    void thePdfRenderersWarningsStayOffTheTerminal() throws Exception {
        try (InputStream in = Main.class.getResourceAsStream("logging.properties")) {
            LogManager.getLogManager().readConfiguration(in);
        }

        assertFalse(Logger.getLogger("org.apache.pdfbox.pdmodel.font.PDType1Font").isLoggable(Level.WARNING));
        assertFalse(Logger.getLogger("com.openhtmltopdf.load").isLoggable(Level.WARNING));
        assertTrue(Logger.getLogger("org.apache.pdfbox.pdmodel.font.PDType1Font").isLoggable(Level.SEVERE));
        assertTrue(Logger.getLogger("claimdesk.store.LedgerStore").isLoggable(Level.WARNING));
    }
}
