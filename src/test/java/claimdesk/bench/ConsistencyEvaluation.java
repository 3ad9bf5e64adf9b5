package claimdesk.bench;

import claimdesk.bench.EvaluationGold.Found;
import claimdesk.bench.EvaluationGold.FoundFigure;
import claimdesk.bench.EvaluationGold.Gold;
import claimdesk.bench.EvaluationGold.GoldFigure;
import claimdesk.bench.EvaluationGold.Place;
import claimdesk.cli.ClaimdeskCli;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Scores {@code check --json} against a hand-written gold file (src/test/eval/README.md): precision and recall per
 * finding kind, then every miss and false alarm. Run on demand, not by surefire:
 * {@code java -cp target/test-classes:target/claimdesk.jar claimdesk.bench.ConsistencyEvaluation
 * CORPUS GOLD [--json-from FILE] [--planted-json-from FILE] [--save-json DIR]}.
 *
 * <p>Two runs: "real" checks the articles as published (files not named {@code *-planted.txt}); "planted" checks
 * the corpus with each {@code X-planted.txt} standing in for {@code X.txt} and the other planted files added, and
 * scores only findings that touch a planted file. The checker runs in-process through {@link ClaimdeskCli}, the
 * same code as {@code java -jar target/claimdesk.jar check --json FILE...}; {@code --json-from} scores a saved
 * output instead.
 *
 * <p>Matching is strict. A found finding matches a gold line when the kinds are equal and every gold figure maps to
 * a found figure in the same file whose [start, end) overlaps that occurrence of the gold text and contains its
 * number: the part in [brackets], else the text's first digit run (a spelled-out number and a duplicate passage
 * need the overlap only). Spans are offsets into the text the importer stores: the file normalised (no BOM, LF,
 * NFC, stripped) without its front matter. One finding may cover several gold lines (a group finding), but a gold
 * line is matched at most once, and findings are paired with gold lines first one to one (maximum matching), so a
 * second report of the same thing counts as a false alarm. {@code differs} is scored apart, as noise.
 */
public final class ConsistencyEvaluation {

    private static final String PLANTED = "-planted";

    private ConsistencyEvaluation() {
    }

