package claimdesk.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * A real exported case file opened up for a hostile edit: change its JSON, and {@link #writeTo} puts the manifest's
 * checksums right again, so the file passes every checksum and only its content lies.
 */
final class TamperedCase {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, byte[]> entries = new LinkedHashMap<>();

    TamperedCase(Path exported) throws IOException {
        try (ZipFile zip = new ZipFile(exported.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        }
    }

    /** Edits the JSON array in {@code name} (such as {@code articles.json}) in place. */
    TamperedCase edit(String name, Consumer<ArrayNode> change) throws IOException {
        ArrayNode array = (ArrayNode) JSON.readTree(entries.get(name));
        change.accept(array);
        entries.put(name, JSON.writeValueAsBytes(array));
        return this;
    }

    static ObjectNode first(JsonNode array) {
        return (ObjectNode) array.get(0);
    }

    Path writeTo(Path target) throws IOException {
        ObjectNode manifest = (ObjectNode) JSON.readTree(entries.get("manifest.json"));
        ObjectNode sums = (ObjectNode) manifest.get("sha256");
        entries.forEach((name, bytes) -> {
            if (!name.equals("manifest.json")) {
                sums.put(name, claimdesk.model.Sha256.hex(bytes));
            }
        });
        entries.put("manifest.json", JSON.writeValueAsBytes(manifest));
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return target;
    }
}
