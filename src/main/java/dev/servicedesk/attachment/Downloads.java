package dev.servicedesk.attachment;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * A file handed back so that no browser renders it in the service's origin: always a download,
 * its type never sniffed, and kept by no cache.
 */
final class Downloads {
    private static final String NOT_STORED = "private, no-store";

    private Downloads() {}

    static Response response(AttachmentService.Download download) {
        Attachment attachment = download.attachment();
        String etag = attachment.etag();
        if (download.clientCopyHolds()) {
            return Response.notModified()
                    .header(HttpHeaders.ETAG, etag)
                    .header(HttpHeaders.CACHE_CONTROL, NOT_STORED)
                    .build();
        }
        return Response.ok(download.bytes())
                .type(attachment.contentType())
                .header(HttpHeaders.ETAG, etag)
                .header("Content-Disposition", FileNames.contentDisposition(attachment.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                // Should a page be opened anyway (a preview that follows the content type), it runs nothing.
                .header("Content-Security-Policy", "sandbox")
                .header(HttpHeaders.CACHE_CONTROL, NOT_STORED)
                .build();
    }
}
