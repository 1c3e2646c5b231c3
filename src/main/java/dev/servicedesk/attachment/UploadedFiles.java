package dev.servicedesk.attachment;

import dev.servicedesk.common.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The one file of an upload, read from where the HTTP layer spooled it, without blocking the event
 * loop. Anything but exactly one file in the part {@code file} is a 400.
 */
@ApplicationScoped
class UploadedFiles {
    static final String PART = "file";

    private final Vertx vertx;

    UploadedFiles(Vertx vertx) {
        this.vertx = vertx;
    }

    Uni<ReceivedFile> single(List<FileUpload> parts) {
        List<FileUpload> files = parts == null ? List.of() : parts;
        if (files.isEmpty()) {
            throw ProblemException.invalid(PART, "is required: one file, in a multipart/form-data part named file");
        }
        if (files.size() > 1 || !PART.equals(files.get(0).name())) {
            throw ProblemException.invalid(PART, "one file per request, in the part named file, and nothing else");
        }
        FileUpload upload = files.get(0);
        if (upload.size() == 0) {
            throw ProblemException.invalid(PART, "is empty");
        }
        return vertx.fileSystem()
                .readFile(upload.uploadedFile().toString())
                .map(Buffer::getBytes)
                .map(bytes -> ReceivedFile.of(upload.fileName(), bytes));
    }
}
