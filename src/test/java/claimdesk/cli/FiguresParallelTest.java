package claimdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import claimdesk.analysis.FigureReading;
import claimdesk.model.Figure;
import claimdesk.service.FigureIndexer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files are extracted on several threads, yet printed in the order given, byte for byte as one thread did. */
class FiguresParallelTest {

    @TempDir
    Path temp;

    @Test
    void manyFilesPrintInTheOrderGiven() throws Exception {
        List<String> args = new ArrayList<>(List.of("figures", "--json"));
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            // Long and short files alternate, so a later short file is done before an earlier long one.
            String text = i % 2 == 0 ? seed(i / 2 % 5) : "Title\n\n" + i + " people left.";
            Path file = Files.writeString(temp.resolve(String.format("f%02d.txt", i)), text);
            args.add(file.toString());
            expected.add(file.toString());
        }

        CliTest.Result result = CliTest.run(args.toArray(String[]::new));

        assertEquals(0, result.exit(), result.err());
        List<String> printed = new ArrayList<>();
        new ObjectMapper().readTree(result.out()).get("articles").forEach(a -> printed.add(a.get("file").asText()));
        assertEquals(expected, printed);
    }

    @Test
    void refusedFilesAmongGoodOnesAreNamedInOrderAndExitOne() throws Exception {
        Path empty = Files.write(temp.resolve("empty.txt"), new byte[0]);
        Path binary = Files.write(temp.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Path good = Files.writeString(temp.resolve("good.txt"), "Title\n\n5 people left.");

        CliTest.Result result = CliTest.run("figures", "--json", good.toString(), empty.toString(),
                good.toString(), binary.toString(), temp.resolve("missing.txt").toString());

        assertEquals(ClaimdeskCli.EXIT_PROBLEM, result.exit());
        List<String> errors = result.err().lines().toList();
        assertEquals(3, errors.size(), result.err());
        assertEquals("empty.txt: the file is empty", errors.get(0));
        assertEquals(true, errors.get(1).startsWith("image.txt: "), errors.get(1));
        assertEquals(true, errors.get(2).contains("missing.txt: the file cannot be read"), errors.get(2));
        assertEquals(2, new ObjectMapper().readTree(result.out()).get("articles").size());
    }

    @Test
    void streamedJsonIsTheBytesTheObjectTreePrinted() throws Exception {
        List<String> args = new ArrayList<>(List.of("figures", "--json", "--all"));
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            files.add(Files.writeString(temp.resolve("s" + i + ".txt"), seed(i)));
            args.add(files.get(i).toString());
        }
        // A control character, DEL and a C1 CSI in a figure's text and context must come out escaped as before.
        files.add(Files.writeString(temp.resolve("controls.txt"),
                "Title\n\nThe \u007f\u009bministry said 5\u00a0million people \u001b[2Jleft Iran in 2024, up 3.50%."));
        args.add(files.get(5).toString());

        CliTest.Result result = CliTest.run(args.toArray(String[]::new));

        assertEquals(0, result.exit(), result.err());
        assertEquals(objectTree(files), result.out());
    }

    /** What {@code figures --json --all} printed before it streamed: a tree of nodes written as one String. */
    private static String objectTree(List<Path> files) throws Exception {
        ObjectMapper mapper = TerminalText.escapingControls(new ObjectMapper())
                .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
        ObjectNode root = mapper.createObjectNode();
        ArrayNode articles = root.putArray("articles");
        for (Path file : files) {
            var article = new claimdesk.service.ArticleReader().read(file.getFileName().toString(),
                    Files.readAllBytes(file));
            ArrayNode list = articles.addObject().put("file", file.toString()).putArray("figures");
            for (Figure figure : FigureIndexer.extractor().extractAll(article.text(),
                    article.metadata().publishedOn())) {
                ObjectNode node = list.addObject();
                node.put("start", figure.start()).put("end", figure.end()).put("text", figure.text());
                node.put("low", figure.low()).put("high", figure.high());
                node.put("lowInclusive", figure.lowInclusive()).put("highInclusive", figure.highInclusive());
                node.put("approx", figure.approx()).put("kind", figure.kind().code());
                node.put("unit", figure.unit()).put("currency", figure.currency()).put("per", figure.per());
                node.put("qualifier", figure.qualifier());
                node.put("amountLow", figure.amountLow()).put("amountHigh", figure.amountHigh());
                node.put("changeFrom", figure.changeFrom());
                Figure.FigureContext c = figure.context();
                node.put("subject", c.subject() == null ? null : c.subject().text());
                node.put("event", c.event() == null ? null : c.event().text());
                node.put("place", c.place() == null ? null : c.place().text());
                node.put("period", c.period() == null ? null : c.period().text());
                node.put("source", c.source() == null ? null : c.source().text());
                node.put("periodFrom", c.periodFrom() == null ? null : c.periodFrom().toString());
                node.put("periodTo", c.periodTo() == null ? null : c.periodTo().toString());
                node.put("reading", FigureReading.describe(figure));
            }
        }
        return mapper.writeValueAsString(root) + System.lineSeparator();
    }

    private static String seed(int index) throws Exception {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            return Files.readString(files.filter(f -> f.toString().endsWith(".txt")).sorted().toList().get(index));
        }
    }
}
