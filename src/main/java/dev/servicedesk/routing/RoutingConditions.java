package dev.servicedesk.routing;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.servicedesk.cmdb.CiCondition;
import dev.servicedesk.cmdb.CiCriticality;
import dev.servicedesk.cmdb.CiType;
import dev.servicedesk.ticket.Category;
import dev.servicedesk.ticket.Channel;
import dev.servicedesk.ticket.TicketType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.validator.constraints.CodePointLength;

/**
 * What a ticket must be for a rule to match: every condition given holds; within a list, any one
 * value will do. Empty lists and a null {@code requesterVip} are conditions not given.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record RoutingConditions(
        @Size(max = 100) List<@NotBlank @CodePointLength(max = 100) String> keywords,
        @Size(max = 10) Set<@NotNull Category> categories,
        @Size(max = 3) Set<@NotNull TicketType> types,
        @Size(max = 10) Set<@NotNull Channel> channels,
        @Size(max = 100) List<@NotBlank @CodePointLength(max = 200) String> requesterDepartments,
        Boolean requesterVip,
        @Size(max = 100) List<@NotNull UUID> ciIds,
        @Size(max = 20) Set<@NotNull CiType> ciTypes,
        @Size(max = 4) Set<@NotNull CiCriticality> ciCriticalities) {

    public static final RoutingConditions NONE =
            new RoutingConditions(null, null, null, null, null, null, null, null, null);

    public RoutingConditions {
        keywords = keywords == null
                ? List.of()
                : keywords.stream().map(String::strip).toList();
        categories = inOrder(categories);
        types = inOrder(types);
        channels = inOrder(channels);
        requesterDepartments = requesterDepartments == null
                ? List.of()
                : requesterDepartments.stream().map(String::strip).toList();
        ciIds = ciIds == null ? List.of() : ciIds.stream().distinct().toList();
        ciTypes = inOrder(ciTypes);
        ciCriticalities = inOrder(ciCriticalities);
    }

    /** The conditions on the ticket's configuration items, which hold together on one item. */
    public CiCondition ci() {
        return new CiCondition(ciIds, ciTypes, ciCriticalities);
    }

    /** In declaration order, so that a rule always reads back the same way. */
    private static <E extends Enum<E>> Set<E> inOrder(Set<E> values) {
        return values == null ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(values));
    }
}
