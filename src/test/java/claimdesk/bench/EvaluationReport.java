package claimdesk.bench;

import claimdesk.bench.ConsistencyEvaluation.Score;
import claimdesk.bench.EvaluationGold.Found;
import claimdesk.bench.EvaluationGold.Gold;
import java.io.PrintWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The tables and lists {@link ConsistencyEvaluation} prints: Markdown, so RESULTS.md can take them as they are. */
final class EvaluationReport {

    static final String DIFFERS = "differs";

    /** Counts for one kind in one run (or summed over runs). */
    record Tally(int gold, int optional, int found, int matchedFound, int requiredFound, int matchedGold) {

        Tally plus(Tally other) {
            return new Tally(gold + other.gold, optional + other.optional, found + other.found,
                    matchedFound + other.matchedFound, requiredFound + other.requiredFound,
                    matchedGold + other.matchedGold);
        }

        /** Findings matched to a required line over findings that are not merely optional. */
        String precision() {
            int judged = found - (matchedFound - requiredFound);
            return judged == 0 ? "-" : String.format(Locale.ROOT, "%.2f", requiredFound / (double) judged);
        }

        String recall() {
            return gold == 0 ? "-" : String.format(Locale.ROOT, "%.2f", matchedGold / (double) gold);
        }
    }

    static Map<String, Tally> tally(Score score) {
        Map<String, Tally> tallies = new TreeMap<>();
        Set<String> kinds = new TreeSet<>();
        score.gold().forEach(line -> kinds.add(line.kind()));
        score.found().forEach(finding -> kinds.add(finding.kind()));
        for (String kind : kinds) {
            int gold = 0;
            int optional = 0;
            int matchedGold = 0;
            Set<Integer> matched = new HashSet<>();
            Set<Integer> required = new HashSet<>();
            for (int g = 0; g < score.gold().size(); g++) {
                Gold line = score.gold().get(g);
                if (!line.kind().equals(kind)) {
                    continue;
                }
                Integer f = score.goldToFound().get(g);
                if (line.required()) {
                    gold++;
                    matchedGold += f != null ? 1 : 0;
                } else {
                    optional++;
                }
                if (f != null) {
                    matched.add(f);
                    if (line.required()) {
                        required.add(f);
                    }
                }
            }
            int found = (int) score.found().stream().filter(finding -> finding.kind().equals(kind)).count();
            tallies.put(kind, new Tally(gold, optional, found, matched.size(), required.size(), matchedGold));
        }
        return tallies;
    }

    private final PrintWriter out;

    EvaluationReport(PrintWriter out) {
        this.out = out;
    }

    void print(List<Score> scores) {
        Map<String, Tally> sum = new TreeMap<>();
        for (Score score : scores) {
            Map<String, Tally> tallies = tally(score);
            out.printf("%n### Run \"%s\": %d files, %d findings scored%n%n", score.run(), score.files(),
                    score.found().size());
            table(tallies);
            tallies.forEach((kind, tally) -> sum.merge(kind, tally, Tally::plus));
        }
        if (scores.size() > 1) {
            out.printf("%n### All runs%n%n");
            table(sum);
        }
        for (Score score : scores) {
            details(score);
        }
        out.flush();
    }

    private void table(Map<String, Tally> tallies) {
        out.println("| kind | gold | optional | found | matched | false alarms | precision | recall |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        Tally total = new Tally(0, 0, 0, 0, 0, 0);
        for (Map.Entry<String, Tally> entry : tallies.entrySet()) {
            if (!entry.getKey().equals(DIFFERS)) {
                row(entry.getKey(), entry.getValue());
                total = total.plus(entry.getValue());
            }
        }
        row("**total** (without differs)", total);
        Tally differs = tallies.getOrDefault(DIFFERS, new Tally(0, 0, 0, 0, 0, 0));
        out.printf("%nInformational `differs`: %d in the gold (%d optional), %d found, %d matched; noise "
                + "(found, not in the gold): %d%n", differs.gold(), differs.optional(), differs.found(),
                differs.matchedGold(), differs.found() - differs.matchedFound());
    }

    private void row(String kind, Tally t) {
        out.printf("| %s | %d | %d | %d | %d | %d | %s | %s |%n", kind, t.gold(), t.optional(), t.found(),
                t.requiredFound(), t.found() - t.matchedFound(), t.precision(), t.recall());
    }

    private void details(Score score) {
        out.printf("%n#### Run \"%s\": misses (required gold lines no finding matched)%n%n", score.run());
        for (int g = 0; g < score.gold().size(); g++) {
            Gold line = score.gold().get(g);
            if (line.required() && !score.goldToFound().containsKey(g)) {
                out.printf("- [%s] gold line %d: %s (%s)%n", line.kind(), line.line(), figures(line), line.note());
            }
        }
        Set<Integer> matched = new HashSet<>(score.goldToFound().values());
        out.printf("%n#### Run \"%s\": false alarms (findings no gold line matched)%n%n", score.run());
        for (int f = 0; f < score.found().size(); f++) {
            Found finding = score.found().get(f);
            if (!matched.contains(f)) {
                out.printf("- [%s] %s%n", finding.kind(), oneLine(finding.message()));
                finding.figures().forEach(figure -> out.printf("    - %s:%d-%d `%s`%n", figure.file(),
                        figure.start(), figure.end(), oneLine(figure.text())));
            }
        }
        if (!score.dropped().isEmpty()) {
            out.printf("%n#### Run \"%s\": real lines left out (a planted edit removed a figure)%n%n",
                    score.run());
            score.dropped().forEach(line -> out.printf("- [%s] gold line %d: %s%n", line.kind(), line.line(),
                    figures(line)));
        }
    }

    private static String figures(Gold line) {
        return String.join(" | ", line.figures().stream().map(figure -> String.join(" ~ ", figure.places()
                .stream().map(place -> place.file() + "=" + place.text()).toList())).toList());
    }

    private static String oneLine(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 160 ? flat : flat.substring(0, 159) + "\u2026";
    }
}
