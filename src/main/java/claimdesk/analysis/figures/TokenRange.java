package claimdesk.analysis.figures;

/** Tokens {@code from} to {@code to} (exclusive) of one {@link Tokens} sentence; never empty. */
record TokenRange(int from, int to) {

    TokenRange {
        if (from < 0 || to <= from) {
            throw new IllegalArgumentException("empty token range " + from + ".." + to);
        }
    }
}
