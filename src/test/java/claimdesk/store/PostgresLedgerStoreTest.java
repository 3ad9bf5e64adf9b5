package claimdesk.store;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** The ledger's core on a PostgreSQL server (a desk's shared ledger), each test on a database of its own. */
@ExtendWith(PostgresCluster.Extension.class)
class PostgresLedgerStoreTest extends LedgerStoreContract {

    private static PostgresCluster cluster;
    private LedgerServer server;

    @BeforeAll
    static void startCluster(PostgresCluster shared) {
        cluster = shared;
    }

    @Override
    LedgerStore openLedger() {
        if (server == null) {
            server = cluster.newDatabase();
        }
        return LedgerStore.open(server, "tester", null);
    }
}
