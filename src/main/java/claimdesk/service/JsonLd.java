package claimdesk.service;

import claimdesk.model.SourceUrls;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The article a page describes in its {@code <script type="application/ld+json">} blocks (schema.org): headline,
 * datePublished, author and publisher names. Objects typed as an article (NewsArticle, ReportageNewsArticle,
 * BlogPosting, ...) are asked first, then any other object (a WebPage often carries datePublished too). A block that
 * is not valid JSON is skipped: pages get it wrong often, and the article text does not depend on it.
 */
final class JsonLd {

    // Raw line breaks inside strings are the most common error in hand-made JSON-LD; the rest is read strictly.
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS).build();
    private static final Set<String> ARTICLE_TYPES = Set.of("blogposting", "liveblogposting", "report");

    private final List<JsonNode> objects = new ArrayList<>();
    private final Map<String, JsonNode> byId = new HashMap<>();

    private JsonLd() {
    }

    static ArticleDetails read(Document page) {
        JsonLd found = new JsonLd();
        for (Element script : page.select("script[type]")) {
            if (script.attr("type").strip().toLowerCase(Locale.ROOT).startsWith("application/ld+json")) {
                found.parse(script.data());
            }
        }
        return found.details();
    }

    private void parse(String json) {
        try {
            collect(JSON.readTree(json), 0);
        } catch (JsonProcessingException e) {
            // Badly formed: ignored, as the class comment says.
        }
    }

    /** Top-level objects, arrays of them and {@code @graph} members; deeper nesting is followed through references. */
    private void collect(JsonNode node, int depth) {
        if (node == null || depth > 3) {
            return;
        }
        if (node.isArray()) {
            node.forEach(element -> collect(element, depth + 1));
        } else if (node.isObject()) {
            objects.add(node);
            if (node.path("@id").isTextual()) {
                byId.putIfAbsent(node.get("@id").asText(), node);
            }
            collect(node.get("@graph"), depth + 1);
        }
    }

    private ArticleDetails details() {
        List<JsonNode> ordered = new ArrayList<>(objects.stream().filter(JsonLd::isArticle).toList());
        objects.stream().filter(object -> !isArticle(object)).forEach(ordered::add);
        return new ArticleDetails(first(ordered, object -> text(object.get("headline"))),
                first(ordered, object -> names(object.get("publisher"))),
                first(ordered, object -> names(object.get("author"))), null,
                first(ordered, object -> PublicationDate.parse(text(object.get("datePublished")))));
    }

    private static <T> T first(List<JsonNode> objects, Function<JsonNode, T> field) {
        for (JsonNode object : objects) {
            T value = field.apply(object);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static boolean isArticle(JsonNode object) {
        JsonNode type = object.get("@type");
        List<JsonNode> types = new ArrayList<>();
        if (type != null && type.isArray()) {
            type.forEach(types::add);
        } else if (type != null) {
            types.add(type);
        }
        for (JsonNode each : types) {
            // "NewsArticle", "schema:NewsArticle" and "https://schema.org/NewsArticle" name the same type.
            String name = each.asText().replaceFirst("^.*[/:]", "").toLowerCase(Locale.ROOT);
            if (name.endsWith("article") || ARTICLE_TYPES.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** A person or organisation as a name: a string, {@code {"name":..}}, an {@code @id} reference, or a list. */
    private String names(JsonNode value) {
        Set<String> names = new LinkedHashSet<>();
        addNames(value, names, 0);
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private void addNames(JsonNode value, Set<String> names, int depth) {
        if (value == null || depth > 3) {
            return;
        }
        if (value.isArray()) {
            value.forEach(element -> addNames(element, names, depth + 1));
        } else if (value.isObject() && value.has("name")) {
            addNames(value.get("name"), names, depth + 1);
        } else if (value.isObject() && value.path("@id").isTextual()) {
            addNames(byId.get(value.get("@id").asText()), names, depth + 1);
        } else if (text(value) != null && !SourceUrls.isWebAddress(text(value))) {
            // Some pages give the author as the address of a profile page, which is no name.
            names.add(text(value));
        }
    }

    /** A string value with HTML entities decoded: CMSs often write {@code Q&amp;A} into JSON-LD. */
    private static String text(JsonNode value) {
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            return null;
        }
        return Parser.unescapeEntities(value.asText(), false).strip();
    }
}
