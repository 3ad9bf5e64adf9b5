package claimdesk.analysis.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The web addresses in a text: digits inside "http://…?q=30%25" are not figures. */
final class Urls {
    private final List<int[]> spans = new ArrayList<>();

    Urls(String s) {
        // Cheap for the common case: texts without "://" or "www." skip the search entirely.
        find(s, "://");
        find(s, "www.");
        // Sorted (and so searchable by halves): a text of many short addresses asks once per number.
        spans.sort(Comparator.comparingInt(span -> span[0]));
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
        int low = 0;
        int high = spans.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (spans.get(mid)[0] <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        // Each span is a whole space-free run, so two spans are the same run or apart: the last one starting at or
        // before offset is the only one that can hold it.
        return low > 0 && offset < spans.get(low - 1)[1];
    }
}
