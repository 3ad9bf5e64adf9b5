package claimdesk.service;

import claimdesk.model.ArticleMetadata;
import claimdesk.model.NewArticle;
import claimdesk.store.LedgerStore;
import java.nio.file.Path;

/**
 * Child-process half of {@link SecondInstanceTest}: a first instance that opens the ledger, adds an article, starts
 * the beacon, prints "ready", prints "show" whenever another instance asks, and holds the ledger until killed.
 */
public final class LedgerHolder {

    private LedgerHolder() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        LedgerStore store = LedgerStore.open(folder, "first");
        store.addArticle(new NewArticle(ArticleMetadata.headlineOnly("Held"), "Held\n\nBody.", "held", "held.txt"));
        InstanceBeacon.listen(folder, () -> {
            System.out.println("show");
            System.out.flush();
        });
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
