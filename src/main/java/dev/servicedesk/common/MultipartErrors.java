package dev.servicedesk.common;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.core.multipart.MultipartParser;

/**
 * A multipart body the framework's parser could not read is the client's: malformed, cut short
 * before its closing boundary, or with a part's base64 that is not base64. The parser reports some
 * of these as I/O failures or bare argument errors, so they are told apart by where they were
 * thrown, never by their type alone (an I/O failure elsewhere stays a 500).
 */
public class MultipartErrors {
    private static final String PARSER = MultipartParser.class.getPackageName();

    @ServerExceptionMapper
    public Response malformed(MultipartParser.MalformedMessageException e, HttpServerRequest request) {
        return unreadable(request);
    }

    static boolean thrownByTheParser(Throwable e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith(PARSER)) {
                return true;
            }
        }
        return false;
    }

    static Response unreadable(HttpServerRequest request) {
        return ProblemMappers.respond(
                ProblemType.MALFORMED_BODY,
                "The request body could not be read: a multipart body must be whole, with its parts and closing"
                        + " boundary as RFC 7578 has them.",
                List.of(),
                request);
    }
}
