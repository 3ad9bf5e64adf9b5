package claimdesk.cli;

import claimdesk.model.Progress;
import claimdesk.service.ArticleImporter;
import claimdesk.service.ImportOutcome;
import claimdesk.store.LedgerStore;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Exit codes: 0 every file imported or already there, 1 some file refused, 3 ledger unavailable. A file imported
 * whose figures could not be stored still counts as imported; its line says so, on stderr.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import articles (plain text, Markdown or HTML) into the ledger. "
                + "A text already in the ledger is not added twice.")
final class ImportCommand extends LedgerCommand {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to import.")
    List<Path> files;

    @Override
    protected boolean createsLedger() {
        return true;
    }

    @Override
    protected int run(LedgerStore store) {
        // Each line is printed as its file is done: an import of many files shows it is getting on.
        List<ImportOutcome> outcomes = new ArticleImporter(store).importFiles(files, Progress.NONE, outcome -> {
            if (outcome instanceof ImportOutcome.Refused) {
                err().println(TerminalText.safe(outcome.describe()));
            } else if (outcome instanceof ImportOutcome.Imported imported && imported.figureProblem() != null) {
                err().println(TerminalText.safe(outcome.describe()));
            } else {
                out().println(TerminalText.safe(outcome.describe()));
            }
        });
        boolean refused = outcomes.stream().anyMatch(ImportOutcome.Refused.class::isInstance);
        return refused ? ClaimdeskCli.EXIT_PROBLEM : 0;
    }
}
