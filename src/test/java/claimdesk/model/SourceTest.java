package claimdesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SourceTest {

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.org/x", "example.org", "javascript:alert(1)", "https://", "http//x.org",
            "file:///etc/passwd"})
    void refusesAnAddressThatIsNotHttpOrHttps(String url) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Source.draft(url, "Title", null, null, null, null));
        assertEquals("\u201c" + url + "\u201d is not a web address (http:// or https://)", refused.getMessage());
    }

    @Test
    void acceptsWebAddressesAndBlank() {
        assertEquals("https://data.unhcr.org/x?y=1", Source.draft(" https://data.unhcr.org/x?y=1 ", "T", null, null,
                null, null).url());
        assertEquals("HTTP://Example.org", Source.draft("HTTP://Example.org", "T", null, null, null, null).url());
        assertNull(Source.draft("  ", "T", " ", null, null, null).url());
        assertNull(Source.draft("  ", "T", " ", null, null, null).publisher());
    }

    @Test
    void needsATitle() {
        assertThrows(IllegalArgumentException.class, () -> Source.draft(null, " ", null, null, null, null));
    }

    @Test
    void tallySummaryIsCompact() {
        assertEquals("", SourceTally.NONE.summary());
        assertEquals("2\u2713 1\u2717 1\u2139", SourceTally.NONE.plus(Stance.SUPPORTS).plus(Stance.SUPPORTS)
                .plus(Stance.CONTRADICTS).plus(Stance.CONTEXT).summary());
    }
}
