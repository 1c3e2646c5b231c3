package dev.servicedesk.common;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test-only endpoints (outside /api/v1, so outside the contract) that exercise the shared
 * conventions through real HTTP before a feature uses them.
 */
@Path("/test-probe")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class ProbeResource {
    static final AtomicInteger creates = new AtomicInteger();
    static volatile CompletableFuture<Void> started = new CompletableFuture<>();
    static volatile CompletableFuture<Void> gate = CompletableFuture.completedFuture(null);

    public enum Kind {
        ALPHA,
        BETA
    }

    public record Item(@NotBlank String label) {}

    public record Echo(
            @NotBlank @Size(max = 10) String subject,
            Kind kind,
            UUID ref,
            @Min(0) Integer count,
            Instant at,
            List<@Valid Item> items,
            @NotNull @Valid Item nested) {}

    public record Thing(UUID id, String subject) {}

    private final IdempotentCreates idempotentCreates;

    ProbeResource(IdempotentCreates idempotentCreates) {
        this.idempotentCreates = idempotentCreates;
    }

    @POST
    @Path("/echo")
    @Consumes(MediaType.APPLICATION_JSON)
    public Echo echo(@NotNull @Valid Echo body) {
        return body;
    }

    @GET
    @Path("/boom")
    public String boom() {
        throw new IllegalStateException("ERROR: relation \"secret_table\" does not exist");
    }

    @GET
    @Path("/page")
    public Page<String> page(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        PageRequest request = PageRequest.parse(limit, cursor, "name");
        List<String> rows = List.of("a", "b", "c", "d", "e");
        int start = request.after()
                .map(after -> rows.indexOf(after.lastValue()) + 1)
                .orElse(0);
        List<String> fetched = rows.subList(start, Math.min(rows.size(), start + request.fetchSize()));
        return Page.of(fetched, request, row -> new PageCursor("name", row, new UUID(0, row.charAt(0))), row -> row);
    }

    @PUT
    @Path("/versioned")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response versioned(@HeaderParam("If-Match") String ifMatch, Item body) {
        EntityTag.requireMatch(ifMatch, 3);
        return Response.noContent().header("ETag", EntityTag.of(4)).build();
    }

    /** Waits for the test to open the gate, then resumes on the request's Vert.x context. */
    private static Uni<Void> awaitGateOnThisContext() {
        Context context = Vertx.currentContext();
        return Uni.createFrom()
                .emitter(emitter ->
                        gate.whenComplete((ignored, failure) -> context.runOnContext(x -> emitter.complete(null))));
    }

    @POST
    @Path("/things")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> create(
            @HeaderParam(IdempotentCreates.HEADER) String key,
            @HeaderParam("X-Caller") String caller,
            @NotNull @Valid Item body) {
        return idempotentCreates.create(
                key,
                caller,
                "POST /test-probe/things",
                body,
                () -> Uni.createFrom()
                        .voidItem()
                        .invoke(() -> started.complete(null))
                        .chain(ProbeResource::awaitGateOnThisContext)
                        .map(ignored -> {
                            creates.incrementAndGet();
                            Thing thing = new Thing(Ids.newId(), body.label());
                            return new Created(URI.create("/test-probe/things/" + thing.id()), EntityTag.of(0), thing);
                        }));
    }
}
