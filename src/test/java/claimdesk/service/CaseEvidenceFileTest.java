package claimdesk.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.ArticleMetadata;
import claimdesk.model.Attachment;
import claimdesk.model.Claim;
import claimdesk.model.ClaimStatus;
import claimdesk.model.Evidence;
import claimdesk.model.FindingRef;
import claimdesk.model.FindingRuling;
import claimdesk.model.LedgerFinding;
import claimdesk.model.NewArticle;
import claimdesk.model.Source;
import claimdesk.model.Stance;
import claimdesk.model.TextQuote;
import claimdesk.model.Verdict;
import claimdesk.store.CaseStore;
import claimdesk.store.FindingStore;
import claimdesk.store.LedgerStore;
import claimdesk.store.SourceStore;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Format version 2: sources, citations, evidence files and finding rulings travel with the case. */
class CaseEvidenceFileTest {

    private static final String TEXT = "Deportations\n\nMore than 75,000 migrants left Iran in two weeks, over 75 percent.";
    private static final byte[] PDF = "%PDF-1.4 the UNHCR weekly update".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path temp;
    private LedgerStore alice;
    private LedgerStore bob;
    private Path caseFile;
    private Claim claim;
    private String sha;

    @BeforeEach
    void open() throws IOException {
        alice = LedgerStore.open(temp.resolve("alice"), "alice");
        bob = LedgerStore.open(temp.resolve("bob"), "bob");
        long article = alice.addArticle(new NewArticle(ArticleMetadata.headlineOnly("Deportations"), TEXT, "h1",
                "a.txt")).article().id();
        claim = alice.createClaim(article, TextQuote.of(TEXT, 14, 30), List.of(), Verdict.MOSTLY_TRUE,
                ClaimStatus.IN_REVIEW, "");
        SourceStore sources = new SourceStore(alice);
        Source unhcr = sources.createSource(Source.draft("https://unhcr.org/iran", "UNHCR update", "UNHCR", null,
                null, null));
        Path pdf = Files.write(temp.resolve("update.pdf"), PDF);
        sha = sources.attach(unhcr.id(), pdf, "update.pdf", "application/pdf", "the UNHCR weekly update").sha256();
        sources.link(claim.id(), unhcr.id(), Stance.SUPPORTS, "70,000 returned", null);
        FindingStore findings = new FindingStore(alice);
        findings.sync(List.of(new LedgerFinding.Draft("fp-1", "sum", "person|leave|iran|count", "75,000 vs 70,000",
                List.of(new FindingRef(article, 14, 30, TEXT.substring(14, 30))))));
        findings.rule(findings.all().get(0).id(), FindingRuling.DISMISSED, "different weeks", null);
        caseFile = temp.resolve("deportations" + CaseFile.EXTENSION);
        CaseFile.write(new CaseStore(alice).export(List.of(article)), caseFile, "alice");
    }

    @AfterEach
    void close() {
        alice.close();
        bob.close();
    }

    @Test
    void carriesSourceCitationFileAndRulingIntoAnEmptyLedger() throws Exception {
        CaseStore.MergeResult result = new CaseStore(bob).merge(CaseFile.read(caseFile));

        assertEquals(List.of(), result.conflicts());
        assertEquals(4, result.evidenceAdded(), result.toString());
        SourceStore sources = new SourceStore(bob);
        Claim imported = bob.allClaims().get(0);
        List<Evidence> evidence = sources.evidenceOf(imported.id());
        assertEquals(1, evidence.size());
        assertEquals(Stance.SUPPORTS, evidence.get(0).link().stance());
        assertEquals("70,000 returned", evidence.get(0).link().quote());
        Source source = evidence.get(0).source();
        assertEquals(new SourceStore(alice).sources().get(0).uuid(), source.uuid());
        assertEquals("https://unhcr.org/iran", source.url());
        Attachment file = evidence.get(0).attachments().get(0);
        assertEquals(sha, file.sha256());
        assertEquals("update.pdf", file.originalName());
        assertEquals("the UNHCR weekly update", file.text());
        assertArrayEquals(PDF, Files.readAllBytes(sources.fileOf(file)));
        LedgerFinding ruling = new FindingStore(bob).all().get(0);
        assertEquals("fp-1", ruling.fingerprint());
        assertEquals(FindingRuling.DISMISSED, ruling.ruling());
        assertEquals("different weeks", ruling.reason());

        CaseStore.MergeResult again = new CaseStore(bob).merge(CaseFile.read(caseFile));
        assertEquals(0, again.evidenceAdded() + again.articlesAdded() + again.claimsAdded());
        assertEquals(List.of(), again.conflicts());
    }

