package claimdesk.service;

import claimdesk.model.NewArticle;
import claimdesk.model.Progress;
import claimdesk.store.LedgerStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Brings files and pasted text into the ledger. Each file is judged on its own: a refused file is reported and the
 * others are imported as usual. The figures of each new article are extracted and stored with it. Used by the command line and the app alike; call it off the UI thread.
 */
public final class ArticleImporter {

    private final LedgerStore store;
    private final ArticleReader reader = new ArticleReader();
    private final FigureIndexer figures;

    public ArticleImporter(LedgerStore store) {
        this.store = store;
        this.figures = new FigureIndexer(store);
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
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            if (!Files.isRegularFile(file)) {
                return new ImportOutcome.Refused(name, "there is no such file");
            }
            if (Files.size(file) > ArticleReader.MAX_BYTES) {
                return new ImportOutcome.Refused(name, "the file is larger than "
                        + ArticleReader.MAX_BYTES / (1024 * 1024) + " MB");
            }
            return add(name, reader.read(name, Files.readAllBytes(file)));
        } catch (ImportRefusedException e) {
            return new ImportOutcome.Refused(name, e.reason());
        } catch (IOException e) {
            return new ImportOutcome.Refused(name, "the file cannot be read (" + e.getMessage() + ")");
        }
    }

    public ImportOutcome importText(String name, String text) {
        try {
            return add(name, reader.fromText(name, text));
        } catch (ImportRefusedException e) {
            return new ImportOutcome.Refused(name, e.reason());
        }
    }

    private ImportOutcome add(String name, NewArticle article) {
        LedgerStore.AddedArticle added = store.addArticle(article);
        if (added.created()) {
            figures.index(added.article());
        }
        return added.created()
                ? new ImportOutcome.Imported(name, added.article())
                : new ImportOutcome.AlreadyThere(name, added.article());
    }
}
