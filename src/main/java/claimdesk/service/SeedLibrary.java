package claimdesk.service;

import claimdesk.model.Progress;
import claimdesk.store.LedgerStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Fills an empty ledger with the sample articles, so the library is never empty on first start. */
public final class SeedLibrary {

    private SeedLibrary() {
    }

    /**
     * Imports every {@code .txt} file of {@code seedFolder} if the ledger has no article yet; returns what happened
     * (empty when the ledger already had articles or there is no seed folder).
     */
    public static List<ImportOutcome> importIfEmpty(LedgerStore store, Path seedFolder) {
        if (!store.articles().isEmpty() || seedFolder == null || !Files.isDirectory(seedFolder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(seedFolder)) {
            List<Path> seeds = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
            return new ArticleImporter(store).importFiles(seeds, Progress.NONE);
        } catch (IOException e) {
            return List.of(new ImportOutcome.Refused(seedFolder.toString(), "cannot list the seed folder"));
        }
    }

    /**
     * The seed folder: {@code seeds/} in the working directory (a source checkout), else beside the installed jar.
     */
    public static Path locate(Path workingDirectory, Path jarLocation) {
        Path local = workingDirectory.resolve("seeds");
        if (Files.isDirectory(local)) {
            return local;
        }
        if (jarLocation != null) {
            for (Path dir = jarLocation.getParent(); dir != null; dir = dir.getParent()) {
                if (Files.isDirectory(dir.resolve("seeds"))) {
                    return dir.resolve("seeds");
                }
            }
        }
        return null;
    }
}
