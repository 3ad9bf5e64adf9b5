package claimdesk.analysis.figures;

/**
 * "3G", "4G", "5G": mobile network generations, names rather than numbers. Without this the glued "G" reads as
 * a billion and "5G" becomes a count of 5,000,000,000.
 */
final class NetworkGenerations {
    private NetworkGenerations() {
    }

    /** Whether the digits {@code from}..{@code end} with the "G" after them name a network generation. */
    static boolean at(String s, int from, int end) {
        return end - from == 1 && end < s.length() && s.charAt(end) == 'G'
                && "23456".indexOf(s.charAt(from)) >= 0 && !Text.isWordChar(s, end + 1)
                && !Text.isWordChar(s, from - 1) && (from == 0 || s.charAt(from - 1) != '$');
    }
}
