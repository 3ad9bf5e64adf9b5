package claimdesk.ui.undo;

import claimdesk.model.Attachment;
import claimdesk.service.EvidenceFiles;
import claimdesk.store.LedgerStore;
import claimdesk.store.SourceStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Attaches checked files to a source. Undo takes off only the files this command added (one the source already
 * had stays), and their stored copies go when no other source uses them; redo copies the files in again from where
 * they were picked, so it fails with a message if a file has been moved since.
 */
public final class AttachFilesCommand implements LedgerCommand {

    private final SourceStore sources;
    private final long sourceId;
    private final List<EvidenceFiles.Inspected> files;
    private volatile Set<Long> added = Set.of();

    public AttachFilesCommand(SourceStore sources, long sourceId, List<EvidenceFiles.Inspected> files) {
        this.sources = sources;
        this.sourceId = sourceId;
        this.files = List.copyOf(files);
    }

    @Override
    public void apply(LedgerStore store) {
        Set<Long> before = new LinkedHashSet<>();
        sources.attachmentsOf(sourceId).forEach(attachment -> before.add(attachment.id()));
        Set<Long> now = new LinkedHashSet<>();
        try {
            for (EvidenceFiles.Inspected file : files) {
                Attachment attached = sources.attach(sourceId, file.file(), file.originalName(), file.mediaType(),
                        file.text());
                now.add(attached.id());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the file into the ledger: " + e.getMessage(), e);
        }
        now.removeAll(before);
        added = Set.copyOf(now);
    }

    @Override
    public void revert(LedgerStore store) {
        added.forEach(id -> sources.detach(sourceId, id));
    }

    /** How many files the last apply added to the source (the same file twice counts once). */
    public int addedCount() {
        return added.size();
    }

    @Override
    public String label() {
        return files.size() == 1 ? "attach file " + files.get(0).originalName() : "attach " + files.size() + " files";
    }
}
