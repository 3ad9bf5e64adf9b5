package claimdesk.ui.sources;

import claimdesk.model.Attachment;
import claimdesk.model.Evidence;
import claimdesk.model.Plural;
import claimdesk.service.EvidenceFiles;
import claimdesk.service.EvidenceRefusedException;
import claimdesk.store.EvidenceCopies;
import claimdesk.store.SourceStore;
import claimdesk.ui.Dialogs;
import claimdesk.ui.Session;
import claimdesk.ui.UiExecutor;
import claimdesk.ui.undo.AttachFilesCommand;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The evidence files of the sources in {@link SourcesViewModel}: attaching (checked and text-extracted by
 * {@link EvidenceFiles}), removing after asking, reading their text in the app and opening them in the system viewer.
 * Adding and removing files is not undoable (it touches files on disk); removing asks first.
 */
public final class AttachmentsViewModel {

    private final SourceStore store;
    private final EvidenceFiles evidenceFiles;
    private final UiExecutor executor;
    private final Dialogs dialogs;
    private final SourceDialogs sourceDialogs;
    private final Session session;
    private final EvidenceViewer viewer;
    private final SourcesViewModel sources;
    private final EvidenceCopies copies;

    public AttachmentsViewModel(SourceStore store, EvidenceFiles evidenceFiles, UiExecutor executor, Dialogs dialogs,
                                SourceDialogs sourceDialogs, Session session, EvidenceViewer viewer,
                                SourcesViewModel sources, EvidenceCopies copies) {
        this.store = store;
        this.evidenceFiles = evidenceFiles;
        this.executor = executor;
        this.dialogs = dialogs;
        this.sourceDialogs = sourceDialogs;
        this.session = session;
        this.viewer = viewer;
        this.sources = sources;
        this.copies = copies;
    }

    /** Asks for files and attaches them to the selected source. */
    public void chooseAndAttach() {
        if (sources.selectedProperty().get() == null) {
            session.statusMessageProperty().set("Select a source first, then attach its files.");
            return;
        }
        List<Path> files = sourceDialogs.chooseEvidenceFiles();
        if (!files.isEmpty()) {
            attach(sources.selectedProperty().get(), files);
        }
    }

    /** Copies {@code files} into the ledger and attaches them to {@code target}'s source; refusals are listed. */
    public void attach(Evidence target, List<Path> files) {
        if (target == null) {
            session.statusMessageProperty().set("Drop files on a source of the claim to attach them.");
            return;
        }
        long sourceId = target.source().id();
        // Reading the files (a PDF's text) runs off the FX thread; storing them is one undoable ledger change.
        executor.submit(UiExecutor.Lane.READ, "Reading evidence files", progress -> {
            List<String> refused = new ArrayList<>();
            List<EvidenceFiles.Inspected> checked = new ArrayList<>();
            for (Path file : files) {
                try {
                    checked.add(evidenceFiles.inspect(file));
                } catch (EvidenceRefusedException e) {
                    refused.add(e.getMessage());
                }
                progress.update(checked.size() + refused.size(), files.size());
            }
            return new Inspected(checked, refused);
        }, inspected -> {
            if (!inspected.checked().isEmpty()) {
                AttachFilesCommand command = new AttachFilesCommand(store, sourceId, inspected.checked());
                sources.push(command, () -> Plural.of(command.addedCount(), "file") + " attached to \u201c"
                        + target.source().title() + "\u201d.");
            }
            if (!inspected.refused().isEmpty()) {
                dialogs.showError("Not attached", String.join("\n", inspected.refused()));
            }
        }, error -> dialogs.showError("The files were not attached", error.getMessage()));
    }

    private record Inspected(List<EvidenceFiles.Inspected> checked, List<String> refused) {
    }

    /** Takes a file off the selected source after asking; the stored copy goes only if no other source uses it. */
    public void detach(Attachment attachment) {
        Evidence chosen = sources.selectedProperty().get();
        if (chosen == null || attachment == null || !dialogs.confirm("Remove file", "Remove "
                + attachment.originalName() + " from \u201c" + chosen.source().title() + "\u201d?")) {
            return;
        }
        sources.write("Removing the file", () -> store.detach(chosen.source().id(), attachment.id()),
                attachment.originalName() + " removed from the source.");
    }

    /** Opens a file: text and HTML in the app, anything else in the system viewer. */
    public void open(Attachment attachment) {
        if (attachment.isTextual() && attachment.hasText()) {
            readText(attachment);
            return;
        }
        // Off the FX thread: the plain copy for the viewer is decrypted first, and may be large.
        executor.submit(UiExecutor.Lane.READ, "Opening " + attachment.originalName(), progress -> {
            viewer.openFile(copies.copyOf(store, attachment), attachment.originalName());
            return null;
        }, ignored -> { }, error -> dialogs.showError("Cannot open " + attachment.originalName(),
                String.valueOf(error.getMessage())));
    }

    /** Shows the text extracted from a file (PDF, HTML, text) in the app, for reading and quoting. */
    public void readText(Attachment attachment) {
        if (!attachment.hasText()) {
            dialogs.showInformation("No text", attachment.originalName() + " has no text to show.");
            return;
        }
        viewer.showText(attachment.originalName(), attachment.text(), 0, 0);
    }
}
