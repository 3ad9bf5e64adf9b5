package claimdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.ArticleMetadata;
import claimdesk.model.Claim;
import claimdesk.model.ClaimStatus;
import claimdesk.model.NewArticle;
import claimdesk.model.Sha256;
import claimdesk.model.TextQuote;
import claimdesk.model.Verdict;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The rules {@code claimdesk desk init} installs, tried with the logins of a reviewer and an editor, through the
 * store and through plain SQL: the server enforces them, whatever client a login uses.
 */
@ExtendWith(PostgresCluster.Extension.class)
class DeskRolesTest {

    private static final String TEXT = "Unemployment fell to 4.1 percent in March, the ministry said.";
    private static final String PASSWORD = "a-desk-login-password";

    private LedgerServer owner;
    private long articleId;

    @BeforeEach
    void installDesk(PostgresCluster cluster) {
        owner = cluster.newDatabase();
        try (LedgerStore store = LedgerStore.open(owner, "owner", null)) {
            DeskRoles.install(store);
            articleId = store.addArticle(new NewArticle(new ArticleMetadata("Jobs", null, null, null, null),
                    TEXT, Sha256.hex(TEXT), "jobs.txt")).article().id();
        }
    }

    /** A new login on the desk's server; roles are server-wide, so each test's names carry its database's. */
    private LedgerServer login(String who, DeskRoles.Role role) {
        String name = who + "_" + owner.database();
        DeskRoles.addUser(owner, name, role, PASSWORD.toCharArray());
        return as(name);
    }

    private LedgerServer as(String name) {
        return new LedgerServer(owner.host(), owner.port(), owner.database(), name, PASSWORD);
    }

    private static Connection connect(LedgerServer server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
    }

    private Claim draft(LedgerStore store, ClaimStatus status) {
        return store.createClaim(articleId, new TextQuote(0, 12, TEXT.substring(0, 12), "", TEXT.substring(12)),
                List.of("jobs"), Verdict.UNRATED, status, "first note");
    }

    private static Claim with(Claim claim, ClaimStatus status, String note) {
        return new Claim(claim.id(), claim.uuid(), claim.articleId(), claim.quote(), claim.tags(), claim.verdict(),
                status, note, claim.createdAt(), claim.updatedAt(), claim.claimant(), claim.figure(), claim.version());
    }

    @Test
    void aReviewerEditsClaimsButPublishesNeitherThroughTheStoreNorThroughSql() throws SQLException {
        LedgerServer reviewer = login("rita", DeskRoles.Role.REVIEWER);
        long id;
        try (LedgerStore store = LedgerStore.open(reviewer, "Rita", null)) {
            Claim claim = draft(store, ClaimStatus.DRAFT);
            // In review, not Verified: on a desk that takes a second reviewer (SecondReviewStorageTest).
            store.updateClaim(with(claim, ClaimStatus.IN_REVIEW, "checked with the ministry"));
            id = claim.id();

            LedgerException publish = assertThrows(LedgerException.class,
                    () -> store.updateClaim(with(store.claim(claim.id()).orElseThrow(), ClaimStatus.PUBLISHED, "x")));
            LedgerException created = assertThrows(LedgerException.class,
                    () -> draft(store, ClaimStatus.PUBLISHED));

            assertEquals(DeskRefusals.PUBLISH, publish.getMessage());
            assertEquals(DeskRefusals.PUBLISH, created.getMessage());
            Claim stored = store.claim(id).orElseThrow();
            assertEquals(ClaimStatus.IN_REVIEW, stored.status());
            assertEquals("checked with the ministry", stored.note());
            assertEquals(1, store.allClaims().size(), "the refused Published claim was not stored");
        }
        try (Connection connection = connect(reviewer);
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE claim SET status = 'PUBLISHED' WHERE id = ?")) {
            update.setLong(1, id);
            SQLException refused = assertThrows(SQLException.class, update::executeUpdate);
            assertEquals("42501", refused.getSQLState(), refused.getMessage());
        }
        assertEquals("IN_REVIEW", statusOf(id));
    }

