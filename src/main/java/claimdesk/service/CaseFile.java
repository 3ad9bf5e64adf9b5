package claimdesk.service;

import claimdesk.model.Article;
import claimdesk.model.Attachment;
import claimdesk.model.CaseContent;
import claimdesk.model.Claim;
import claimdesk.model.FindingRuling;
import claimdesk.model.Passage;
import claimdesk.model.Sha256;
import claimdesk.model.Source;
import claimdesk.model.Stance;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The {@code .claimdesk} case file: a zip of {@code articles.json}, {@code claims.json}, {@code sources.json},
 * {@code citations.json}, {@code attachments.json} with the files as {@code attachments/<sha256>}, and
 * {@code rulings.json}, with stable UUIDs, and a {@code manifest.json} naming the format, its version and each
 * file's SHA-256. Version 1 files (articles and claims only) are still read. Reading checks all of it before
 * returning anything, so a damaged, truncated or tampered file is refused as a whole with a {@link CaseFileException}.
 */
public final class CaseFile {

    public static final String FORMAT = "claimdesk-case";
    public static final int FORMAT_VERSION = 2;
    public static final String EXTENSION = ".claimdesk";
    private static final String MANIFEST = "manifest.json";
    private static final String ARTICLES = "articles.json";
    private static final String CLAIMS = "claims.json";
    private static final String SOURCES = "sources.json";
    private static final String CITATIONS = "citations.json";
    private static final String ATTACHMENTS = "attachments.json";
    private static final String RULINGS = "rulings.json";
    private static final String FILE_PREFIX = "attachments/";
    // A case is a handful of articles; far more than this is a broken or hostile file, not a case.
    private static final long MAX_BYTES = 256L * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private CaseFile() {
    }

    /** Writes {@code content} to {@code target}, replacing it only once the new file is complete. */
    public static void write(CaseContent content, Path target, String createdBy) throws IOException {
        write(content, target, createdBy, null);
    }

