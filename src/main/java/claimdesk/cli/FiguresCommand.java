package claimdesk.cli;

import claimdesk.analysis.FigureReading;
import claimdesk.model.Figure;
import claimdesk.model.NewArticle;
import claimdesk.model.Span;
import claimdesk.service.ArticleReader;
import claimdesk.service.FigureIndexer;
import claimdesk.service.ImportRefusedException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Prints the figures of article files, read exactly as the app stores them, so offsets match the ledger's.
 * The JSON shape is a contract for scripts: {@code {"articles":[{"file":..,"figures":[{"start","end","text","low",
 * "high","lowInclusive","approx","kind","unit","qualifier","amountLow","amountHigh","changeFrom","subject","event",
 * "place","period","source",...}]}]}}; amountLow/amountHigh are low/high in the currency's main unit, changeFrom
 * is null or the start of the figure a change began at.
 *
 * <p>Exit codes: 0 every file read, 1 some file refused (the others are still printed), 2 bad usage.
 */
@Command(name = "figures", mixinStandardHelpOptions = true,
        description = "Find and normalise the figures (counts, percentages, money, measures, rates) in article files.")
final class FiguresCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files (plain text, Markdown, HTML).")
    List<Path> files;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Option(names = "--all", description = "Also list numbers that are not statistics (dates, years, durations).")
    boolean all;

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date (YYYY-MM-DD) of files that give none, used to resolve periods such as "
                    + "'this year'; a file's own date (page metadata, front matter) wins.")
    LocalDate published;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ObjectMapper mapper = TerminalText.escapingControls(new ObjectMapper())
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
        ObjectNode root = mapper.createObjectNode();
        ArrayNode articles = root.putArray("articles");
        boolean refused = false;
        ArticleReader reader = new ArticleReader();
        for (Path file : files) {
            try {
                NewArticle article = reader.read(String.valueOf(file.getFileName()), Files.readAllBytes(file));
                LocalDate date = article.metadata().withPublishedOnIfUnknown(published).publishedOn();
                List<Figure> figures = all
                        ? FigureIndexer.extractor().extractAll(article.text(), date)
                        : FigureIndexer.extractor().extract(article.text(), date);
                if (json) {
                    ObjectNode entry = articles.addObject().put("file", file.toString());
                    ArrayNode list = entry.putArray("figures");
                    figures.forEach(figure -> write(list.addObject(), figure));
                } else {
                    printTable(file, figures);
                }
            } catch (ImportRefusedException e) {
                spec.commandLine().getErr().println(TerminalText.safe(e.getMessage()));
                refused = true;
            } catch (IOException e) {
                spec.commandLine().getErr().println(
                        TerminalText.safe(file + ": the file cannot be read (" + e.getMessage() + ")"));
                refused = true;
            }
        }
        if (json) {
            spec.commandLine().getOut().println(mapper.writeValueAsString(root));
        }
        return refused ? ClaimdeskCli.EXIT_PROBLEM : 0;
    }

    private static void write(ObjectNode node, Figure figure) {
        node.put("start", figure.start()).put("end", figure.end()).put("text", figure.text());
        node.put("low", figure.low()).put("high", figure.high());
        node.put("lowInclusive", figure.lowInclusive()).put("highInclusive", figure.highInclusive());
        node.put("approx", figure.approx()).put("kind", figure.kind().code());
        node.put("unit", figure.unit()).put("currency", figure.currency()).put("per", figure.per());
        node.put("qualifier", figure.qualifier());
        // Added fields: the amount in the currency's main unit ("19 cents" has low 19, amountLow 0.19), and for
        // the end of a change ("fell from $2,415 to $2,315") the start offset of the figure it changed from.
        node.put("amountLow", figure.amountLow()).put("amountHigh", figure.amountHigh());
        node.put("changeFrom", figure.changeFrom());
        Figure.FigureContext context = figure.context();
        node.put("subject", text(context.subject())).put("event", text(context.event()));
        node.put("place", text(context.place())).put("period", text(context.period()));
        node.put("source", text(context.source()));
        node.put("periodFrom", context.periodFrom() == null ? null : context.periodFrom().toString());
        node.put("periodTo", context.periodTo() == null ? null : context.periodTo().toString());
        node.put("reading", FigureReading.describe(figure));
    }

    private static String text(Span span) {
        return span == null ? null : span.text();
    }

    private void printTable(Path file, List<Figure> figures) {
        var out = spec.commandLine().getOut();
        out.println(TerminalText.safe(file + " (" + figures.size() + " figures)"));
        for (Figure figure : figures) {
            out.printf("  %6d-%-6d %-8s %-28s %s%n", figure.start(), figure.end(), figure.kind().code(),
                    abbreviate(figure.text(), 28), TerminalText.safe(FigureReading.describe(figure)));
        }
    }

    private static String abbreviate(String text, int width) {
        String flat = TerminalText.safe(text.replaceAll("\\s+", " "));
        return flat.length() <= width ? flat : flat.substring(0, width - 1) + "\u2026";
    }
}
