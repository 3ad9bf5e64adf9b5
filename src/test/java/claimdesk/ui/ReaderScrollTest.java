package claimdesk.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.Figure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A figure chosen far down a long article is shown in the middle of the reader, with context above and below. */
class ReaderScrollTest extends WorkbenchUiTest {

    @Test
    void aSelectedFigureIsCentredNotLeftOnTheEdge(FxRobot robot) throws Exception {
        StringBuilder text = new StringBuilder("A long wire story\n\n");
        for (int line = 1; line <= 200; line++) {
            text.append(line == 150 ? "Officials said 3,000 people fled the floods on Tuesday."
                    : "Line " + line + " of the story, with no number in words.").append("\n\n");
        }
        Path file = Files.writeString(ledger.resolveSibling(ledger.getFileName() + "-long.txt"), text);
        openWorkbench(robot);
        robot.interact(() -> workbench.library().importFiles(List.of(file)));
        StyleClassedTextArea area = robot.lookup("#readerText").queryAs(StyleClassedTextArea.class);
        FxWait.until(() -> area.getText().startsWith("A long wire story"));
        FxWait.until(() -> !workbench.figures().figures().isEmpty());
        Figure figure = workbench.figures().figures().stream().filter(f -> f.text().equals("3,000")).findFirst()
                .orElseThrow();
        int paragraph = area.offsetToPosition(figure.start(), org.fxmisc.richtext.model.TwoDimensional.Bias.Forward)
                .getMajor();

        robot.interact(() -> workbench.figures().selectedFigureProperty().set(figure));
        WaitForAsyncUtils.waitForFxEvents();

        int visible = area.getVisibleParagraphs().size();
        int first = area.visibleParToAllParIndex(0);
        int last = area.visibleParToAllParIndex(visible - 1);
        assertTrue(first + 3 <= paragraph && paragraph <= last - 3,
                "paragraph " + paragraph + " should sit well inside the visible " + first + ".." + last);
    }
}
