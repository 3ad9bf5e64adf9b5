package claimdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TerminalTextTest {

    @Test
    void controlsBecomeVisibleStandIns() {
        assertEquals("a\u241b[2Jb\u240dc\u240ad\u2421e\ufffdf\u2400g",
                TerminalText.safe("a\u001b[2Jb\rc\nd\u007fe\u009bf\u0000g"));
    }

    @Test
    void tabsBidiMarksAndScriptsStay() {
        String text = "Tab\there \u202bاخراج مهاجران\u202c 😀 \u200f";

        assertEquals(text, TerminalText.safe(text));
    }

    // Jackson escapes C0 on its own; DEL and the one-character CSI it would write raw.
    @Test
    void jsonEscapesDelAndC1TooAndReadsBackTheSameText() throws Exception {
        ObjectMapper mapper = TerminalText.escapingControls(new ObjectMapper());
        String text = "a\u001bb\u009bc\u007fd\u0085e \u202eاخراج";

        String json = mapper.writeValueAsString(Map.of("t", text));

        assertEquals("{\"t\":\"a\\u001Bb\\u009Bc\\u007Fd\\u0085e \u202eاخراج\"}", json);
        assertEquals(text, mapper.readTree(json).get("t").asText());
    }
}
