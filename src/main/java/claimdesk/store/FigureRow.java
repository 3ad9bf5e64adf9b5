package claimdesk.store;

import claimdesk.model.Figure;
import claimdesk.model.FigureKind;
import claimdesk.model.Span;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * A figure as one flat row; converts to and from {@link Figure} given the article's text. Public only because Jdbi
 * binds its accessors by reflection; nothing outside the store uses it.
 *
 * <p>A bound that DECIMAL(38, 6) cannot hold exactly also goes into {@code lowText}/{@code highText} as exact text
 * (see {@link StoredValue}), so any value the extractor finds is stored and read back unchanged.
 */
public record FigureRow(long articleId, int start, int end, String text, String kind, BigDecimal low, BigDecimal high,
                 String lowText, String highText, boolean lowInclusive, boolean highInclusive, boolean approx,
                 String qualifier, String unit,
                 String currency, String per, Integer subjectStart, Integer subjectEnd, Integer eventStart,
                 Integer eventEnd, Integer placeStart, Integer placeEnd, Integer periodStart, Integer periodEnd,
                 Integer sourceStart, Integer sourceEnd, LocalDate periodFrom, LocalDate periodTo, Integer changeFrom) {

    static FigureRow of(long articleId, Figure f) {
        Figure.FigureContext c = f.context();
        return new FigureRow(articleId, f.start(), f.end(), f.text(), f.kind().name(), StoredValue.decimal(f.low()),
                StoredValue.decimal(f.high()), StoredValue.text(f.low()), StoredValue.text(f.high()), f.lowInclusive(),
                f.highInclusive(), f.approx(), f.qualifier(), f.unit(), f.currency(), f.per(),
                start(c.subject()), end(c.subject()), start(c.event()), end(c.event()), start(c.place()),
                end(c.place()), start(c.period()), end(c.period()), start(c.source()), end(c.source()),
                c.periodFrom(), c.periodTo(), f.changeFrom());
    }

    Figure toFigure(String articleText) {
        Figure.FigureContext context = new Figure.FigureContext(span(articleText, subjectStart, subjectEnd),
                span(articleText, eventStart, eventEnd), span(articleText, placeStart, placeEnd),
                span(articleText, periodStart, periodEnd), span(articleText, sourceStart, sourceEnd), periodFrom,
                periodTo);
        return new Figure(new Span(start, end, text), FigureKind.valueOf(kind.toUpperCase(Locale.ROOT)),
                StoredValue.read(low, lowText), StoredValue.read(high, highText), lowInclusive, highInclusive, approx,
                qualifier, unit, currency, per,
                context, changeFrom);
    }

    private static Span span(String text, Integer start, Integer end) {
        if (start == null || end == null || end > text.length() || start > end) {
            return null;
        }
        return Span.of(text, start, end);
    }

    private static Integer start(Span span) {
        return span == null ? null : span.start();
    }

    private static Integer end(Span span) {
        return span == null ? null : span.end();
    }

    static final class Mapper implements RowMapper<FigureRow> {
        @Override
        public FigureRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new FigureRow(rs.getLong("article_id"), rs.getInt("span_start"), rs.getInt("span_end"),
                    rs.getString("span_text"), rs.getString("kind"), rs.getBigDecimal("low"),
                    rs.getBigDecimal("high"), rs.getString("low_text"), rs.getString("high_text"),
                    rs.getBoolean("low_inclusive"), rs.getBoolean("high_inclusive"),
                    rs.getBoolean("approx"), rs.getString("qualifier"), rs.getString("unit"),
                    rs.getString("currency"), rs.getString("per"), integer(rs, "subject_start"),
                    integer(rs, "subject_end"), integer(rs, "event_start"), integer(rs, "event_end"),
                    integer(rs, "place_start"), integer(rs, "place_end"), integer(rs, "period_start"),
                    integer(rs, "period_end"), integer(rs, "source_start"), integer(rs, "source_end"),
                    rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
                    integer(rs, "change_from"));
        }

        private static Integer integer(ResultSet rs, String column) throws SQLException {
            int value = rs.getInt(column);
            return rs.wasNull() ? null : value;
        }
    }
}
