package dev.servicedesk.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import dev.servicedesk.calendar.dto.CalendarDue;
import dev.servicedesk.calendar.dto.CalendarView;
import dev.servicedesk.calendar.dto.NewCalendar;
import dev.servicedesk.common.Created;
import dev.servicedesk.common.EntityTag;
import dev.servicedesk.common.IdempotentCreates;
import dev.servicedesk.common.Ids;
import dev.servicedesk.common.NotFoundProblem;
import dev.servicedesk.common.Page;
import dev.servicedesk.common.PageRequest;
import dev.servicedesk.common.QueryParameters;
import dev.servicedesk.common.RecordPatches;
import dev.servicedesk.identity.CurrentCaller;
import dev.servicedesk.identity.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.Cancellable;

/** Business calendars: the admin manages them; the desk reads them and checks their arithmetic. */
@Cancellable(false)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
public class CalendarResource {
    private static final String CREATE = "POST /api/v1/calendars";
    /** Ten years of minutes: more than any SLA target. */
    private static final int MAX_MINUTES = 5_256_000;

    private final CalendarService calendars;
    private final RecordPatches patches;
    private final IdempotentCreates idempotentCreates;
    private final CurrentCaller currentCaller;

    CalendarResource(
            CalendarService calendars,
            RecordPatches patches,
            IdempotentCreates idempotentCreates,
            CurrentCaller currentCaller) {
        this.calendars = calendars;
        this.patches = patches;
        this.idempotentCreates = idempotentCreates;
        this.currentCaller = currentCaller;
    }

    @POST
    @Path("/calendars")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> create(
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey, @NotNull @Valid NewCalendar body) {
        return idempotentCreates.create(
                idempotencyKey,
                currentCaller.get().subject(),
                CREATE,
                body,
                () -> calendars
                        .create(body)
                        .map(calendar -> new Created(
                                URI.create("/api/v1/calendars/" + calendar.id()),
                                EntityTag.of(calendar.version()),
                                CalendarView.of(calendar))));
    }

    @GET
    @Path("/calendars")
    public Uni<Page<CalendarView>> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        QueryParameters parameters = new QueryParameters();
        PageRequest page = parameters.include(() -> PageRequest.parse(limit, cursor, CalendarService.ORDER));
        parameters.validate();
        return calendars.page(page);
    }

    @GET
    @Path("/calendars/{calendarId}")
    public Uni<Response> get(@PathParam("calendarId") String calendarId) {
        return calendars.find(id(calendarId)).map(CalendarResource::withETag);
    }

    @PATCH
    @Path("/calendars/{calendarId}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes("application/merge-patch+json")
    public Uni<Response> update(
            @PathParam("calendarId") String calendarId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull JsonNode body) {
        return calendars
                .update(id(calendarId), ifMatch, before -> patches.revise(before, body, CalendarDetails.class))
                .map(CalendarResource::withETag);
    }

    @DELETE
    @Path("/calendars/{calendarId}")
    @RolesAllowed(Roles.ADMIN)
    public Uni<Response> delete(
            @PathParam("calendarId") String calendarId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return calendars
                .delete(id(calendarId), ifMatch)
                .map(deleted -> Response.noContent().build());
    }

    @GET
    @Path("/calendars/{calendarId}/due")
    public Uni<CalendarDue> due(
            @PathParam("calendarId") String calendarId,
            @QueryParam("from") String from,
            @QueryParam("minutes") String minutes) {
        QueryParameters parameters = new QueryParameters();
        Instant start = parameters.instant("from", from);
        Integer amount = parameters.integer("minutes", minutes, 0, MAX_MINUTES);
        if (from == null || from.isEmpty()) {
            parameters.reject("from", "is required");
        }
        if (minutes == null || minutes.isEmpty()) {
            parameters.reject("minutes", "is required");
        }
        parameters.validate();
        return calendars
                .find(id(calendarId))
                .map(calendar ->
                        CalendarDue.of(start, amount, calendar.workingTime().add(start, Duration.ofMinutes(amount))));
    }

    private static UUID id(String raw) {
        return Ids.parse(raw).orElseThrow(() -> new NotFoundProblem("calendar", raw));
    }

    private static Response withETag(BusinessCalendar calendar) {
        return Response.ok(CalendarView.of(calendar))
                .header(HttpHeaders.ETAG, EntityTag.of(calendar.version()))
                .build();
    }
}
