package claimdesk.store;

import java.nio.file.Path;

/**
 * A new, empty ledger for one test, of either kind, that a test can open, close and open again. Store tests run
 * on both kinds with {@code @ParameterizedClass @EnumSource(TestLedger.Kind.class)}, so the same assertions hold
 * for the one-person H2 ledger and for a desk's PostgreSQL ledger.
 */
record TestLedger(Path folder, LedgerServer server) {

    static final String REVIEWER = "tester";

    enum Kind {
        H2, POSTGRESQL;

        /** An H2 ledger in a folder under {@code temp}, or a database of its own on the run's cluster. */
        TestLedger create(Path temp, PostgresCluster cluster) {
            return this == H2 ? new TestLedger(temp.resolve("ledger"), null)
                    : new TestLedger(null, cluster.newDatabase());
        }
    }

    LedgerStore open() {
        return server == null ? LedgerStore.open(folder, REVIEWER) : LedgerStore.open(server, REVIEWER, null);
    }
}
