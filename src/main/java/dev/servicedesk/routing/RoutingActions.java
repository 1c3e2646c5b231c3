package dev.servicedesk.routing;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.servicedesk.ticket.Category;
import dev.servicedesk.ticket.Impact;
import dev.servicedesk.ticket.Urgency;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.hibernate.validator.constraints.CodePointLength;

/** What a matching rule sets on a new ticket; fields left null (tags empty) it leaves alone. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record RoutingActions(
        Category category,
        Impact impact,
        Urgency urgency,
        UUID queueId,
        @Size(max = 20) List<@NotNull @CodePointLength(min = 1, max = 50) @Pattern(regexp = "[^\\s,]+") String> tags) {

    public RoutingActions {
        tags = tags == null ? List.of() : tags.stream().distinct().toList();
    }

    @JsonIgnore
    boolean isEmpty() {
        return category == null && impact == null && urgency == null && queueId == null && tags.isEmpty();
    }
}
