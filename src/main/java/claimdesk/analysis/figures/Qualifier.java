package claimdesk.analysis.figures;

/**
 * What a qualifier does to the interval of the number it qualifies. "more than 75,000" is
 * {@link #ABOVE}: low 75000 exclusive, high open.
 */
enum Qualifier {
    /** more than, over, above, in excess of: low exclusive, no high. */
    ABOVE,
    /** at least, a minimum of, no less than: low inclusive, no high. */
    AT_LEAST,
    /** fewer than, less than, under, below: high exclusive, no low. */
    BELOW,
    /** up to, as many as, at most, no more than: high inclusive, no low. */
    AT_MOST,
    /** about, around, nearly, some: the written value, marked approximate. */
    APPROX,
    /** equal to, exactly: the written value. */
    EXACT
}
