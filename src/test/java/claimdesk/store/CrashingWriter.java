package claimdesk.store;

import claimdesk.model.ArticleMetadata;
import claimdesk.model.ClaimStatus;
import claimdesk.model.NewArticle;
import claimdesk.model.TextQuote;
import claimdesk.model.Verdict;
import java.nio.file.Path;
import java.util.List;

/**
 * Child-process half of {@link CrashSafetyTest}: opens the ledger given as the first argument and saves claims until
 * it is killed, printing each claim's id only after {@code createClaim} returned. A line on stdout is therefore a
 * promise that the claim is durable.
 */
public final class CrashingWriter {

    static final String TEXT = "Crash test\n\nMore than 75,000 migrants left Iran in the past two weeks.";

    private CrashingWriter() {
    }

    public static void main(String[] args) {
        LedgerStore store = LedgerStore.open(Path.of(args[0]), "crash-writer");
        long article = store.addArticle(new NewArticle(ArticleMetadata.headlineOnly("Crash test"), TEXT,
                "crash-test-hash", "crash.txt")).article().id();
        TextQuote quote = TextQuote.of(TEXT, 12, 28);
        for (int i = 0; ; i++) {
            long id = store.createClaim(article, quote, List.of("crash", "round"), Verdict.UNRATED, ClaimStatus.DRAFT,
                    "note " + i).id();
            System.out.println(id);
            System.out.flush();
        }
    }
}
