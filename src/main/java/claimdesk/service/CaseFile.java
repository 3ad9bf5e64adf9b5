package claimdesk.service;

import claimdesk.model.Article;
import claimdesk.model.CaseContent;
import claimdesk.model.Claim;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The {@code .claimdesk} case file: a zip of {@code articles.json} and {@code claims.json} with stable UUIDs, and a
 * {@code manifest.json} naming the format, its version and each file's SHA-256. Reading checks all of it before
 * returning anything, so a damaged, truncated or tampered file is refused as a whole with a {@link CaseFileException}.
 */
public final class CaseFile {

    public static final String FORMAT = "claimdesk-case";
    public static final int FORMAT_VERSION = 1;
    public static final String EXTENSION = ".claimdesk";
    private static final String MANIFEST = "manifest.json";
    private static final String ARTICLES = "articles.json";
    private static final String CLAIMS = "claims.json";
    // A case is a handful of articles; far more than this is a broken or hostile file, not a case.
    private static final long MAX_BYTES = 256L * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private CaseFile() {
    }

    /** Writes {@code content} to {@code target}, replacing it only once the new file is complete. */
    public static void write(CaseContent content, Path target, String createdBy) throws IOException {
        Map<Long, UUID> articleUuids = new HashMap<>();
        content.articles().forEach(a -> articleUuids.put(a.id(), a.uuid()));
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(ARTICLES, JSON.writeValueAsBytes(content.articles().stream().map(CaseJson.ArticleJson::of).toList()));
        files.put(CLAIMS, JSON.writeValueAsBytes(content.claims().stream()
                .map(c -> CaseJson.ClaimJson.of(c, articleUuids.get(c.articleId()))).toList()));
        Map<String, String> sums = new LinkedHashMap<>();
        files.forEach((name, bytes) -> sums.put(name, sha256(bytes)));
        byte[] manifest = JSON.writeValueAsBytes(new CaseJson.Manifest(FORMAT, FORMAT_VERSION,
                Instant.now().toString(), createdBy, sums));
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
            put(zip, MANIFEST, manifest);
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                put(zip, file.getKey(), file.getValue());
            }
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Reads and checks a case file; every claim in the result refers to an article in it. */
    public static CaseContent read(Path file) throws CaseFileException {
        Map<String, byte[]> files = unzip(file);
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
            for (String name : List.of(ARTICLES, CLAIMS)) {
                String expected = manifest.sha256() == null ? null : manifest.sha256().get(name);
                if (!files.containsKey(name) || expected == null || !expected.equals(sha256(files.get(name)))) {
                    throw new CaseFileException(file.getFileName() + " is damaged: " + name
                            + " is missing or does not match its checksum.");
                }
            }
            List<CaseJson.ArticleJson> articles = JSON.readValue(files.get(ARTICLES), new TypeReference<>() { });
            List<CaseJson.ClaimJson> claims = JSON.readValue(files.get(CLAIMS), new TypeReference<>() { });
            return toContent(file, articles, claims);
        } catch (IOException | RuntimeException e) {
            throw new CaseFileException(file.getFileName() + " cannot be read as a case file: " + e.getMessage(), e);
        }
    }

    private static CaseContent toContent(Path file, List<CaseJson.ArticleJson> json, List<CaseJson.ClaimJson> claims)
            throws CaseFileException {
        List<Article> articles = new ArrayList<>();
        Map<String, Article> byUuid = new HashMap<>();
        for (CaseJson.ArticleJson a : json) {
            Article article = a.toArticle(articles.size() + 1L);
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

    private static Map<String, byte[]> unzip(Path file) throws CaseFileException {
        Map<String, byte[]> files = new HashMap<>();
        long total = 0;
        // ZipFile, not ZipInputStream: it needs the central directory at the end, so a file cut short is refused even
        // when the entries before the cut are whole.
        try (ZipFile zip = new ZipFile(file.toFile())) {
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
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
