package claimdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code --db postgresql://...} reaches for a server instead of making a folder of that name. */
class ServerLedgerCliTest {

    @Test
    void aServerAddressIsOpenedAsAServerAndAnUnreachableOneIsALedgerError() {
        // Port 1 on the loopback: nothing listens there, so the connection is refused at once.
        CliTest.Result listed = CliTest.run("list", "--db", "postgresql://127.0.0.1:1/ledger");

        assertEquals(ClaimdeskCli.EXIT_LEDGER, listed.exit());
        assertTrue(listed.err().startsWith("claimdesk: Cannot open the ledger on postgresql://127.0.0.1:1/ledger as "),
                listed.err());
    }

    @Test
    void checkTakesAServerAddressToo() {
        CliTest.Result checked = CliTest.run("check", "--json", "--db", "postgresql://127.0.0.1:1/ledger");

        assertEquals(ClaimdeskCli.EXIT_LEDGER, checked.exit());
        assertTrue(checked.err().startsWith("claimdesk: Cannot open the ledger on postgresql://127.0.0.1:1/ledger as "),
                checked.err());
    }
}
