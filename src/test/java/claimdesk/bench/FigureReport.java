package claimdesk.bench;

import claimdesk.bench.FigureEvaluation.Case;
import claimdesk.bench.FigureEvaluation.Outcome;
import claimdesk.bench.FigureEvaluation.Score;
import claimdesk.bench.FigureGold.GoldFigure;
import claimdesk.model.Figure;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/** The Markdown tables and lists {@link FigureEvaluation} prints, the counts behind them, and its JSON output. */
final class FigureReport {

    private final PrintWriter out;

    FigureReport(PrintWriter out) {
        this.out = out;
    }

    /** Required gold figures, engine figures not absorbed by optional gold, and the pairs matched between them. */
    record Tally(int gold, int engine, int matched) {

        double precision() {
            return engine == 0 ? Double.NaN : matched / (double) engine;
        }

        double recall() {
            return gold == 0 ? Double.NaN : matched / (double) gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Context counts for one field over the matched figures. */
    record ContextTally(int stated, int filled, int filledWhereStated, int right) {

        double fill() {
            return stated == 0 ? Double.NaN : filledWhereStated / (double) stated;
        }

        double accuracy() {
            return filled == 0 ? Double.NaN : right / (double) filled;
        }
    }

    static Tally tally(Score score, Predicate<Case> cases) {
        return tally(score, cases, gold -> true, figure -> true);
    }

    static Tally tally(Score score, Predicate<Case> cases, Predicate<GoldFigure> gold, Predicate<Figure> engine) {
        int goldCount = 0;
        int engineCount = 0;
        int matched = 0;
        for (Case c : score.cases()) {
            if (!cases.test(c)) {
                continue;
            }
            goldCount += (int) c.gold().stream().filter(g -> !g.optional() && gold.test(g)).count();
            for (int e = 0; e < c.engine().size(); e++) {
                engineCount += c.outcomes().get(e) != Outcome.ABSORBED && engine.test(c.engine().get(e)) ? 1 : 0;
            }
            for (int g = 0; g < c.gold().size(); g++) {
                Figure match = c.matchOf(g);
                matched += match != null && gold.test(c.gold().get(g)) && engine.test(match) ? 1 : 0;
            }
        }
        return new Tally(goldCount, engineCount, matched);
    }

    static ContextTally context(Score score, String field) {
        int stated = 0;
        int filled = 0;
        int filledWhereStated = 0;
        int right = 0;
        for (Case c : score.cases()) {
            for (int g = 0; g < c.gold().size(); g++) {
                Figure match = c.matchOf(g);
                if (match == null) {
                    continue;
                }
                String gold = c.gold().get(g).context().get(FigureGold.FIELDS.indexOf(field));
                String engine = FigureEvaluation.field(match, field);
                boolean isStated = !gold.equals(FigureGold.NOT_STATED);
                stated += isStated ? 1 : 0;
                filled += engine != null ? 1 : 0;
                filledWhereStated += isStated && engine != null ? 1 : 0;
                right += FigureEvaluation.right(gold, engine) ? 1 : 0;
            }
        }
        return new ContextTally(stated, filled, filledWhereStated, right);
    }

    void print(Score score, boolean verbose) {
        Tally all = tally(score, c -> true);
        long optional = score.cases().stream().flatMap(c -> c.gold().stream()).filter(GoldFigure::optional).count();
        long absorbed = score.cases().stream().flatMap(c -> c.outcomes().stream())
                .filter(o -> o == Outcome.ABSORBED).count();
        out.printf("%d sentences scored: %d gold figures, %d optional gold figures (%d engine figures on them, "
                + "not counted), %d engine figures.%n", score.cases().size(), all.gold(), optional, absorbed,
                all.engine());
        if (!score.notAnnotated().isEmpty()) {
            out.println("Not annotated (" + score.notAnnotated().size() + ", not scored): "
                    + String.join(", ", score.notAnnotated()));
        }
        out.println();
        out.println("### Values");
        out.println();
        out.println("| set | gold | engine | matched | precision | recall | F1 |");
        out.println("|---|---:|---:|---:|---:|---:|---:|");
        row("all", all);
        for (String set : new TreeMap<>(group(score, c -> c.sentence().set())).keySet()) {
            row(set, tally(score, c -> c.sentence().set().equals(set)));
        }
        out.println();
        out.println("| gold kind | gold | matched | recall |   | engine kind | engine | matched | precision |");
        out.println("|---|---:|---:|---:|---|---|---:|---:|---:|");
        List<String> goldKinds = kinds(score, true);
        List<String> engineKinds = kinds(score, false);
        for (int n = 0; n < Math.max(goldKinds.size(), engineKinds.size()); n++) {
            String gk = n < goldKinds.size() ? goldKinds.get(n) : null;
            String ek = n < engineKinds.size() ? engineKinds.get(n) : null;
            Tally g = gk == null ? null : tally(score, c -> true, gold -> gold.kind().equals(gk), figure -> true);
            Tally e = ek == null ? null
                    : tally(score, c -> true, gold -> true, figure -> figure.kind().code().equals(ek));
            out.println("| " + (g == null ? " | | | " : gk + " | " + g.gold() + " | " + g.matched() + " | "
                    + pct(g.recall())) + " |   | " + (e == null ? " | | | " : ek + " | " + e.engine() + " | "
                    + e.matched() + " | " + pct(e.precision())) + " |");
        }
        out.println();
        out.println("### Context on the " + all.matched() + " matched figures");
        out.println();
        out.println("| field | gold states | engine filled | filled where stated | right | fill | accuracy |");
        out.println("|---|---:|---:|---:|---:|---:|---:|");
        for (String field : FigureGold.FIELDS) {
            ContextTally t = context(score, field);
            out.println("| " + field + " | " + t.stated() + " | " + t.filled() + " | " + t.filledWhereStated()
                    + " | " + t.right() + " | " + pct(t.fill()) + " | " + pct(t.accuracy()) + " |");
        }
        out.println();
        out.println("Unit agrees on " + agreement(score, GoldFigure::unit, Figure::unit) + "; per agrees on "
                + agreement(score, GoldFigure::per, Figure::per) + " (beside the match, not part of it).");
        if (verbose) {
            printMisses(score);
        }
        out.flush();
    }

    private void row(String name, Tally t) {
        out.println("| " + name + " | " + t.gold() + " | " + t.engine() + " | " + t.matched() + " | "
                + pct(t.precision()) + " | " + pct(t.recall()) + " | " + pct(t.f1()) + " |");
    }

    /** "a of b matched figures (c of d where the gold states one)". */
    static String agreement(Score score, Function<GoldFigure, String> gold,
            Function<Figure, String> engine) {
        int matched = 0;
        int agree = 0;
        int stated = 0;
        int agreeStated = 0;
        for (Case c : score.cases()) {
            for (int g = 0; g < c.gold().size(); g++) {
                Figure match = c.matchOf(g);
                if (match != null) {
                    String want = gold.apply(c.gold().get(g));
                    boolean same = want.equals(engine.apply(match) == null ? "" : engine.apply(match).strip());
                    matched++;
                    agree += same ? 1 : 0;
                    stated += want.isEmpty() ? 0 : 1;
                    agreeStated += same && !want.isEmpty() ? 1 : 0;
                }
            }
        }
        return agree + " of " + matched + " matched figures (" + agreeStated + " of " + stated
                + " where the gold states one)";
    }

    private void printMisses(Score score) {
        out.println();
        out.println("### Misses (gold figures without a match)");
        out.println();
        for (Case c : score.cases()) {
            for (int g = 0; g < c.gold().size(); g++) {
                GoldFigure gold = c.gold().get(g);
                if (gold.optional() || c.matchOf(g) != null) {
                    continue;
                }
                List<String> there = new ArrayList<>();
                c.engine().stream().filter(figure -> FigureEvaluation.overlaps(gold, figure))
                        .forEach(figure -> there.add("`" + figure.text() + "` " + describe(figure)));
                out.println("- " + c.sentence().id() + " `" + gold.span() + "`" + (gold.occ() > 1 ? " #" + gold.occ()
                        : "") + ": expected " + describe(gold) + "; engine: "
                        + (there.isEmpty() ? "nothing there" : String.join(", ", there)));
            }
        }
        out.println();
        out.println("### False positives");
        out.println();
        for (Case c : score.cases()) {
            for (int e = 0; e < c.engine().size(); e++) {
                if (c.outcomes().get(e) == Outcome.FALSE_POSITIVE) {
                    Figure figure = c.engine().get(e);
                    out.println("- " + c.sentence().id() + " `" + figure.text() + "` " + describe(figure));
                }
            }
        }
    }

    static String describe(GoldFigure gold) {
        return gold.kind() + " " + range(gold.low(), gold.high()) + suffix(gold.currency(), gold.unit(), gold.per());
    }

    static String describe(Figure figure) {
        return figure.kind().code() + " " + range(figure.low(), figure.high())
                + suffix(figure.currency(), figure.unit(), figure.per());
    }

    private static String range(BigDecimal low, BigDecimal high) {
        if (low != null && high != null && low.compareTo(high) == 0) {
            return plain(low);
        }
        return (low == null ? "" : plain(low)) + ".." + (high == null ? "" : plain(high));
    }

    private static String suffix(String currency, String unit, String per) {
        return (currency == null || currency.isEmpty() ? "" : " " + currency)
                + (unit == null || unit.isEmpty() ? "" : " " + unit) + (per == null || per.isEmpty() ? "" : " per " + per);
    }

    static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static String pct(double share) {
        return Double.isNaN(share) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    private static Map<String, Integer> group(Score score, Function<Case, String> key) {
        Map<String, Integer> groups = new TreeMap<>();
        score.cases().forEach(c -> groups.merge(key.apply(c), 1, Integer::sum));
        return groups;
    }

    private static List<String> kinds(Score score, boolean gold) {
        return score.cases().stream().flatMap(c -> gold
                        ? c.gold().stream().filter(g -> !g.optional()).map(GoldFigure::kind)
                        : c.engine().stream().map(figure -> figure.kind().code()))
                .distinct().sorted().toList();
    }

    /** The per-sentence results as JSON: each gold figure with its result, each engine figure with its outcome. */
    static String json(Score score) {
        StringBuilder json = new StringBuilder("{\"sentences\":[");
        for (Case c : score.cases()) {
            json.append(c == score.cases().get(0) ? "" : ",").append("\n{\"id\":").append(q(c.sentence().id()))
                    .append(",\"set\":").append(q(c.sentence().set())).append(",\"text\":")
                    .append(q(c.sentence().text())).append(",\"gold\":[");
            for (int g = 0; g < c.gold().size(); g++) {
                GoldFigure gold = c.gold().get(g);
                String result = gold.optional() ? "optional" : c.matchOf(g) != null ? "matched" : "missed";
                json.append(g == 0 ? "" : ",").append("{\"line\":").append(q(gold.where())).append(",\"span\":")
                        .append(q(gold.span())).append(",\"occ\":").append(gold.occ()).append(",\"start\":")
                        .append(gold.start()).append(",\"kind\":").append(q(gold.kind())).append(",\"low\":")
                        .append(plain(gold.low())).append(",\"high\":").append(plain(gold.high()))
                        .append(",\"currency\":").append(q(gold.currency())).append(",\"result\":").append(q(result))
                        .append(",\"engine\":").append(c.engineOfGold()[g] < 0 ? "null" : c.engineOfGold()[g])
                        .append('}');
            }
            json.append("],\"engine\":[");
            for (int e = 0; e < c.engine().size(); e++) {
                Figure figure = c.engine().get(e);
                json.append(e == 0 ? "" : ",").append("{\"start\":").append(figure.start()).append(",\"end\":")
                        .append(figure.end()).append(",\"text\":").append(q(figure.text())).append(",\"kind\":")
                        .append(q(figure.kind().code())).append(",\"low\":").append(plain(figure.low()))
                        .append(",\"high\":").append(plain(figure.high())).append(",\"currency\":")
                        .append(q(figure.currency())).append(",\"unit\":").append(q(figure.unit())).append(",\"per\":")
                        .append(q(figure.per()));
                for (String field : FigureGold.FIELDS) {
                    json.append(",\"").append(field).append("\":").append(q(FigureEvaluation.field(figure, field)));
                }
                json.append(",\"outcome\":").append(q(c.outcomes().get(e).name().toLowerCase(Locale.ROOT)))
                        .append('}');
            }
            json.append("]}");
        }
        json.append("\n],\"notAnnotated\":[");
        for (int n = 0; n < score.notAnnotated().size(); n++) {
            json.append(n == 0 ? "" : ",").append(q(score.notAnnotated().get(n)));
        }
        return json.append("]}\n").toString();
    }

    /** A JSON string (or null); Jackson is not on the fallback classpath of evaluate-figures.sh. */
    private static String q(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder quoted = new StringBuilder("\"");
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> quoted.append(ch < 0x20 ? String.format("\\u%04x", (int) ch) : String.valueOf(ch));
            }
        }
        return quoted.append('"').toString();
    }
}
