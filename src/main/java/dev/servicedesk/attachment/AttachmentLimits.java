package dev.servicedesk.attachment;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How large files may be. An upload's body may be a little larger than one file (its multipart
 * envelope): keep {@code quarkus.http.limits.max-body-size} at least 1 MB above {@link #maxFileSize}.
 */
@ConfigMapping(prefix = "servicedesk.attachments")
public interface AttachmentLimits {
    /** One file. */
    @WithDefault("10M")
    MemorySize maxFileSize();

    /** All the files of one ticket and its comments together. */
    @WithDefault("50M")
    MemorySize maxTicketSize();
}
