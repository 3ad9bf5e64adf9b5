package claimdesk.ui.sources;

import claimdesk.model.ClaimRef;
import claimdesk.model.Source;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/** Source dialogs answered by the test; records what they were shown. */
final class ScriptedSourceDialogs implements SourceDialogs {

    UnaryOperator<SourceForm> formAnswer = form -> null;
    List<Path> files = List.of();
    BiFunction<String, List<ClaimRef>, ClaimChoice> claimAnswer = (passage, claims) -> null;
    final List<SourceForm> formsShown = new ArrayList<>();
    final List<List<Source>> librariesShown = new ArrayList<>();

    @Override
    public Optional<SourceForm> editSource(String title, SourceForm initial, List<Source> library) {
        formsShown.add(initial);
        librariesShown.add(library);
        return Optional.ofNullable(formAnswer.apply(initial));
    }

    @Override
    public List<Path> chooseEvidenceFiles() {
        return files;
    }

    @Override
    public Optional<ClaimChoice> chooseClaim(String passage, List<ClaimRef> claims) {
        return Optional.ofNullable(claimAnswer.apply(passage, claims));
    }
}
