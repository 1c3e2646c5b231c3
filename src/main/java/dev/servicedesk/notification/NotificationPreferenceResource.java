package dev.servicedesk.notification;

import dev.servicedesk.common.EntityTag;
import dev.servicedesk.identity.CurrentCaller;
import dev.servicedesk.identity.Roles;
import dev.servicedesk.notification.dto.NotificationPreferences;
import dev.servicedesk.notification.dto.NotificationPreferencesUpdate;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.Cancellable;

/** The caller's own choice of e-mails. */
@Cancellable(false)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
public class NotificationPreferenceResource {
    private final NotificationPreferenceService preferences;
    private final CurrentCaller currentCaller;

    NotificationPreferenceResource(NotificationPreferenceService preferences, CurrentCaller currentCaller) {
        this.preferences = preferences;
        this.currentCaller = currentCaller;
    }

    @GET
    @Path("/me/notification-preferences")
    public Uni<Response> get() {
        return preferences.of(currentCaller.get()).map(NotificationPreferenceResource::shown);
    }

    @PUT
    @Path("/me/notification-preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> replace(
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid NotificationPreferencesUpdate body) {
        return preferences.replace(currentCaller.get(), ifMatch, body).map(NotificationPreferenceResource::shown);
    }

    private static Response shown(NotificationPreference preference) {
        return Response.ok(NotificationPreferences.of(preference.optedOut()))
                .header(HttpHeaders.ETAG, EntityTag.of(preference.version()))
                .build();
    }
}
