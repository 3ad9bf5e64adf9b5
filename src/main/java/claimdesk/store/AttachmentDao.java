package claimdesk.store;

import claimdesk.model.Attachment;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Attachment rows (one per distinct file content) and which sources they are attached to. */
interface AttachmentDao {

    @SqlUpdate("""
            INSERT INTO attachment (sha256, size_bytes, media_type, original_name, extracted_text, stored_at)
            VALUES (:sha256, :size, :mediaType, :originalName, :text, :now)""")
    @GetGeneratedKeys("id")
    long insert(@Bind("sha256") String sha256, @Bind("size") long size, @Bind("mediaType") String mediaType,
                @Bind("originalName") String originalName, @Bind("text") String text, @Bind("now") Instant now);

    @SqlQuery("SELECT * FROM attachment WHERE sha256 = :sha256")
    Optional<Attachment> findByHash(String sha256);

    @SqlQuery("SELECT * FROM attachment WHERE id = :id")
    Optional<Attachment> find(long id);

    @SqlQuery("""
            SELECT a.* FROM attachment a JOIN source_attachment sa ON sa.attachment_id = a.id
            WHERE sa.source_id = :sourceId ORDER BY a.original_name, a.id""")
    List<Attachment> ofSource(long sourceId);

    @SqlQuery("SELECT COUNT(*) FROM source_attachment WHERE source_id = :sourceId AND attachment_id = :attachmentId")
    int linkCount(@Bind("sourceId") long sourceId, @Bind("attachmentId") long attachmentId);

    @SqlUpdate("INSERT INTO source_attachment (source_id, attachment_id) VALUES (:sourceId, :attachmentId)")
    void link(@Bind("sourceId") long sourceId, @Bind("attachmentId") long attachmentId);

    @SqlUpdate("DELETE FROM source_attachment WHERE source_id = :sourceId AND attachment_id = :attachmentId")
    int unlink(@Bind("sourceId") long sourceId, @Bind("attachmentId") long attachmentId);

    @SqlUpdate("DELETE FROM source_attachment WHERE source_id = :sourceId")
    int unlinkAll(@Bind("sourceId") long sourceId);

    /** Attachments no source refers to any more; their rows and files can go. */
    @SqlQuery("""
            SELECT a.* FROM attachment a
            WHERE NOT EXISTS (SELECT 1 FROM source_attachment sa WHERE sa.attachment_id = a.id)""")
    List<Attachment> unreferenced();

    @SqlQuery("SELECT sha256 FROM attachment")
    java.util.Set<String> hashes();

    @SqlUpdate("DELETE FROM attachment WHERE id = :id")
    int delete(long id);
}