    @Test
    void anEditorPublishesAndThenAReviewerCanNeitherChangeNorDeleteTheClaim() throws SQLException {
        LedgerServer editor = login("edna", DeskRoles.Role.EDITOR);
        LedgerServer reviewer = login("ravi", DeskRoles.Role.REVIEWER);
        long id;
        try (LedgerStore store = LedgerStore.open(editor, "Edna", null)) {
            Claim claim = draft(store, ClaimStatus.IN_REVIEW);
            store.updateClaim(with(claim, ClaimStatus.PUBLISHED, "ran on page 1"));
            id = claim.id();
            assertEquals(ClaimStatus.PUBLISHED, store.claim(id).orElseThrow().status());
        }
        try (LedgerStore store = LedgerStore.open(reviewer, "Ravi", null)) {
            Claim published = store.claim(id).orElseThrow();
            LedgerException changed = assertThrows(LedgerException.class,
                    () -> store.updateClaim(with(published, ClaimStatus.DRAFT, "pulled")));
            LedgerException deleted = assertThrows(LedgerException.class, () -> store.deleteClaim(id));

            assertEquals("Only an editor can change a published claim.", changed.getMessage());
            assertEquals("Only an editor can delete a published claim.", deleted.getMessage());
            assertEquals(published, store.claim(id).orElseThrow());
            assertTrue(store.auditOf("claim", id).stream().noneMatch(entry -> "Ravi".equals(entry.reviewer())),
                    "no audit row for a change that did not happen");
        }
        try (Connection connection = connect(reviewer); Statement statement = connection.createStatement()) {
            assertEquals(0, statement.executeUpdate("UPDATE claim SET note = 'pulled', status = 'DRAFT'"));
            assertEquals(0, statement.executeUpdate("DELETE FROM claim"));
            // Nor its tags, which were published with it.
            assertEquals(0, statement.executeUpdate("DELETE FROM claim_tag WHERE claim_id = " + id));
            SQLException retag = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("INSERT INTO claim_tag (claim_id, tag) VALUES (" + id + ", 'x')"));
            assertEquals("42501", retag.getSQLState(), retag.getMessage());
        }
        assertEquals("PUBLISHED", statusOf(id));
    }

    @Test
    void neitherAReviewerNorAnEditorCanRewriteOrDeleteTheAuditTrail() throws SQLException {
        LedgerServer reviewer = login("rosa", DeskRoles.Role.REVIEWER);
        LedgerServer editor = login("emil", DeskRoles.Role.EDITOR);
        try (LedgerStore store = LedgerStore.open(reviewer, "Rosa", null)) {
            draft(store, ClaimStatus.DRAFT); // writes audit rows: inserting is allowed
        }
        int rows = auditRows();
        for (LedgerServer login : List.of(reviewer, editor)) {
            try (Connection connection = connect(login); Statement statement = connection.createStatement()) {
                for (String sql : List.of("UPDATE audit_entry SET reviewer = 'nobody'", "DELETE FROM audit_entry",
                        "TRUNCATE audit_entry")) {
                    SQLException refused = assertThrows(SQLException.class, () -> statement.executeUpdate(sql),
                            login.user() + ": " + sql);
                    assertEquals("42501", refused.getSQLState(), refused.getMessage());
                }
            }
        }
        assertTrue(rows >= 2, "the article and the claim were audited");
        assertEquals(rows, auditRows());
    }

    @Test
    void aLoginWithoutAClaimdeskRoleIsToldWhoCanAddIt() throws SQLException {
        String name = "nora_" + owner.database();
        try (Connection connection = connect(owner); Statement statement = connection.createStatement()) {
            statement.execute("CREATE ROLE " + name + " LOGIN PASSWORD '" + PASSWORD + "'");
        }

        LedgerException refused = assertThrows(LedgerException.class, () -> LedgerStore.open(as(name), "Nora", null));

        assertFalse(refused instanceof LedgerLoginException, "the password was right: no point asking again");
        assertEquals("The login " + name + " has no Claimdesk role on the desk " + owner.address()
                + "; the desk's administrator (a login with CREATEROLE) adds it with `claimdesk desk add-user "
                + name + " --role reviewer --db " + owner.address() + "`.", refused.getMessage());
    }

    @Test
    void aReviewerOpensAnUpToDateDeskButCannotMigrateAnOlderOne() throws SQLException {
        LedgerServer reviewer = login("ruth", DeskRoles.Role.REVIEWER);
        try (LedgerStore store = LedgerStore.open(reviewer, "Ruth", null)) {
            assertEquals(1, store.articles().size());
        }
        try (Connection connection = connect(reviewer); Statement statement = connection.createStatement()) {
            SQLException refused = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("DELETE FROM flyway_schema_history"));
            assertEquals("42501", refused.getSQLState());
        }
        // As if the desk were one migration behind when this Claimdesk (which brings V14 after V13) first reached it. The
        // newest is undone: with an older one missing, Flyway refuses to validate rather than migrate.
        try (Connection connection = connect(owner); Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM flyway_schema_history WHERE version = '14'");
            statement.execute("DROP TABLE claim_review");
        }

        LedgerException older = assertThrows(LedgerException.class, () -> LedgerStore.open(reviewer, "Ruth", null));

        assertTrue(older.getMessage().startsWith("The desk " + owner.address() + " is not set up for this "
                + "Claimdesk"), older.getMessage());
        assertTrue(older.getMessage().endsWith("the desk's owner runs `claimdesk desk init --db " + owner.address()
                + "`."), older.getMessage());
    }

    @Test
    void initRunsTwiceAndAddingAnExistingLoginSaysSo() {
        LedgerServer reviewer = login("rene", DeskRoles.Role.REVIEWER);
        try (LedgerStore store = LedgerStore.open(owner, "owner", null)) {
            DeskRoles.install(store);
        }

        LedgerException twice = assertThrows(LedgerException.class, () -> DeskRoles.addUser(owner, reviewer.user(),
                DeskRoles.Role.EDITOR, "other-password".toCharArray()));

        assertEquals("A login named " + reviewer.user() + " already exists on the server of " + owner.address()
                + "; choose another name.", twice.getMessage());
        try (LedgerStore store = LedgerStore.open(reviewer, "Rene", null)) {
            assertEquals(DeskRefusals.PUBLISH,
                    assertThrows(LedgerException.class, () -> draft(store, ClaimStatus.PUBLISHED)).getMessage(),
                    "the rules hold after a second init, and the existing login is still a reviewer only");
        }
    }

    @Test
    void aLoginWithoutCreateRoleCannotAddLogins() {
        LedgerServer editor = login("eva", DeskRoles.Role.EDITOR);

        LedgerException refused = assertThrows(LedgerException.class, () -> DeskRoles.addUser(editor,
                "mallory_" + owner.database(), DeskRoles.Role.EDITOR, PASSWORD.toCharArray()));

        assertTrue(refused.getMessage().startsWith("The login " + editor.user() + " may not add logins: claimdesk "
                + "desk add-user needs a login with CREATEROLE"), refused.getMessage());
    }

    @Test
    void onlyTheOwnerOfTheTablesRunsInit() {
        LedgerServer editor = login("elif", DeskRoles.Role.EDITOR);

        try (LedgerStore store = LedgerStore.open(editor, "Elif", null)) {
            LedgerException refused = assertThrows(LedgerException.class, () -> DeskRoles.install(store));

            assertTrue(refused.getMessage().startsWith("claimdesk desk init changes the desk's tables, so it runs as "
                    + "their owner (the login that created the desk), not as " + editor.user()), refused.getMessage());
        }
    }

    /** Guards desk-roles.sql's table list: a table a later migration adds must be granted there too. */
    @Test
    void reviewersMayWriteEveryWorkTableAndOnlyReadTheHistory() throws SQLException {
        List<String> missing = new ArrayList<>();
        try (Connection connection = connect(owner); Statement statement = connection.createStatement();
             ResultSet tables = statement.executeQuery("SELECT table_name, "
                     + "has_table_privilege('claimdesk_reviewer', table_name, 'SELECT'), "
                     + "has_table_privilege('claimdesk_reviewer', table_name, 'INSERT'), "
                     + "has_table_privilege('claimdesk_reviewer', table_name, 'UPDATE'), "
                     + "has_table_privilege('claimdesk_reviewer', table_name, 'DELETE') "
                     + "FROM information_schema.tables WHERE table_schema = current_schema() "
                     + "AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            while (tables.next()) {
                String table = tables.getString(1);
                String granted = (tables.getBoolean(2) ? "S" : "") + (tables.getBoolean(3) ? "I" : "")
                        + (tables.getBoolean(4) ? "U" : "") + (tables.getBoolean(5) ? "D" : "");
                String expected = switch (table) {
                    case "flyway_schema_history" -> "S";
                    case "audit_entry", "claim_review" -> "SI";
                    default -> "SIUD";
                };
                if (!granted.equals(expected)) {
                    missing.add(table + " has " + granted + ", wants " + expected);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    private String statusOf(long claimId) throws SQLException {
        try (Connection connection = connect(owner);
             PreparedStatement query = connection.prepareStatement("SELECT status FROM claim WHERE id = ?")) {
            query.setLong(1, claimId);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                return row.getString(1);
            }
        }
    }

    private int auditRows() throws SQLException {
        try (Connection connection = connect(owner); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM audit_entry")) {
            row.next();
            return row.getInt(1);
        }
    }
}
