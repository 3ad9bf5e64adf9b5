package claimdesk.report;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a {@link Report} in one format. Implementations are stateless and thread-safe; they write UTF-8 where the
 * format is text, escape every piece of user text for their format, and leave {@code out} open (the caller owns it).
 * Call them off the UI thread: the PDF writer takes a second or so.
 */
public interface ReportWriter {

    void write(Report report, OutputStream out) throws IOException;
}
