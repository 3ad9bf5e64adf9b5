package claimdesk.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Makes text from articles and file names safe to print to a terminal. An escape sequence hidden in a headline
 * (ESC, or the one-character CSI U+009B) could recolour, retitle or clear the reviewer's terminal, or a carriage
 * return could print over a line, so every control character but tab is replaced by a visible stand-in: the
 * Unicode control picture for C0 and DEL (ESC shows as ␛), U+FFFD for C1. The stored text is left as it is; only
 * what reaches the terminal changes. Bidirectional marks stay, as Dari and Pashto text needs them.
 *
 * <p>JSON output keeps the exact text, escaped: Jackson already writes C0 controls (ESC among them) as escapes,
 * but DEL and C1 (the CSI U+009B) it writes raw, so {@link #escapingControls} has it escape those too.
 */
final class TerminalText {

    private TerminalText() {
    }

    /** {@code text} with its control characters made visible; null stays null. */
    static String safe(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder safe = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            safe.append(Character.getType(c) == Character.CONTROL && c != '\t' ? standIn(c) : c);
        }
        return safe.toString();
    }

    private static char standIn(char control) {
        if (control < 0x20) {
            return (char) ('\u2400' + control);
        }
        return control == 0x7F ? '\u2421' : '\uFFFD';
    }

    /** {@code mapper}, set to write DEL and C1 controls as JSON's four-hex-digit escapes. */
    static ObjectMapper escapingControls(ObjectMapper mapper) {
        escapingControls(mapper.getFactory());
        return mapper;
    }

    /** {@code factory}, set like {@link #escapingControls(ObjectMapper)}: for writers that stream without a mapper. */
    static JsonFactory escapingControls(JsonFactory factory) {
        factory.setCharacterEscapes(new ControlEscapes());
        return factory;
    }

    private static final class ControlEscapes extends CharacterEscapes {

        private final int[] ascii = standardAsciiEscapesForJSON();

        ControlEscapes() {
            ascii[0x7F] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch >= 0x80 && ch <= 0x9F ? new SerializedString(String.format("\\u%04X", ch)) : null;
        }
    }
}
