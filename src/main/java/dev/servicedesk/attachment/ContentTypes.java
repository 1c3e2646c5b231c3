package dev.servicedesk.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.tika.Tika;

/**
 * A file's media type from its bytes (magic numbers), the name only telling apart what the bytes
 * cannot (plain text as CSV or a log); what a client states is never asked.
 */
@ApplicationScoped
public class ContentTypes {
    private final Tika tika = new Tika();

    public String detect(ReceivedFile file) {
        return tika.detect(file.bytes(), file.name());
    }
}
