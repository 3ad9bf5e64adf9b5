#!/usr/bin/env bash
# Takes the README's screenshot of a blind second review: a colleague (Farid Noori) tagged a claim and sent it In
# review with his verdict; the ledger needs a second reviewer; Amina Rahimi opens it and sees neither his verdict
# in the list nor in the detail pane, only "Second review…". Needs what docs/screenshot-session.sh says.
# Coordinates are those of the 1280x800 layout.
source "$(dirname "$0")/screenshot-session.sh"
out=${1:-docs/blind-review.png}
printf 'review.secondReviewerRequired=true\n' >> "$XDG_CONFIG_HOME/claimdesk/settings.properties"
cat > "$ledger/SeedReview.java" <<'JAVA'
import claimdesk.model.*;
import claimdesk.service.SeedLibrary;
import claimdesk.store.*;
import java.nio.file.Path;
import java.util.List;

class SeedReview {
    public static void main(String[] args) {
        try (LedgerStore store = LedgerStore.open(LedgerPaths.resolve(Path.of(args[0])), "Farid Noori")) {
            SeedLibrary.importIfEmpty(store, Path.of("seeds"));
            Article article = store.article(store.articles().get(0).id()).orElseThrow();
            String words = "more than 75,000 undocumented Afghan migrants have left Iran";
            int start = article.text().indexOf(words);
            store.createClaim(article.id(), TextQuote.of(article.text(), start, start + words.length()),
                    List.of("figure"), Verdict.MOSTLY_TRUE, ClaimStatus.IN_REVIEW, "Bijar gave no source.");
        }
    }
}
JAVA
java -cp target/claimdesk.jar "$ledger/SeedReview.java" "$ledger" >/dev/null 2>&1
open_claimdesk 25
xdotool mousemove 900 "${ROW_Y:-221}" click 1; sleep 2    # the claim in the ledger
save_screen "$out"
