#!/usr/bin/env bash
# Takes the README's screenshot of the Queue tab: loads the seeds into a fresh ledger, tags claims in two articles
# (two of them assigned), then runs the built jar in a private Xvfb display, opens the Queue tab and selects a row.
# Needs what docs/screenshot-session.sh says. Coordinates are those of the 1280x800 layout.
source "$(dirname "$0")/screenshot-session.sh"
out=${1:-docs/queue.png}
# The claims go in through the store before the window opens, as a desk's colleagues would have left them.
cat > "$ledger/SeedQueue.java" <<'JAVA'
import claimdesk.model.*;
import claimdesk.service.SeedLibrary;
import claimdesk.store.*;
import java.nio.file.Path;
import java.util.List;

class SeedQueue {
    public static void main(String[] args) {
        try (LedgerStore store = LedgerStore.open(LedgerPaths.resolve(Path.of(args[0])), "Amina Rahimi")) {
            SeedLibrary.importIfEmpty(store, Path.of("seeds"));
            List<ArticleSummary> articles = store.articles();
            ClaimQueue queue = new ClaimQueue(store);
            Article deportations = store.article(articles.get(0).id()).orElseThrow();
            Article amnesty = store.article(articles.get(3).id()).orElseThrow();
            claim(store, queue, deportations, "more than 75,000 undocumented Afghan migrants have left Iran",
                    List.of("figure"), Verdict.MOSTLY_TRUE, ClaimStatus.IN_REVIEW, "Amina Rahimi");
            claim(store, queue, deportations, "26320 Afghan migrants were deported from Iran on Saturday",
                    List.of("figure"), Verdict.UNRATED, ClaimStatus.DRAFT, null);
            claim(store, queue, amnesty, "more than 2.6 million people", List.of("figure", "UN"), Verdict.TRUE,
                    ClaimStatus.VERIFIED, "Farid Noori");
            claim(store, queue, amnesty, "About 60% of those returned are women and children", List.of("UN"),
                    Verdict.UNVERIFIABLE, ClaimStatus.DRAFT, null);
        }
    }

    static void claim(LedgerStore store, ClaimQueue queue, Article article, String words, List<String> tags,
                      Verdict verdict, ClaimStatus status, String assignee) {
        int start = article.text().indexOf(words);
        Claim claim = store.createClaim(article.id(), TextQuote.of(article.text(), start, start + words.length()),
                tags, verdict, status, "");
        queue.assign(claim.id(), assignee);
    }
}
JAVA
java -cp target/claimdesk.jar "$ledger/SeedQueue.java" "$ledger" >/dev/null 2>&1
open_claimdesk 25
xdotool mousemove "${TAB_X:-1030}" 104 click 1; sleep 2    # Queue tab
xdotool mousemove 1010 "${ROW_Y:-200}" click 1; sleep 1    # a row of the queue
save_screen "$out"
