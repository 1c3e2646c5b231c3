package dev.servicedesk.announcement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.hibernate.validator.constraints.CodePointLength;

/** Who an announcement is for: {@code departments} only for DEPARTMENTS. */
public record AnnouncementAudience(
        @NotNull AudienceKind kind,
        @Size(max = 20) List<@NotNull @NotBlank @CodePointLength(max = 200) String> departments) {

    public AnnouncementAudience {
        departments = departments == null ? List.of() : List.copyOf(departments);
    }
}
