package claimdesk.ui.safety;

import claimdesk.model.ArticleSummary;
import claimdesk.model.CaseConflict;
import claimdesk.model.CaseContent;
import claimdesk.model.Plural;
import claimdesk.service.CaseFile;
import claimdesk.service.CaseFileException;
import claimdesk.service.CasePassphraseException;
import claimdesk.store.CaseStore;
import claimdesk.store.LedgerEncryption;
import claimdesk.store.LedgerStore;
import claimdesk.ui.Dialogs;
import claimdesk.ui.UiExecutor;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File › Export case… and File › Import case…: hand a ledger's articles and claims to another reviewer as one
 * {@code .claimdesk} file, and merge one received. The file work and the merge run on the writer lane. From a
 * protected ledger the export offers a passphrase for the case file; a protected case file asks for it on import.
 */
public final class CaseActions {

    private final LedgerStore store;
    private final UiExecutor executor;
    private final Dialogs dialogs;
    private final Window owner;
    private final Runnable afterImport;

    public CaseActions(LedgerStore store, UiExecutor executor, Dialogs dialogs, Window owner, Runnable afterImport) {
        this.store = store;
        this.executor = executor;
        this.dialogs = dialogs;
        this.owner = owner;
        this.afterImport = afterImport;
    }

    /** Exports every article in the ledger with its claims. */
    public void exportAll() {
        Optional<Path> target = choose(true);
        if (target.isEmpty()) {
            return;
        }
        Path file = target.get().toString().endsWith(CaseFile.EXTENSION) ? target.get()
                : target.get().resolveSibling(target.get().getFileName() + CaseFile.EXTENSION);
        char[] passphrase = null;
        // The evidence of a protected ledger should not leave it in clear unless the reviewer says so.
        if (LedgerEncryption.isEncrypted(store.folder()) && dialogs.confirm("Protect the case file",
                "This ledger is protected by a passphrase. Protect the case file with a passphrase too? Without "
                        + "one, anyone who gets the file can read the articles, claims and evidence in it.")) {
            Optional<char[]> chosen = PassphraseDialog.askForNewCase(owner);
            if (chosen.isEmpty()) {
                return;
            }
            passphrase = chosen.get();
        }
        char[] sealWith = passphrase;
        executor.submit(UiExecutor.Lane.WRITE, "Exporting the case", progress -> {
            CaseContent content = new CaseStore(store).export(store.articles().stream().map(ArticleSummary::id)
                    .toList());
            CaseFile.write(content, file, store.reviewer(), sealWith);
            return content;
        }, content -> dialogs.showInformation("Case exported", Plural.of(content.articles().size(), "article")
                + " and " + Plural.of(content.claims().size(), "claim") + " written to " + file
                + (sealWith == null ? "." : ", protected by the passphrase you chose.")),
            error -> dialogs.showError("The case was not exported", String.valueOf(error.getMessage())));
    }

    /** Reads a case file and merges it; a damaged file is refused whole and the ledger stays as it was. */
    public void importCase() {
        choose(false).ifPresent(this::importFile);
    }

    /** Imports {@code source}, as when a {@code .claimdesk} file is opened with the app. */
    public void importFile(Path source) {
        if (!CaseFile.isProtected(source)) {
            importFile(source, null);
            return;
        }
        PassphraseDialog.askForCase(owner, source, false).ifPresent(passphrase -> importFile(source, passphrase));
    }

    private void importFile(Path source, char[] passphrase) {
        executor.submit(UiExecutor.Lane.WRITE, "Importing the case", progress -> {
            CaseContent content = CaseFile.read(source, passphrase);
            return new CaseStore(store).merge(content);
        }, result -> {
            afterImport.run();
            String summary = Plural.of(result.articlesAdded(), "article") + " and "
                    + Plural.of(result.claimsAdded(), "claim") + " added, "
                    + result.evidenceAdded() + " sources, citations, files and rulings added, " + result.unchanged() + " already here.";
            if (result.conflicts().isEmpty()) {
                dialogs.showInformation("Case imported", summary);
                return;
            }
            dialogs.showInformation("Case imported with " + result.conflicts().size() + " conflicts",
                    summary + "\n\n" + String.join("\n\n", result.conflicts().stream()
                            .map(CaseConflict::description).toList()));
            CaseConflictsViewModel choices = new CaseConflictsViewModel(store, executor, dialogs, result.conflicts(),
                    afterImport);
            if (!choices.rows().isEmpty() && CaseConflictsDialog.show(owner, choices)) {
                choices.apply();
            }
        }, error -> {
            if (error instanceof CasePassphraseException wrong && wrong.passphraseGiven()) {
                PassphraseDialog.askForCase(owner, source, true).ifPresent(again -> importFile(source, again));
                return;
            }
            dialogs.showError("The case was not imported", error instanceof CaseFileException
                    ? error.getMessage() + " Nothing was changed." : String.valueOf(error.getMessage()));
        });
    }

    private Optional<Path> choose(boolean save) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(save ? "Export case" : "Import case");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Claimdesk case", "*" + CaseFile.EXTENSION));
        if (save) {
            chooser.setInitialFileName("case" + CaseFile.EXTENSION);
        }
        File file = save ? chooser.showSaveDialog(owner) : chooser.showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }
}