    /**
     * As {@link #write(CaseContent, Path, String)}, sealed with {@code passphrase} unless it is null; see
     * {@link CaseFileProtection}.
     */
    public static void write(CaseContent content, Path target, String createdBy, char[] passphrase)
            throws IOException {
        Map<Long, UUID> articleUuids = new HashMap<>();
        content.articles().forEach(a -> articleUuids.put(a.id(), a.uuid()));
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(ARTICLES, JSON.writeValueAsBytes(content.articles().stream().map(CaseJson.ArticleJson::of).toList()));
        files.put(CLAIMS, JSON.writeValueAsBytes(content.claims().stream()
                .map(c -> CaseJson.ClaimJson.of(c, articleUuids.get(c.articleId()))).toList()));
        files.put(SOURCES, JSON.writeValueAsBytes(content.sources().stream().map(s -> CaseJson.SourceJson.of(s,
                s.articleId() == null ? null : articleUuids.get(s.articleId()))).toList()));
        files.put(CITATIONS, JSON.writeValueAsBytes(content.citations().stream().map(c -> citationJson(c, articleUuids))
                .toList()));
        files.put(ATTACHMENTS, JSON.writeValueAsBytes(content.files().stream().map(f -> new CaseJson.AttachmentJson(
                f.attachment().sha256(), f.bytes().length, f.attachment().mediaType(), f.attachment().originalName(),
                f.attachment().text(), f.sourceUuids().stream().map(UUID::toString).toList())).toList()));
        files.put(RULINGS, JSON.writeValueAsBytes(content.rulings().stream().map(r -> new CaseJson.RulingJson(
                r.fingerprint(), r.kind(), r.measureKey(), r.message(), r.ruling().name(), r.reason(),
                r.claimUuid() == null ? null : r.claimUuid().toString())).toList()));
        for (CaseContent.EvidenceFile f : content.files()) {
            files.put(FILE_PREFIX + f.attachment().sha256(), f.bytes());
        }
        Map<String, String> sums = new LinkedHashMap<>();
        files.forEach((name, bytes) -> sums.put(name, sha256(bytes)));
        byte[] manifest = JSON.writeValueAsBytes(new CaseJson.Manifest(FORMAT, FORMAT_VERSION,
                Instant.now().toString(), createdBy, sums));
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(partial)) {
            if (passphrase == null) {
                writeZip(out, manifest, files);
            } else {
                CaseFileProtection.write(out, passphrase, plain -> writeZip(plain, manifest, files));
            }
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void writeZip(OutputStream out, byte[] manifest, Map<String, byte[]> files) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        put(zip, MANIFEST, manifest);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            put(zip, file.getKey(), file.getValue());
        }
        zip.finish();
    }

    /** Whether {@code file} is a case file protected by a passphrase (false for any other file). */
    public static boolean isProtected(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return CaseFileProtection.isProtected(zip);
        } catch (IOException e) {
            return false;
        }
    }

    /** Reads and checks a case file; every claim in the result refers to an article in it. */
    public static CaseContent read(Path file) throws CaseFileException {
        return read(file, null);
    }

    /**
     * As {@link #read(Path)}, opening a protected file with {@code passphrase} (null when none was asked for); a
     * protected file without one, or with a wrong one, fails with {@link CasePassphraseException}.
     */
    public static CaseContent read(Path file, char[] passphrase) throws CaseFileException {
        Map<String, byte[]> files = unzip(file, passphrase);
        try {
            if (!files.containsKey(MANIFEST)) {
                throw new CaseFileException(file.getFileName() + " is not a Claimdesk case file (no manifest).");
            }
            CaseJson.Manifest manifest = JSON.readValue(files.get(MANIFEST), CaseJson.Manifest.class);
            if (!FORMAT.equals(manifest.format()) || manifest.formatVersion() > FORMAT_VERSION) {
                throw new CaseFileException(file.getFileName() + " is a case file of format " + manifest.format()
                        + " version " + manifest.formatVersion() + "; this Claimdesk reads " + FORMAT + " up to "
                        + "version " + FORMAT_VERSION + ". Update Claimdesk to import it.");
            }
            List<String> required = manifest.formatVersion() >= 2
                    ? List.of(ARTICLES, CLAIMS, SOURCES, CITATIONS, ATTACHMENTS, RULINGS) : List.of(ARTICLES, CLAIMS);
            for (String name : required) {
                checkSum(file, manifest, files, name);
            }
            List<CaseJson.ArticleJson> articles = JSON.readValue(files.get(ARTICLES), new TypeReference<>() { });
            List<CaseJson.ClaimJson> claims = JSON.readValue(files.get(CLAIMS), new TypeReference<>() { });
            CaseContent base = toContent(file, articles, claims);
            if (manifest.formatVersion() < 2) {
                return base;
            }
            return withEvidence(file, base, articles, files, manifest);
        } catch (IOException | RuntimeException e) {
            throw new CaseFileException(file.getFileName() + " cannot be read as a case file: " + e.getMessage(), e);
        }
    }

    private static void checkSum(Path file, CaseJson.Manifest manifest, Map<String, byte[]> files, String name)
            throws CaseFileException {
        String expected = manifest.sha256() == null ? null : manifest.sha256().get(name);
        if (!files.containsKey(name) || expected == null || !expected.equals(sha256(files.get(name)))) {
            throw new CaseFileException(file.getFileName() + " is damaged: " + name
                    + " is missing or does not match its checksum.");
        }
    }

    private static CaseJson.CitationJson citationJson(CaseContent.Citation c, Map<Long, UUID> articleUuids) {
        Passage p = c.passage();
        UUID article = p == null ? null : articleUuids.get(p.articleId());
        return new CaseJson.CitationJson(c.claimUuid().toString(), c.sourceUuid().toString(), c.stance().name(),
                c.quote(), article == null ? null : article.toString(), article == null ? null : p.start(),
                article == null ? null : p.end());
    }

    /** Adds sources, citations, files and rulings (version 2) to {@code base}, checking every reference. */
    private static CaseContent withEvidence(Path file, CaseContent base, List<CaseJson.ArticleJson> articleJson,
                                            Map<String, byte[]> files, CaseJson.Manifest manifest)
            throws IOException, CaseFileException {
        Map<String, Article> articleByUuid = new HashMap<>();
        for (int i = 0; i < articleJson.size(); i++) {
            articleByUuid.put(articleJson.get(i).uuid(), base.articles().get(i));
        }
        Set<UUID> claimUuids = new HashSet<>();
        base.claims().forEach(c -> claimUuids.add(c.uuid()));
        List<CaseJson.SourceJson> sourceJson = JSON.readValue(files.get(SOURCES), new TypeReference<>() { });
        List<Source> sources = new ArrayList<>();
        Set<UUID> sourceUuids = new HashSet<>();
        for (CaseJson.SourceJson s : sourceJson) {
            Article article = s.articleUuid() == null ? null : articleByUuid.get(s.articleUuid());
            Source source = s.toSource(article == null ? null : article.id());
            sources.add(source);
            sourceUuids.add(source.uuid());
        }
        List<CaseJson.CitationJson> citationJson = JSON.readValue(files.get(CITATIONS), new TypeReference<>() { });
        List<CaseContent.Citation> citations = new ArrayList<>();
        for (CaseJson.CitationJson c : citationJson) {
            UUID claim = UUID.fromString(c.claimUuid());
            UUID source = UUID.fromString(c.sourceUuid());
            Passage passage = null;
            if (c.passageArticleUuid() != null) {
                Article article = articleByUuid.get(c.passageArticleUuid());
                if (article == null || c.passageEnd() > article.text().length()) {
                    throw new CaseFileException(file.getFileName() + " is inconsistent: a citation's passage is "
                            + "not in the text of its article.");
                }
                passage = new Passage(article.id(), c.passageStart(), c.passageEnd());
            }
            if (!claimUuids.contains(claim) || !sourceUuids.contains(source)) {
                throw new CaseFileException(file.getFileName() + " is inconsistent: a citation refers to a claim "
                        + "or source the case does not contain.");
            }
            citations.add(new CaseContent.Citation(claim, source, Stance.valueOf(c.stance()), c.quote(), passage));
        }
        List<CaseJson.AttachmentJson> attachmentJson = JSON.readValue(files.get(ATTACHMENTS),
                new TypeReference<>() { });
        List<CaseContent.EvidenceFile> evidence = new ArrayList<>();
        for (CaseJson.AttachmentJson a : attachmentJson) {
            String name = FILE_PREFIX + a.sha256();
            checkSum(file, manifest, files, name);
            byte[] bytes = files.get(name);
            // The manifest could have been rewritten along with the file; the name is the content's own hash.
            if (!a.sha256().equals(sha256(bytes)) || bytes.length != a.size()) {
                throw new CaseFileException(file.getFileName() + " is damaged: the evidence file " + a.originalName()
                        + " does not match its checksum.");
            }
            List<UUID> owners = a.sourceUuids().stream().map(UUID::fromString).toList();
            if (!sourceUuids.containsAll(owners)) {
                throw new CaseFileException(file.getFileName() + " is inconsistent: the evidence file "
                        + a.originalName() + " belongs to a source the case does not contain.");
            }
            evidence.add(new CaseContent.EvidenceFile(new Attachment(0, a.sha256(), a.size(), a.mediaType(),
                    a.originalName(), a.text(), Instant.EPOCH), owners, bytes));
        }
        List<CaseJson.RulingJson> rulingJson = JSON.readValue(files.get(RULINGS), new TypeReference<>() { });
        List<CaseContent.Ruling> rulings = rulingJson.stream().map(r -> new CaseContent.Ruling(r.fingerprint(),
                r.kind(), r.measureKey(), r.message(), FindingRuling.valueOf(r.ruling()), r.reason(),
                r.claimUuid() == null ? null : UUID.fromString(r.claimUuid()))).toList();
        return new CaseContent(base.articles(), base.claims(), sources, citations, evidence, rulings);
    }

    private static CaseContent toContent(Path file, List<CaseJson.ArticleJson> json, List<CaseJson.ClaimJson> claims)
            throws CaseFileException {
        List<Article> articles = new ArrayList<>();
        Map<String, Article> byUuid = new HashMap<>();
        for (CaseJson.ArticleJson a : json) {
            // The sender's textHash is not trusted: it decides which of the receiver's articles the claims land on.
            Article article = a.toArticle(articles.size() + 1L, ArticleReader.hash(a.text()));
            articles.add(article);
            byUuid.put(a.uuid(), article);
        }
        List<Claim> result = new ArrayList<>();
        for (CaseJson.ClaimJson c : claims) {
            Article article = byUuid.get(c.articleUuid());
            if (article == null || c.start() < 0 || c.end() > article.text().length() || c.start() > c.end()
                    || !article.text().substring(c.start(), c.end()).equals(c.exact())) {
                throw new CaseFileException(file.getFileName() + " is inconsistent: the claim \u201c" + c.exact()
                        + "\u201d does not match the text of its article.");
            }
            result.add(c.toClaim(article.id()));
        }
        return new CaseContent(articles, result);
    }

    private static Map<String, byte[]> unzip(Path file, char[] passphrase) throws CaseFileException {
        Map<String, byte[]> files = new HashMap<>();
        long total = 0;
        // ZipFile, not ZipInputStream: it needs the central directory at the end, so a file cut short is refused even
        // when the entries before the cut are whole. (A sealed inner file is checked by its seal instead.)
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (CaseFileProtection.isProtected(zip)) {
                return CaseFileProtection.read(file, zip, passphrase, MAX_BYTES);
            }
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_BYTES - total + 1));
                    total += bytes.length;
                    if (total > MAX_BYTES) {
                        throw new CaseFileException(file.getFileName() + " is too large to be a case file.");
                    }
                    files.put(entry.getName(), bytes);
                }
            }
        } catch (IOException e) {
            throw new CaseFileException(file.getFileName() + " is damaged or incomplete (" + e.getMessage() + ").", e);
        }
        return files;
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    private static String sha256(byte[] bytes) {
        return Sha256.hex(bytes);
    }
}
