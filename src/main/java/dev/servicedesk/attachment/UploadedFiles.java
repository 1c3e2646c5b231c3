package dev.servicedesk.attachment;

import dev.servicedesk.common.ByteSizes;
import dev.servicedesk.common.ProblemException;
import dev.servicedesk.common.ProblemType;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Files;
import java.util.List;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The one file of an upload, read from where the HTTP layer spooled it and hashed on a worker
 * thread, never on the event loop. Anything but exactly one file in the part {@code file} is a 400,
 * a file over the limit a 413 before it is read.
 */
@ApplicationScoped
class UploadedFiles {
    static final String PART = "file";

    private final Vertx vertx;
    private final AttachmentLimits limits;

    UploadedFiles(Vertx vertx, AttachmentLimits limits) {
        this.vertx = vertx;
        this.limits = limits;
    }

    Uni<ReceivedFile> single(List<FileUpload> parts) {
        List<FileUpload> files = parts == null ? List.of() : parts;
        if (files.isEmpty()) {
            throw ProblemException.invalid(PART, "is required: one file, in a multipart/form-data part named file");
        }
        if (files.size() > 1 || !PART.equals(files.get(0).name())) {
            throw ProblemException.invalid(PART, "one file per request, in the part named file");
        }
        FileUpload upload = files.get(0);
        if (upload.size() == 0) {
            throw ProblemException.invalid(PART, "is empty");
        }
        long maxFile = limits.maxFileSize().asLongValue();
        if (upload.size() > maxFile) {
            throw tooLarge(upload.size(), maxFile);
        }
        return vertx.executeBlocking(
                () -> ReceivedFile.of(upload.fileName(), Files.readAllBytes(upload.uploadedFile())));
    }

    static ProblemException tooLarge(long size, long maxFile) {
        return new ProblemException(
                ProblemType.PAYLOAD_TOO_LARGE,
                "The file is " + ByteSizes.readable(size) + "; one file may be at most " + ByteSizes.readable(maxFile)
                        + ".");
    }
}
