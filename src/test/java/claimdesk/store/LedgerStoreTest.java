package claimdesk.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The ledger's core on an H2 file in a folder, the one-person ledger. */
class LedgerStoreTest extends LedgerStoreContract {

    @TempDir
    Path folder;

    @Override
    LedgerStore openLedger() {
        return LedgerStore.open(folder, "tester");
    }
}
