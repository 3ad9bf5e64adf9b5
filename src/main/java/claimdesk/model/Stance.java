package claimdesk.model;

/** How a source bears on a claim. The stored name is the enum constant. */
public enum Stance {
    SUPPORTS("supports", "\u2713"),
    CONTRADICTS("contradicts", "\u2717"),
    CONTEXT("context", "\u2139");

    private final String label;
    private final String symbol;

    Stance(String label, String symbol) {
        this.label = label;
        this.symbol = symbol;
    }

    public String label() {
        return label;
    }

    /** One character for tight places such as a table cell: ✓, ✗ or ℹ. */
    public String symbol() {
        return symbol;
    }

    @Override
    public String toString() {
        return label;
    }
}
