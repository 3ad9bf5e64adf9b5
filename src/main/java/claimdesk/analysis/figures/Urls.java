package claimdesk.analysis.figures;

import java.util.ArrayList;
import java.util.List;

/** The web addresses in a text: digits inside "http://…?q=30%25" are not figures. */
final class Urls {
    private final List<int[]> spans = new ArrayList<>();

    Urls(String s) {
        // Cheap for the common case: texts without "://" or "www." skip the search entirely.
        find(s, "://");
        find(s, "www.");
    }

    private void find(String s, String marker) {
        int i = s.indexOf(marker);
        while (i >= 0) {
            int start = i;
            while (start > 0 && !Character.isWhitespace(s.charAt(start - 1))) {
                start--;
            }
            int end = i;
            while (end < s.length() && !Character.isWhitespace(s.charAt(end))) {
                end++;
            }
            spans.add(new int[] {start, end});
            i = s.indexOf(marker, end);
        }
    }

    boolean contains(int offset) {
        for (int[] span : spans) {
            if (offset >= span[0] && offset < span[1]) {
                return true;
            }
        }
        return false;
    }
}
