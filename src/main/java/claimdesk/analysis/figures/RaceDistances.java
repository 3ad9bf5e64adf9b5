package claimdesk.analysis.figures;

import claimdesk.model.FigureKind;
import java.util.Set;

/**
 * Race distances that name an event: "her indoor 800m title", "the 10,000m champion", "a 400 metres hurdles
 * record". The distance says which race, not how far anyone went, so it is OTHER. "She ran 800m in training"
 * keeps its measure: only a word of competition after the distance makes it a race name.
 */
final class RaceDistances {
    private RaceDistances() {
    }

    private static final Set<String> EVENT_WORDS = Set.of("title", "titles", "champion", "champions",
            "championship", "championships", "final", "finals", "race", "record", "records", "hurdles", "relay",
            "freestyle", "breaststroke", "backstroke", "butterfly", "medal", "medallist", "gold", "silver",
            "bronze", "event", "crown", "heat", "heats", "semi-final", "runner", "specialist", "winner");

    /** The race-name reading of {@code t}, or null. */
    static NonStatistic classify(String s, NumberToken t) {
        if (t.form() != NumberToken.Form.PLAIN_DIGITS && t.form() != NumberToken.Form.DIGITS) {
            return null;
        }
        Units.Found unit = Units.after(s, t.end());
        if (unit == null || unit.unit() == null || !"m".equals(unit.unit().symbol())) {
            return null;
        }
        int p = Text.skipSpaces(s, unit.end());
        int e = Text.wordEnd(s, p);
        return p > unit.end() && EVENT_WORDS.contains(Text.lower(s, p, e))
                ? new NonStatistic(FigureKind.OTHER, t.start(), unit.end()) : null;
    }
}
