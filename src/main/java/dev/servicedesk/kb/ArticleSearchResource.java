package dev.servicedesk.kb;

import dev.servicedesk.common.LanguageTags;
import dev.servicedesk.common.PageRequest;
import dev.servicedesk.common.QueryParameters;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.identity.CurrentCaller;
import dev.servicedesk.identity.Roles;
import dev.servicedesk.ticket.Category;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.Cancellable;

/** Searching the knowledge base: everyone, each within what they may read. */
@Cancellable(false)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
public class ArticleSearchResource {
    private static final int MAX_QUERY = 500;
    private static final int DEFAULT_LIMIT = 10;
    private static final int MAX_LIMIT = 50;
    /** What a search cursor holds: the last hit's score, helpfulness and number. */
    private static final Pattern CURSOR_VALUE =
            Pattern.compile("(true|false) -?\\d+(\\.\\d+)?(E-?\\d+)? -?\\d+(\\.\\d+)?(E-?\\d+)? \\d{1,18}");

    private final ArticleSearch search;
    private final CurrentCaller currentCaller;

    ArticleSearchResource(ArticleSearch search, CurrentCaller currentCaller) {
        this.search = search;
        this.currentCaller = currentCaller;
    }

    @GET
    @Path("/kb/search")
    public Uni<Response> search(
            @HeaderParam("Accept-Language") String acceptLanguage,
            @QueryParam("q") String q,
            @QueryParam("type") List<String> type,
            @QueryParam("category") String category,
            @QueryParam("tag") String tag,
            @QueryParam("language") String language,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        Caller caller = currentCaller.get();
        QueryParameters parameters = new QueryParameters();
        String text = parameters.text("q", q, MAX_QUERY);
        if (q == null || q.isBlank()) {
            parameters.reject("q", "is required");
        }
        Integer size = parameters.integer("limit", limit, 1, MAX_LIMIT);
        SearchQuery asked = new SearchQuery(
                text,
                parameters.enumValues("type", type, ArticleType.class),
                parameters.enumValue("category", category, Category.class),
                parameters.text("tag", tag, 50),
                language == null || language.isEmpty()
                        ? null
                        : parameters.include(() -> LanguageTags.canonical("language", language)),
                !ArticleActionRules.isDesk(caller.roles()),
                LanguageTags.preferences(acceptLanguage),
                null);
        SearchQuery query = asked.onPage(parameters.include(
                () -> PageRequest.parse(Integer.toString(size == null ? DEFAULT_LIMIT : size), cursor, asked.order())));
        KbCursors.require(parameters, query.page(), CURSOR_VALUE);
        parameters.validate();
        return search.search(query)
                .map(page -> Response.ok(page)
                        .header(HttpHeaders.VARY, "Accept-Language")
                        .build());
    }
}
