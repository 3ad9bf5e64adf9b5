package claimdesk.cli;

import claimdesk.analysis.consistency.ArticleFigures;
import claimdesk.analysis.consistency.ConsistencyChecker;
import claimdesk.analysis.consistency.Finding;
import claimdesk.model.Figure;
import claimdesk.model.NewArticle;
import claimdesk.model.Progress;
import claimdesk.service.ArticleImporter;
import claimdesk.service.ArticleReader;
import claimdesk.service.FigureIndexer;
import claimdesk.service.ImportOutcome;
import claimdesk.service.ImportRefusedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code check} of files without {@code --db}: the files are read, told apart by text hash and checked in memory,
 * with no ledger. A temporary ledger cost two synced commits per file, 80 ms a file on this machine's disk (issue
 * 11: 200 s for 2,500 files), and nothing in it outlived the run. The result is the one the ledger path gives:
 * the same refusals, the first of two files with the same text stands for both, articles are numbered 1, 2, ...
 * in the order given (a fresh ledger's ids, which the article keys end with), and a file whose figures cannot be
 * extracted is checked without them. Files are read and extracted on all cores, results taken in the order given.
 */
final class FileCheck {

    private static final Logger LOG = Logger.getLogger(FileCheck.class.getName());
    private static final ArticleReader READER = new ArticleReader();

    /** The findings, the file given for each article id, and a line for each refused file, in the order given. */
    record Outcome(List<Finding> findings, Map<Long, String> fileOf, List<String> refusals) {
    }

    /** One file as read on a pool thread: the article and its figures, or the line saying why it was refused. */
    private record Read(Path file, NewArticle article, List<Figure> figures, String refusal) {
    }

    private FileCheck() {
    }

    /** {@code published} (may be null) dates the files that give no date of their own. */
    static Outcome run(List<Path> files, LocalDate published) throws IOException {
        List<ArticleFigures> input = new ArrayList<>();
        Map<String, Long> idOfHash = new HashMap<>();
        Map<Long, String> fileOf = new HashMap<>();
        List<String> refusals = new ArrayList<>();
        InOrderPool.perProcessor().run(files, file -> read(file, published), read -> {
            if (read.refusal() != null) {
                refusals.add(read.refusal());
                return;
            }
            NewArticle article = read.article();
            if (idOfHash.containsKey(article.textHash())) {
                return; // the same text again: already checked under the file that came first
            }
            long id = idOfHash.size() + 1L;
            idOfHash.put(article.textHash(), id);
            fileOf.put(id, read.file().toString());
            input.add(new ArticleFigures(key(article.sourceName(), id), article.text(),
                    article.metadata().publishedOn(), read.figures()));
        });
        return new Outcome(new ConsistencyChecker().check(input, Progress.NONE), fileOf, refusals);
    }

    /** The key the ledger path gives the article (see {@code ConsistencyService.key}): its name, '#', its id. */
    private static String key(String sourceName, long id) {
        return (sourceName == null || sourceName.isBlank() ? "article" : sourceName) + "#" + id;
    }

    /** Runs on a pool thread and touches no shared state; refuses what {@code ArticleImporter.importFile} refuses. */
    private static Read read(Path file, LocalDate published) {
        String name = ArticleImporter.nameOf(file);
        try {
            NewArticle article = ArticleImporter.readFile(READER, file, published);
            return new Read(file, article, figuresOf(article), null);
        } catch (ImportRefusedException e) {
            return refused(file, name, e.reason());
        } catch (IOException e) {
            return refused(file, name, "the file cannot be read (" + e.getMessage() + ")");
        }
    }

    private static Read refused(Path file, String name, String reason) {
        return new Read(file, null, null, new ImportOutcome.Refused(name, reason).describe());
    }

    /** As an import does: an extraction that fails leaves the article checked without figures. */
    private static List<Figure> figuresOf(NewArticle article) {
        ChunkedExtractor extractor = new ChunkedExtractor(FigureIndexer.extractor()::extract,
                InOrderPool.perProcessor(), ChunkedExtractor.CHUNK);
        try {
            return extractor.extract(article.text(), article.metadata().publishedOn());
        } catch (RuntimeException | OutOfMemoryError e) {
            LOG.log(Level.WARNING, "figures of " + article.sourceName() + " not extracted", e);
            return List.of();
        }
    }
}
