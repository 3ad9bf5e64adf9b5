package claimdesk.service;

import claimdesk.model.NewArticle;
import claimdesk.model.Progress;
import claimdesk.store.LedgerStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Brings files and pasted text into the ledger. Each file is judged on its own: a refused file is reported and the
 * others are imported as usual. The figures of each new article are extracted and stored after it; when that fails
 * the article is imported all the same and the outcome says so. Used by the command line and the app alike; call
 * it off the UI thread, and from one thread at a time.
 */
public final class ArticleImporter {

    private final LedgerStore store;
    private final ArticleReader reader = new ArticleReader();
    private final FigureIndexer figures;
    private boolean repaired;

    public ArticleImporter(LedgerStore store) {
        this(store, new FigureIndexer(store));
    }

    /** With another indexer: for tests whose figures the store refuses. */
    ArticleImporter(LedgerStore store, FigureIndexer figures) {
        this.store = store;
        this.figures = figures;
    }

    public List<ImportOutcome> importFiles(List<Path> files, Progress progress) {
        return importFiles(files, progress, outcome -> { });
    }

    /**
     * Imports the files in order; {@code onOutcome} hears each file's outcome as soon as that file is done (on the
     * calling thread, before the next file is read), so a long import can report as it goes.
     */
    public List<ImportOutcome> importFiles(List<Path> files, Progress progress, Consumer<ImportOutcome> onOutcome) {
        List<ImportOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            ImportOutcome outcome = importFile(files.get(i));
            outcomes.add(outcome);
            onOutcome.accept(outcome);
            progress.update(i + 1, files.size());
        }
        return outcomes;
    }

    public ImportOutcome importFile(Path file) {
        return importFile(file, null);
    }

    /**
     * Imports one file; {@code publishedIfUnknown} (may be null) becomes the publication date of an article whose
     * file gives none. A date the file gives wins: it was written by the publisher, the fallback by whoever runs
     * the import for a batch of files.
     */
    public ImportOutcome importFile(Path file, LocalDate publishedIfUnknown) {
        String name = nameOf(file);
        try {
            return add(name, readFile(reader, file, publishedIfUnknown));
        } catch (ImportRefusedException e) {
            return new ImportOutcome.Refused(name, e.reason());
        } catch (IOException e) {
            return new ImportOutcome.Refused(name, "the file cannot be read (" + e.getMessage() + ")");
        }
    }

    /** The name a file's article and its refusals go by: the last part of its path. */
    public static String nameOf(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /**
     * Reads {@code file} into an article as an import would, refusing what an import refuses (a link, a folder, a
     * missing path, a device, a file over the size limit, text that cannot be read), without storing it; the
     * command line's file check uses it too, so both refuse the same files with the same words.
     */
    public static NewArticle readFile(ArticleReader reader, Path file, LocalDate publishedIfUnknown)
            throws ImportRefusedException, IOException {
        String name = nameOf(file);
        String notAFile = whyNotAFile(file);
        if (notAFile != null) {
            throw new ImportRefusedException(name, notAFile);
        }
        if (Files.size(file) > ArticleReader.MAX_BYTES) {
            throw new ImportRefusedException(name, "the file is larger than "
                    + ArticleReader.MAX_BYTES / (1024 * 1024) + " MB");
        }
        NewArticle read = reader.read(name, readWithoutFollowingLinks(file));
        return new NewArticle(read.metadata().withPublishedOnIfUnknown(publishedIfUnknown), read.text(),
                read.textHash(), read.sourceName());
    }

    /**
     * Why {@code file} is not imported, or null when it is a plain file. A symbolic link is refused rather than
     * followed: received material can hold a link to the reviewer's own files, which would then be copied into a
     * ledger that may be handed over. Only the last part of the path counts; folders above it may be links.
     */
    private static String whyNotAFile(Path file) throws IOException {
        if (Files.isSymbolicLink(file)) {
            return "it is a symbolic link to " + Files.readSymbolicLink(file)
                    + "; links are not followed, import the file itself if you mean it";
        }
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            return "it is a folder, not a file";
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return "there is no such file";
        }
        // Reading a pipe or a device such as /dev/zero would wait or never end.
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) ? null
                : "it is not a regular file (a device, pipe or socket)";
    }

    /** Opened without following a link (O_NOFOLLOW), so a link put in its place after the check fails to open. */
    private static byte[] readWithoutFollowingLinks(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            // One byte over the limit at most, should the file have grown since its size was checked.
            return in.readNBytes(ArticleReader.MAX_BYTES + 1);
        }
    }

    public ImportOutcome importText(String name, String text) {
        try {
            return add(name, reader.fromText(name, text));
        } catch (ImportRefusedException e) {
            return new ImportOutcome.Refused(name, e.reason());
        }
    }

    /**
     * Stores the article, then its figures in a second transaction. The article is committed unmarked
     * (no extractor version), so when its figures fail, or the process dies in between, it is not lost: the next
     * import (see {@link #repairOnce}), check or start indexes it.
     */
    private ImportOutcome add(String name, NewArticle article) {
        repairOnce();
        LedgerStore.AddedArticle added = store.addArticle(article);
        if (!added.created()) {
            return new ImportOutcome.AlreadyThere(name, added.article());
        }
        return new ImportOutcome.Imported(name, added.article(), figures.tryIndex(added.article()).orElse(null));
    }

    /**
     * Before this importer's first article, indexes the articles an earlier run left without figures. Once per
     * importer: an article whose figures fail again is not retried for every file of one import.
     */
    private void repairOnce() {
        if (!repaired) {
            repaired = true;
            figures.indexStale(Progress.NONE);
        }
    }
}
