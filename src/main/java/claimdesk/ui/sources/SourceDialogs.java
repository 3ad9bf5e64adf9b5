package claimdesk.ui.sources;

import claimdesk.model.ClaimRef;
import claimdesk.model.Source;
import claimdesk.model.Stance;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The questions the sources screens ask; tests hand in a scripted fake, the app {@link FxSourceDialogs}. */
public interface SourceDialogs {

    /** Shows {@code initial} for editing; {@code library} offers existing sources to cite instead. Empty when cancelled. */
    Optional<SourceForm> editSource(String title, SourceForm initial, List<Source> library);

    /** Evidence files to attach; empty when cancelled. */
    List<Path> chooseEvidenceFiles();

    /** Which claim a passage is evidence for, and how it bears on it; empty when cancelled. */
    Optional<ClaimChoice> chooseClaim(String passage, List<ClaimRef> claims);

    /** A claim picked for a passage, with the stance of the passage towards it. */
    record ClaimChoice(ClaimRef claim, Stance stance) {
    }
}
