package claimdesk.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class DisplayLinesTest {

    @Test
    void breaksAtTheLastSpaceWithinTheWidth() {
        assertEquals("one two\nthree four\nfive", DisplayLines.breakLongLines("one two three four five", 10));
    }

    @Test
    void keepsShortLinesAndExistingBreaks() {
        assertEquals("short\n\nline", DisplayLines.breakLongLines("short\n\nline", 10));
    }

    @Test
    void aWordLongerThanTheWidthStaysWhole() {
        assertEquals("a\nabcdefghijklmnop\nb", DisplayLines.breakLongLines("a abcdefghijklmnop b", 5));
    }

    @Test
    void dariParagraphLinesFitTheWidth() throws Exception {
        String dari = Files.readString(Path.of("src/test/resources/articles/dari.txt"));

        String shown = DisplayLines.breakLongLines(dari, 50);

        assertTrue(shown.lines().allMatch(line -> line.length() <= 50 || !line.contains(" ")));
        assertTrue(shown.lines().count() > dari.lines().count());
    }

    @Property
    void offsetsStayValidAndOnlySpacesChange(@ForAll String text, @ForAll @IntRange(min = 1, max = 80) int width) {
        String shown = DisplayLines.breakLongLines(text, width);

        assertEquals(text.length(), shown.length());
        for (int i = 0; i < text.length(); i++) {
            if (shown.charAt(i) != text.charAt(i)) {
                assertEquals(' ', text.charAt(i));
                assertEquals('\n', shown.charAt(i));
            }
        }
    }
}
