package claimdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A refused login on a desk server is told apart from other failures, so the app can ask for a password. */
@ExtendWith(PostgresCluster.Extension.class)
class DeskLoginTest {

    @Test
    void aWrongOrMissingPasswordIsALoginFailureThatSaysWhetherOneWasSent(PostgresCluster cluster) {
        LedgerServer server = cluster.newDatabase();

        LedgerLoginException wrong = assertThrows(LedgerLoginException.class,
                () -> LedgerStore.open(server.withPassword("not-the-password"), "amina", null));
        LedgerLoginException missing = assertThrows(LedgerLoginException.class,
                () -> LedgerStore.open(server.withPassword(null), "amina", null));

        assertTrue(wrong.passwordGiven());
        assertFalse(missing.passwordGiven());
        assertTrue(wrong.getMessage().contains(server.address()), wrong.getMessage());
        assertFalse(wrong.getMessage().contains(PostgresCluster.PASSWORD), "the password never reaches a message");
        try (LedgerStore store = LedgerStore.open(server, "amina", null)) {
            assertEquals(server.address(), store.location());
        }
    }

    @Test
    void anUnreachableServerIsNotALoginFailure() {
        LedgerServer nowhere = new LedgerServer("127.0.0.1", 1, "desk", "amina", "x");

        LedgerException e = assertThrows(LedgerException.class, () -> LedgerStore.open(nowhere, "amina", null));

        assertFalse(e instanceof LedgerLoginException, e.getMessage());
    }
}