    /**
     * What one run scored: the gold lines in play, the findings scored, which gold line matched which finding, and
     * the real lines left out of the planted run because a planted edit removed one of their figures.
     */
    record Score(String run, int files, List<Gold> gold, List<Found> found, Map<Integer, Integer> goldToFound,
            List<Gold> dropped) {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i], args[++i]);
            } else {
                positional.add(args[i]);
            }
        }
        if (positional.size() != 2) {
            System.err.println("usage: ConsistencyEvaluation CORPUS GOLD [--json-from FILE] "
                    + "[--planted-json-from FILE] [--save-json DIR]");
            System.exit(2);
        }
        Path corpus = Path.of(positional.get(0));
        List<Gold> gold = EvaluationGold.read(Path.of(positional.get(1)));
        List<String> names = articleNames(corpus);
        List<String> real = names.stream().filter(name -> !name.endsWith(PLANTED)).toList();
        List<String> planted = names.stream().filter(name -> name.endsWith(PLANTED)).toList();
        List<Score> scores = new ArrayList<>();
        scores.add(run("real", real, Set.of(), corpus, gold, options.get("--json-from"), options));
        if (!planted.isEmpty()) {
            List<String> files = new ArrayList<>(real);
            planted.forEach(name -> files.remove(name.substring(0, name.length() - PLANTED.length())));
            files.addAll(planted);
            scores.add(run("planted", files, Set.copyOf(planted), corpus, gold,
                    options.get("--planted-json-from"), options));
        }
        new EvaluationReport(new PrintWriter(System.out, true, StandardCharsets.UTF_8)).print(scores);
    }

    private static Score run(String run, List<String> files, Set<String> planted, Path corpus, List<Gold> allGold,
            String jsonFrom, Map<String, String> options) throws IOException {
        String json = jsonFrom != null ? Files.readString(Path.of(jsonFrom)) : check(corpus, files);
        if (options.containsKey("--save-json")) {
            Path dir = Files.createDirectories(Path.of(options.get("--save-json")));
            Files.writeString(dir.resolve("check-" + run + ".json"), json);
        }
        Map<String, String> bodies = new TreeMap<>();
        for (String name : files) {
            bodies.put(name, storedText(Files.readString(corpus.resolve(name + ".txt"))));
        }
        List<Found> found = parseFindings(json);
        checkSpans(found, bodies);
        List<Gold> gold;
        List<Gold> dropped = new ArrayList<>();
        if (planted.isEmpty()) {
            gold = allGold.stream().filter(line -> line.run().equals("real")).toList();
            EvaluationGold.requirePlaces(gold, bodies);
        } else {
            List<Gold> plantedLines = allGold.stream().filter(line -> line.run().equals("planted")).toList();
            EvaluationGold.requirePlaces(plantedLines, bodies);
            gold = new ArrayList<>();
            for (Gold line : plantedRunGold(allGold, planted)) {
                (EvaluationGold.resolves(line, bodies) ? gold : dropped).add(line);
            }
            found = found.stream().filter(finding -> finding.touches(planted)).toList();
        }
        return new Score(run, files.size(), gold, found, EvaluationGold.match(gold, found, bodies), dropped);
    }

    /**
     * The planted run's gold: the planted lines, plus the real lines, under the planted file's name where a planted
     * file replaced the original. The real lines are optional here: the real run scored them, and here they only
     * keep a finding that is still true from counting as a false alarm.
     */
    static List<Gold> plantedRunGold(List<Gold> gold, Set<String> planted) {
        List<Gold> result = new ArrayList<>();
        for (Gold line : gold) {
            if (line.run().equals("planted")) {
                result.add(line);
                continue;
            }
            List<GoldFigure> renamed = line.figures().stream().map(figure -> new GoldFigure(figure.places().stream()
                    .map(place -> planted.contains(place.file() + PLANTED)
                            ? new Place(place.file() + PLANTED, place.text(), place.occurrence()) : place)
                    .toList())).toList();
            result.add(new Gold(line.line(), line.run(), line.kind(), false, renamed, line.note()));
        }
        return result;
    }

    private static String check(Path corpus, List<String> names) {
        List<String> args = new ArrayList<>(List.of("check", "--json"));
        names.forEach(name -> args.add(corpus.resolve(name + ".txt").toString()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ClaimdeskCli.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        if (exit != 0 || !err.toString().isBlank()) {
            System.err.print("check exited " + exit + ": " + err);
        }
        return out.toString();
    }

    static List<Found> parseFindings(String json) throws IOException {
        List<Found> found = new ArrayList<>();
        for (JsonNode node : new ObjectMapper().readTree(json).path("findings")) {
            List<FoundFigure> figures = new ArrayList<>();
            for (JsonNode figure : node.path("figures")) {
                figures.add(new FoundFigure(articleName(figure.path("file").asText()), figure.path("start").asInt(),
                        figure.path("end").asInt(), figure.path("text").asText()));
            }
            found.add(new Found(node.path("kind").asText(), node.path("message").asText(), figures));
        }
        return found;
    }

    /** Spans are only comparable if they index the text we index; say so loudly when they do not. */
    private static void checkSpans(List<Found> found, Map<String, String> bodies) {
        long off = found.stream().flatMap(finding -> finding.figures().stream()).filter(figure -> {
            String body = bodies.get(figure.file());
            return body != null && (figure.end() > body.length() || figure.start() < 0 || figure.start() > figure.end()
                    || !body.substring(figure.start(), figure.end()).equals(figure.text()));
        }).count();
        if (off > 0) {
            System.err.println("warning: " + off + " found figures whose text is not at their [start, end)");
        }
    }

    static String storedText(String raw) {
        String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        text = Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC).strip();
        if (text.startsWith("---\n")) {
            int close = text.indexOf("\n---\n", 3);
            if (close >= 0) {
                return text.substring(close + 5).strip();
            }
        }
        return text;
    }

    static String articleName(String file) {
        String name = Path.of(file).getFileName().toString();
        return name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
    }

    private static List<String> articleNames(Path corpus) throws IOException {
        try (Stream<Path> files = Files.list(corpus)) {
            return files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".txt"))
                    .map(ConsistencyEvaluation::articleName).sorted().toList();
        }
    }


}
