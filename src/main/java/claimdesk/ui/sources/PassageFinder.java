package claimdesk.ui.sources;

/** Finds a cited passage in an article's current text, which may have been updated since it was cited. */
final class PassageFinder {

    private PassageFinder() {
    }

    /**
     * {@code [start, end)} if it still holds {@code quote} (ignoring surrounding space), else the occurrence of the
     * quote nearest to {@code start}, else null.
     */
    static int[] locate(String text, int start, int end, String quote) {
        String wanted = quote.strip();
        if (start >= 0 && end <= text.length() && start < end && text.substring(start, end).strip().equals(wanted)) {
            return new int[] {start, end};
        }
        if (wanted.isEmpty()) {
            return null;
        }
        int best = -1;
        for (int at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + 1)) {
            if (best < 0 || Math.abs(at - start) < Math.abs(best - start)) {
                best = at;
            }
        }
        return best < 0 ? null : new int[] {best, best + wanted.length()};
    }
}