    @Test
    void keepsTheReceiversSourceAndRulingAndListsTheConflicts() throws Exception {
        new CaseStore(bob).merge(CaseFile.read(caseFile));
        SourceStore sources = new SourceStore(bob);
        Source mine = sources.sources().get(0);
        sources.updateSource(new Source(mine.id(), mine.uuid(), mine.url(), "UNHCR weekly", mine.publisher(),
                mine.author(), mine.publishedOn(), mine.accessedOn(), mine.articleId()));
        FindingStore findings = new FindingStore(bob);
        findings.rule(findings.all().get(0).id(), FindingRuling.CONFIRMED, "same week after all", null);

        CaseStore.MergeResult result = new CaseStore(bob).merge(CaseFile.read(caseFile));

        assertEquals(2, result.conflicts().size(), result.conflicts().toString());
        assertTrue(result.conflicts().get(0).description().contains("UNHCR weekly"),
                result.conflicts().get(0).description());
        assertTrue(result.conflicts().get(1).description().contains("different weeks"),
                result.conflicts().get(1).description());
        assertEquals("UNHCR weekly", sources.source(mine.id()).orElseThrow().title());
        assertEquals(FindingRuling.CONFIRMED, findings.all().get(0).ruling());
    }

    @Test
    void refusesATamperedEvidenceFileAndChangesNothing() throws Exception {
        Map<String, byte[]> entries = entries(caseFile);
        byte[] forged = entries.get("attachments/" + sha).clone();
        forged[0] ^= 0x20;
        entries.put("attachments/" + sha, forged);
        Path tampered = zip(temp.resolve("tampered.claimdesk"), entries);

        CaseFileException refused = assertThrows(CaseFileException.class, () -> CaseFile.read(tampered));

        assertTrue(refused.getMessage().contains("attachments/" + sha), refused.getMessage());
        assertEquals(List.of(), bob.articles());
        assertEquals(List.of(), new SourceStore(bob).sources());
        assertFalse(Files.exists(temp.resolve("bob").resolve("attachments"))
                && hasFiles(temp.resolve("bob").resolve("attachments")));
    }

    @Test
    void refusesAFileRenamedUnderAnotherHashEvenWithAMatchingManifest() throws Exception {
        Map<String, byte[]> entries = entries(caseFile);
        byte[] forged = entries.get("attachments/" + sha).clone();
        forged[0] ^= 0x20;
        entries.put("attachments/" + sha, forged);
        ObjectMapper json = new ObjectMapper();
        ObjectNode manifest = (ObjectNode) json.readTree(entries.get("manifest.json"));
        ((ObjectNode) manifest.get("sha256")).put("attachments/" + sha, sha256(forged));
        entries.put("manifest.json", json.writeValueAsBytes(manifest));
        Path tampered = zip(temp.resolve("rehashed.claimdesk"), entries);

        assertThrows(CaseFileException.class, () -> CaseFile.read(tampered));
    }

    @Test
    void stillImportsAVersionOneFile() throws Exception {
        Map<String, byte[]> entries = entries(caseFile);
        Map<String, byte[]> v1 = new LinkedHashMap<>();
        ObjectMapper json = new ObjectMapper();
        ObjectNode manifest = (ObjectNode) json.readTree(entries.get("manifest.json"));
        manifest.put("formatVersion", 1);
        ObjectNode sums = json.createObjectNode();
        for (String name : List.of("articles.json", "claims.json")) {
            sums.put(name, sha256(entries.get(name)));
            v1.put(name, entries.get(name));
        }
        manifest.set("sha256", sums);
        v1.put("manifest.json", json.writeValueAsBytes(manifest));
        Path old = zip(temp.resolve("old.claimdesk"), v1);

        CaseStore.MergeResult result = new CaseStore(bob).merge(CaseFile.read(old));

        assertEquals(new CaseStore.MergeResult(1, 1, 0, List.of()), result);
        assertEquals(claim.uuid(), bob.allClaims().get(0).uuid());
        assertEquals(List.of(), new SourceStore(bob).sources());
    }

    private static Map<String, byte[]> entries(Path file) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }

    private static Path zip(Path target, Map<String, byte[]> entries) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return target;
    }

    private static boolean hasFiles(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.anyMatch(Files::isRegularFile);
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
