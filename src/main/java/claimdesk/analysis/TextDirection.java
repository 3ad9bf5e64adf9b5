package claimdesk.analysis;

/** Tells right-to-left text (Dari, Pashto, Arabic, Hebrew) from left-to-right by its letters. Pure. */
public final class TextDirection {

    private TextDirection() {
    }

    /** True when more than half of the strongly directional letters in {@code text} are right-to-left. */
    public static boolean isMostlyRightToLeft(String text) {
        int rtl = 0;
        int ltr = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            switch (Character.getDirectionality(codePoint)) {
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC -> rtl++;
                case Character.DIRECTIONALITY_LEFT_TO_RIGHT -> ltr++;
                default -> { }
            }
            i += Character.charCount(codePoint);
        }
        return rtl > ltr;
    }
}
