package claimdesk.model;

import java.util.List;

/** A claim's link to a source, with the source and the files attached to it, as the detail pane shows them. */
public record Evidence(ClaimSource link, Source source, List<Attachment> attachments) {

    public Evidence {
        attachments = List.copyOf(attachments);
    }
}
