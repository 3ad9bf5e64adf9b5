package claimdesk.cli;

import claimdesk.analysis.FigureReading;
import claimdesk.model.Figure;
import claimdesk.model.Span;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Streams the {@code figures --json} document article by article, as {@link FiguresCommand} documents it. It
 * writes the bytes the earlier tree of {@code ObjectNode}s printed (same fields, order, escapes and plain
 * decimals, one line and a line end) without holding the tree or the whole document as one String: for 16 MB of
 * text those took a tenth of the run and about 300 classes of jackson-databind to load.
 *
 * <p>Not thread-safe: one thread writes, in input order.
 */
final class FiguresJsonWriter {

    private final PrintWriter out;
    private final JsonGenerator json;

    FiguresJsonWriter(PrintWriter out) throws IOException {
        this.out = out;
        JsonFactory factory = TerminalText.escapingControls(new JsonFactory())
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        // A Writer, not the byte stream: the text then reaches stdout through picocli's writer and its UTF-8
        // encoder as before, so an unpaired surrogate still prints as '?' instead of failing the generator.
        this.json = factory.createGenerator(out);
        json.writeStartObject();
        json.writeArrayFieldStart("articles");
    }

    void article(String file, List<Figure> figures) throws IOException {
        json.writeStartObject();
        json.writeStringField("file", file);
        json.writeArrayFieldStart("figures");
        for (Figure figure : figures) {
            figure(figure);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void figure(Figure figure) throws IOException {
        json.writeStartObject();
        json.writeNumberField("start", figure.start());
        json.writeNumberField("end", figure.end());
        json.writeStringField("text", figure.text());
        decimal("low", figure.low());
        decimal("high", figure.high());
        json.writeBooleanField("lowInclusive", figure.lowInclusive());
        json.writeBooleanField("highInclusive", figure.highInclusive());
        json.writeBooleanField("approx", figure.approx());
        json.writeStringField("kind", figure.kind().code());
        json.writeStringField("unit", figure.unit());
        json.writeStringField("currency", figure.currency());
        json.writeStringField("per", figure.per());
        json.writeStringField("qualifier", figure.qualifier());
        // The amount in the currency's main unit ("19 cents" has low 19, amountLow 0.19), and for the end of a
        // change ("fell from $2,415 to $2,315") the start offset of the figure it changed from, else null.
        decimal("amountLow", figure.amountLow());
        decimal("amountHigh", figure.amountHigh());
        if (figure.changeFrom() == null) {
            json.writeNullField("changeFrom");
        } else {
            json.writeNumberField("changeFrom", figure.changeFrom());
        }
        Figure.FigureContext context = figure.context();
        json.writeStringField("subject", text(context.subject()));
        json.writeStringField("event", text(context.event()));
        json.writeStringField("place", text(context.place()));
        json.writeStringField("period", text(context.period()));
        json.writeStringField("source", text(context.source()));
        json.writeStringField("periodFrom", date(context.periodFrom()));
        json.writeStringField("periodTo", date(context.periodTo()));
        json.writeStringField("reading", FigureReading.describe(figure));
        json.writeEndObject();
    }

    private void decimal(String field, BigDecimal value) throws IOException {
        json.writeFieldName(field);
        if (value == null) {
            json.writeNull();
        } else {
            json.writeNumber(value);
        }
    }

    private static String text(Span span) {
        return span == null ? null : span.text();
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /**
     * Ends the document and its line; the writer underneath stays open. Not called when extraction failed, so a
     * crash never prints a document that looks complete.
     */
    void finish() throws IOException {
        json.writeEndArray();
        json.writeEndObject();
        json.close();
        out.println();
    }
}
