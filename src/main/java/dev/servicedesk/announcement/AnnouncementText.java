package dev.servicedesk.announcement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.CodePointLength;

/**
 * An announcement's text in one language: what readers see, and (desk only) the answer to give
 * callers.
 */
public record AnnouncementText(
        @NotNull @NotBlank @CodePointLength(max = 200) String title,
        @NotNull @NotBlank @CodePointLength(max = 10000) String body,
        @CodePointLength(max = 4000) String cause,
        @CodePointLength(max = 4000) String expectedImpact,
        @CodePointLength(max = 4000) String workaround,
        @CodePointLength(max = 4000) String callerAnswer) {

    /** The text as a requester reads it: the desk's answer for callers left out. */
    public AnnouncementText forRequesters() {
        return new AnnouncementText(title, body, cause, expectedImpact, workaround, null);
    }
}
