package claimdesk.ui.sources;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Records what would have been shown or opened, instead of showing it. */
final class RecordingViewer implements EvidenceViewer, Navigator {

    final List<String> calls = new ArrayList<>();

    @Override
    public void showText(String title, String text, int start, int end) {
        calls.add("text " + title + " [" + start + ", " + end + "): " + text);
    }

    @Override
    public void openFile(Path file, String originalName) {
        calls.add("file " + file.getFileName() + " as " + originalName);
    }

    @Override
    public void openArticleAt(long articleId, int start, int end) {
        calls.add("article " + articleId + " [" + start + ", " + end + ")");
    }

    @Override
    public void openPassage(long articleId, int start, int end, String quote) {
        calls.add("passage " + articleId + " [" + start + ", " + end + "): " + quote);
    }

    @Override
    public void openClaim(long articleId, long claimId) {
        calls.add("claim " + articleId + "/" + claimId);
    }
}
