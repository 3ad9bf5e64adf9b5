package claimdesk.model;

import java.util.List;

/**
 * How the reviewer left the main window: its size, whether it was maximised, and where the dividers between the
 * library, the reader and the tabs stood (fractions of the width, left to right). Values that could not come from
 * a real window (a tiny size, dividers out of order) give the defaults, so a damaged settings file never hides a
 * pane.
 */
public record WindowLayout(double width, double height, boolean maximized, List<Double> dividers) {

    public static final WindowLayout DEFAULT = new WindowLayout(1280, 800, false, List.of(0.19, 0.55));

    private static final double MIN_WIDTH = 640;
    private static final double MIN_HEIGHT = 400;

    public WindowLayout {
        if (!(width >= MIN_WIDTH) || !(height >= MIN_HEIGHT) || Double.isInfinite(width)
                || Double.isInfinite(height)) {
            width = 1280;
            height = 800;
        }
        dividers = dividers == null || !ordered(dividers) ? List.of(0.19, 0.55) : List.copyOf(dividers);
    }

    private static boolean ordered(List<Double> dividers) {
        if (dividers.size() != 2) {
            return false;
        }
        double previous = 0;
        for (Double divider : dividers) {
            if (divider == null || !(divider > previous) || !(divider < 1)) {
                return false;
            }
            previous = divider;
        }
        return true;
    }
}
