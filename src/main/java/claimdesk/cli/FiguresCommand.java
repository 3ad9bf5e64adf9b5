package claimdesk.cli;

import claimdesk.analysis.FigureReading;
import claimdesk.analysis.figures.FigureExtractor;
import claimdesk.model.Figure;
import claimdesk.service.ArticleReader;
import claimdesk.service.FigureIndexer;
import claimdesk.service.ImportRefusedException;
import java.io.IOException;
import java.io.PrintWriter;
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
 * <p>Files, and chunks of a long file, are extracted on all cores; output and refusals come in the order the
 * files were given, byte for byte as one thread wrote them.
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

    private static final ArticleReader READER = new ArticleReader();

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        FiguresJsonWriter writer = json ? new FiguresJsonWriter(spec.commandLine().getOut()) : null;
        boolean[] refused = {false};
        // Files are read and extracted in parallel; results are printed on this thread in the order given.
        InOrderPool.perProcessor().run(files, this::figuresOf, result -> {
            if (result.problem() != null) {
                err.println(TerminalText.safe(result.problem()));
                refused[0] = true;
            } else if (writer != null) {
                writer.article(result.file().toString(), result.figures());
            } else {
                printTable(result.file(), result.figures());
            }
        });
        if (writer != null) {
            writer.finish();
        }
        return refused[0] ? ClaimdeskCli.EXIT_PROBLEM : 0;
    }

    /** A long text's chunks share the cores too; a pool of its own, as the files' pool threads wait on it. */
    private ChunkedExtractor chunked() {
        FigureExtractor extractor = FigureIndexer.extractor();
        return new ChunkedExtractor(all ? extractor::extractAll : extractor::extract, InOrderPool.perProcessor(),
                ChunkedExtractor.CHUNK);
    }

    /** One file's figures, or why it was refused. */
    private record FileFigures(Path file, List<Figure> figures, String problem) {
    }

    /** Runs on a pool thread: reads one file and extracts its figures; touches no shared state. */
    private FileFigures figuresOf(Path file) {
        try {
            ArticleReader.ArticleText article = READER.readText(String.valueOf(file.getFileName()),
                    Files.readAllBytes(file));
            LocalDate date = article.metadata().withPublishedOnIfUnknown(published).publishedOn();
            List<Figure> figures = chunked().extract(article.text(), date);
            return new FileFigures(file, figures, null);
        } catch (ImportRefusedException e) {
            return new FileFigures(file, null, e.getMessage());
        } catch (IOException e) {
            return new FileFigures(file, null, file + ": the file cannot be read (" + e.getMessage() + ")");
        }
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
