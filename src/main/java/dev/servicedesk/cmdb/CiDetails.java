package dev.servicedesk.cmdb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.servicedesk.common.TextFold;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.validator.constraints.CodePointLength;

/** What an admin sets on a configuration item, on create and through a merge patch. */
public record CiDetails(
        @NotBlank @CodePointLength(max = 200) String name,
        @CodePointLength(min = 1, max = 100) String assetTag,
        @NotNull CiType type,
        @NotNull CiStatus status,
        CiEnvironment environment,
        @NotNull CiCriticality criticality,
        UUID ownerId,
        @CodePointLength(max = 200) String location,
        @CodePointLength(max = 4000) String description,
        @NotNull ObjectNode attributes) {

    CiDetails stripped() {
        return new CiDetails(
                name.strip(),
                assetTag == null || assetTag.isBlank() ? null : assetTag.strip(),
                type,
                status,
                environment,
                criticality,
                ownerId,
                location,
                description,
                attributes);
    }

    static CiDetails of(ConfigurationItem item) {
        return new CiDetails(
                item.name(),
                item.assetTag(),
                item.type(),
                item.status(),
                item.environment(),
                item.criticality(),
                item.ownerId(),
                item.location(),
                item.description(),
                item.attributes().deepCopy());
    }

    /** What the list's q searches: name, asset tag and every attribute value, folded as search compares text. */
    String searchText() {
        List<String> values = new ArrayList<>();
        values.add(name);
        values.add(Objects.requireNonNullElse(assetTag, ""));
        collectValues(attributes, values);
        return TextFold.of(String.join(" ", values));
    }

    private static void collectValues(JsonNode node, List<String> values) {
        if (node.isContainerNode()) {
            node.forEach(child -> collectValues(child, values)); // an object's values, an array's elements
        } else if (!node.isNull()) {
            values.add(node.asText());
        }
    }
}
