package claimdesk.bench;

import claimdesk.bench.FigureGold.Gold;
import claimdesk.bench.FigureGold.GoldFigure;
import claimdesk.bench.FigureGold.Sentence;
import claimdesk.model.Figure;
import claimdesk.model.Span;
import claimdesk.service.FigureIndexer;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Scores the figure engine on the held-out sentences against the hand-written gold (issue 12; the rules are in
 * src/test/eval/figures/GOLD-FORMAT.md, "Scoring"). Each sentence is given to the extractor the {@code figures}
 * command uses, alone, as the whole article text. Run on demand ({@code src/test/eval/figures/evaluate-figures.sh}):
 * {@code FigureEvaluation SENTENCES GOLD... [-v] [--json OUT]}.
 *
 * <p>Matching is strict: an engine figure matches a gold figure when it starts where that occurrence of the gold
 * span starts and has the same text (whitespace collapsed, case ignored), the same kind code, low and high each
 * within 0.1% (an open end only matches an open end) and, when the gold gives a currency, that currency. Required
 * gold figures take engine figures in gold order, one each. An engine figure left over that overlaps an optional
 * gold span counts neither way; any other is a false positive. Only annotated sentences are scored.
 */
public final class FigureEvaluation {

    /** How close an engine bound must be to the gold's, relative to the gold. */
    static final BigDecimal TOLERANCE = new BigDecimal("0.001");

    private FigureEvaluation() {
    }

    /** What became of an engine figure. */
    enum Outcome { MATCHED, FALSE_POSITIVE, ABSORBED }

    /**
     * One scored sentence: its gold figures, the engine's figures, for each gold figure the index of the engine
     * figure it matched (-1 for none; always -1 for optional gold), and the outcome of each engine figure.
     */
    record Case(Sentence sentence, List<GoldFigure> gold, List<Figure> engine, int[] engineOfGold,
            List<Outcome> outcomes) {

        Figure matchOf(int g) {
            return engineOfGold[g] < 0 ? null : engine.get(engineOfGold[g]);
        }
    }

    record Score(List<Case> cases, List<String> notAnnotated) {
    }

    public static void main(String[] args) throws IOException {
        boolean verbose = false;
        Path json = null;
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("-v")) {
                verbose = true;
            } else if (args[i].equals("--json") && i + 1 < args.length) {
                json = Path.of(args[++i]);
            } else {
                paths.add(Path.of(args[i]));
            }
        }
        if (paths.size() < 2) {
            System.err.println("usage: FigureEvaluation SENTENCES GOLD... [-v] [--json OUT]");
            System.exit(2);
        }
        Score score;
        try {
            List<Sentence> sentences = FigureGold.readSentences(paths.get(0));
            Gold gold = FigureGold.read(sentences, paths.subList(1, paths.size()));
            score = score(sentences, gold, text -> FigureIndexer.extractor().extract(text, null));
        } catch (IllegalArgumentException e) {
            System.err.println("refused: " + e.getMessage());
            System.exit(1);
            return;
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        new FigureReport(out).print(score, verbose);
        if (json != null) {
            Files.createDirectories(json.toAbsolutePath().getParent());
            Files.writeString(json, FigureReport.json(score), StandardCharsets.UTF_8);
        }
    }

    /** Scores every annotated sentence, in sentence order, with the engine's figures for its text. */
    static Score score(List<Sentence> sentences, Gold gold, Function<String, List<Figure>> engine) {
        List<Case> cases = new ArrayList<>();
        for (Sentence sentence : sentences) {
            List<GoldFigure> figures = gold.figures().get(sentence.id());
            if (figures != null) {
                cases.add(score(sentence, figures, engine.apply(sentence.text())));
            }
        }
        return new Score(cases, gold.notAnnotated());
    }

    static Case score(Sentence sentence, List<GoldFigure> gold, List<Figure> engine) {
        int[] engineOfGold = new int[gold.size()];
        Arrays.fill(engineOfGold, -1);
        List<Outcome> outcomes = new ArrayList<>();
        for (int e = 0; e < engine.size(); e++) {
            outcomes.add(null);
        }
        for (int g = 0; g < gold.size(); g++) {
            for (int e = 0; e < engine.size() && !gold.get(g).optional() && engineOfGold[g] < 0; e++) {
                if (outcomes.get(e) == null && matches(gold.get(g), engine.get(e))) {
                    engineOfGold[g] = e;
                    outcomes.set(e, Outcome.MATCHED);
                }
            }
        }
        for (int e = 0; e < engine.size(); e++) {
            Figure figure = engine.get(e);
            if (outcomes.get(e) == null) {
                boolean absorbed = gold.stream().anyMatch(g -> g.optional() && overlaps(g, figure));
                outcomes.set(e, absorbed ? Outcome.ABSORBED : Outcome.FALSE_POSITIVE);
            }
        }
        return new Case(sentence, gold, engine, engineOfGold, List.copyOf(outcomes));
    }

    static boolean matches(GoldFigure gold, Figure figure) {
        return figure.start() == gold.start() && normal(figure.text()).equals(normal(gold.span()))
                && figure.kind().code().equals(gold.kind())
                && close(gold.low(), figure.low()) && close(gold.high(), figure.high())
                && (gold.currency().isEmpty() || gold.currency().equalsIgnoreCase(figure.currency()));
    }

    static boolean overlaps(GoldFigure gold, Figure figure) {
        return figure.start() < gold.end() && gold.start() < figure.end();
    }

    /** Equal within {@link #TOLERANCE} of the gold value; null (an open end) equals only null. */
    static boolean close(BigDecimal gold, BigDecimal engine) {
        if (gold == null || engine == null) {
            return gold == null && engine == null;
        }
        return gold.subtract(engine).abs().compareTo(gold.abs().multiply(TOLERANCE)) <= 0;
    }

    /** Whether the engine's text for a context field holds one of the gold's alternatives as whole words. */
    static boolean right(String gold, String engine) {
        if (gold.equals(FigureGold.NOT_STATED) || engine == null) {
            return false;
        }
        for (String alternative : gold.split("\\|")) {
            String words = normal(alternative);
            if (!words.isEmpty() && Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(words) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(normal(engine)).find()) {
                return true;
            }
        }
        return false;
    }

    /** The engine's text for one of {@link FigureGold#FIELDS}, or null when it left the field empty. */
    static String field(Figure figure, String name) {
        Figure.FigureContext context = figure.context();
        Span span = switch (name) {
            case "subject" -> context.subject();
            case "event" -> context.event();
            case "place" -> context.place();
            case "period" -> context.period();
            case "source" -> context.source();
            default -> throw new IllegalArgumentException(name);
        };
        return span == null || span.text().isBlank() ? null : span.text();
    }

    static String normal(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
