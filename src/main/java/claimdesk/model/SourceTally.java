package claimdesk.model;

/** How many sources support, contradict or give context to one claim. */
public record SourceTally(int supports, int contradicts, int context) {

    public static final SourceTally NONE = new SourceTally(0, 0, 0);

    public int total() {
        return supports + contradicts + context;
    }

    public SourceTally plus(Stance stance) {
        return switch (stance) {
            case SUPPORTS -> new SourceTally(supports + 1, contradicts, context);
            case CONTRADICTS -> new SourceTally(supports, contradicts + 1, context);
            case CONTEXT -> new SourceTally(supports, contradicts, context + 1);
        };
    }

    /** "2✓ 1✗", "1ℹ", or "" when the claim has no source. */
    public String summary() {
        StringBuilder text = new StringBuilder();
        append(text, supports, Stance.SUPPORTS);
        append(text, contradicts, Stance.CONTRADICTS);
        append(text, context, Stance.CONTEXT);
        return text.toString();
    }

    private static void append(StringBuilder text, int count, Stance stance) {
        if (count > 0) {
            text.append(text.length() == 0 ? "" : " ").append(count).append(stance.symbol());
        }
    }
}
