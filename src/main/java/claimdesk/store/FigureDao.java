package claimdesk.store;

import java.util.List;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Figure rows; context spans are stored as offsets and their text is cut from the article when read. */
interface FigureDao {

    @SqlBatch("""
            INSERT INTO figure (article_id, span_start, span_end, span_text, kind, low, high, low_text, high_text,
                                low_inclusive,
                                high_inclusive, approx, qualifier, unit, currency, per, subject_start, subject_end,
                                event_start, event_end, place_start, place_end, period_start, period_end,
                                source_start, source_end, period_from, period_to, change_from)
            VALUES (:r.articleId, :r.start, :r.end, :r.text, :r.kind, :r.low, :r.high, :r.lowText, :r.highText,
                    :r.lowInclusive,
                    :r.highInclusive, :r.approx, :r.qualifier, :r.unit, :r.currency, :r.per, :r.subjectStart,
                    :r.subjectEnd, :r.eventStart, :r.eventEnd, :r.placeStart, :r.placeEnd, :r.periodStart,
                    :r.periodEnd, :r.sourceStart, :r.sourceEnd, :r.periodFrom, :r.periodTo, :r.changeFrom)""")
    void insert(@BindMethods("r") List<FigureRow> rows);

    @SqlUpdate("DELETE FROM figure WHERE article_id = :articleId")
    void deleteOf(long articleId);

    @SqlQuery("SELECT * FROM figure WHERE article_id = :articleId ORDER BY span_start, span_end")
    List<FigureRow> of(long articleId);

    @SqlUpdate("UPDATE article SET figures_version = :version WHERE id = :articleId")
    void markExtracted(long articleId, int version);

    @SqlQuery("SELECT id FROM article WHERE figures_version IS NULL OR figures_version <> :version ORDER BY id")
    List<Long> articlesNotAt(int version);
}
