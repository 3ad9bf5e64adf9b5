package claimdesk.cli;

import claimdesk.model.ArticleSummary;
import claimdesk.store.LedgerStore;
import picocli.CommandLine.Command;

/** Exit codes: 0 listed (possibly nothing), 3 ledger unavailable. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the articles in the ledger: id, claims, headline, outlet, date.")
final class ListCommand extends LedgerCommand {

    @Override
    protected int run(LedgerStore store) {
        for (ArticleSummary article : store.articles()) {
            StringBuilder line = new StringBuilder()
                    .append(String.format("%4d  %3d claims  %s", article.id(), article.claimCount(),
                            TerminalText.safe(article.headline())));
            if (article.outlet() != null) {
                line.append("  (").append(TerminalText.safe(article.outlet())).append(')');
            }
            if (article.publishedOn() != null) {
                line.append("  ").append(article.publishedOn());
            }
            out().println(line);
        }
        return 0;
    }
}
