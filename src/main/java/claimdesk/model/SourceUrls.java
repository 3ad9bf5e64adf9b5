package claimdesk.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** What counts as a source's web address: an absolute http or https URI with a host. */
public final class SourceUrls {

    private SourceUrls() {
    }

    public static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
