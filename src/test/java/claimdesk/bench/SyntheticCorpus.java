package claimdesk.bench;

import claimdesk.analysis.consistency.ArticleFigures;
import claimdesk.model.Figure;
import claimdesk.model.FigureKind;
import claimdesk.model.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seed-like synthetic articles with hand-built figures, generated deterministically from a seed: four dated monthly
 * totals over varied subjects, events and places, a daily total with two crossing-point parts (one article in ten
 * does not add up), a daily rate, and shared boilerplate paragraphs. Used by {@link ConsistencyBenchmark} and by
 * property tests that need many findings of every kind.
 */
public final class SyntheticCorpus {

    private static final String[] SUBJECTS = {"Afghan migrants", "Afghan nationals", "people", "refugees",
        "individuals", "undocumented Afghan migrants", "Afghan families"};
    private static final String[] EVENTS = {"deported", "expelled", "returned", "left", "crossed", "registered"};
    private static final String[] PLACES = {"Iran", "Pakistan", "Iran and Pakistan", "Torkham", "Islam Qala",
        "Turkey", "Tajikistan", "Spin Boldak"};
    private static final String[] SOURCES = {"UNHCR", "IOM", "the ministry", "the commission", "local officials"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] FILLER = {
        "Rights groups and humanitarian organisations have raised concerns about the scale of the returns and the "
            + "lack of support services for returnees amid Afghanistan’s ongoing humanitarian crisis.",
        "The organisation stressed that now is the time for global solidarity, stating that refugees are not "
            + "criminals and should be supported rather than punished.",
        "Police officers have also been instructed to submit daily reports directly to the police chief’s office.",
        "Taliban officials have asked Afghans to return home after coming to power in 2021."};

    private SyntheticCorpus() {
    }

    /** {@code count} articles keyed {@code 00000.txt}, {@code 00001.txt}...; the same seed gives the same corpus. */
    public static List<ArticleFigures> generate(int count, long seed) {
        Random random = new Random(seed);
        List<ArticleFigures> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            articles.add(article(String.format("%05d.txt", i), random));
        }
        return articles;
    }

    private static ArticleFigures article(String key, Random random) {
        LocalDate published = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(365));
        StringBuilder text = new StringBuilder("Deportations of Afghans continue\n\n");
        List<Runnable> pending = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        for (int s = 0; s < 4; s++) {
            int month = random.nextInt(12);
            String subject = pick(SUBJECTS, random);
            String event = pick(EVENTS, random);
            String place = pick(PLACES, random);
            long value = 1_000L * (5 + random.nextInt(300));
            String number = String.format("%,d", value);
            String qualifier = random.nextBoolean() ? "more than " : "";
            String sentence = String.format("%s said %s%s %s were %s from %s in %s. ", capital(pick(SOURCES,
                    random)), qualifier, number, subject, event, place, MONTHS[month]);
            int base = text.length();
            text.append(sentence);
            LocalDate from = LocalDate.of(2025, month + 1, 1);
            String figureText = qualifier + number;
            pending.add(() -> figures.add(figure(text, base, figureText, value, !qualifier.isEmpty(), null,
                    subject, event, place, "in " + MONTHS[month], from, from.plusMonths(1).minusDays(1))));
        }
        text.append(pick(FILLER, random)).append('\n');
        long first = 5_000 + random.nextInt(15_000);
        long second = 5_000 + random.nextInt(15_000);
        long total = random.nextInt(10) == 0 ? first + second + 300 : first + second;
        int sumAt = text.length();
        text.append(String.format("The commission reported that %d Afghan migrants were deported from Iran on "
                + "Saturday, one of the highest daily figures recorded in recent months.%n", total));
        text.append(String.format("It said %d individuals entered through Islam Qala, while %d crossed via "
                + "Pul-e Abrisham.%n", first, second));
        long rate = 1_000L * (1 + random.nextInt(40));
        text.append(String.format("Iran is removing %,d Afghan migrants daily from Iran, officials said.%n%n", rate));
        text.append(pick(FILLER, random)).append('\n');
        pending.forEach(Runnable::run);
        String done = text.toString();
        figures.add(figure(done, sumAt, Long.toString(total), total, false, null, "Afghan migrants", "deported",
                "Iran", null, null, null));
        figures.add(figure(done, sumAt, Long.toString(first), first, false, null, "individuals", "entered",
                "Islam Qala", null, null, null));
        figures.add(figure(done, sumAt, Long.toString(second), second, false, null, null, "crossed",
                "Pul-e Abrisham", null, null, null));
        figures.add(figure(done, sumAt, String.format("%,d", rate), rate, false, "day", "Afghan migrants",
                "removing", "Iran", null, null, null));
        return new ArticleFigures(key, done, published, figures);
    }

    /** A figure at the first {@code figureText} from {@code from}; context words searched in its sentence. */
    private static Figure figure(CharSequence source, int from, String figureText, long value, boolean open,
                                 String per, String subject, String event, String place, String period,
                                 LocalDate periodFrom, LocalDate periodTo) {
        String text = source.toString();
        int at = numberAt(text, figureText, from);
        BigDecimal v = BigDecimal.valueOf(value);
        Figure.FigureContext context = new Figure.FigureContext(span(text, at, subject), span(text, at, event),
                span(text, at, place), span(text, at, period), null, periodFrom, periodTo);
        return new Figure(Span.of(text, at, at + figureText.length()), per == null ? FigureKind.COUNT
                : FigureKind.RATE, v, open ? null : v, !open, true, false, null, null, null, per, context);
    }

    /**
     * The first {@code number} from {@code from} that is a whole number, not the tail of a longer one: "7421" must
     * not be found inside "17421", or two figures overlap and the checks read a text between them that is not there.
     */
    private static int numberAt(String text, String number, int from) {
        int at = text.indexOf(number, from);
        while (at > 0 && Character.isDigit(text.charAt(at - 1))) {
            at = text.indexOf(number, at + 1);
        }
        return at;
    }

    private static Span span(String text, int from, String words) {
        if (words == null) {
            return null;
        }
        // Context words sit in the figure's sentence, before or after it.
        int sentence = Math.max(text.lastIndexOf('\n', from), text.lastIndexOf(". ", from)) + 1;
        int at = text.indexOf(words, sentence);
        return Span.of(text, at, at + words.length());
    }

    private static String pick(String[] options, Random random) {
        return options[random.nextInt(options.length)];
    }

    private static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
