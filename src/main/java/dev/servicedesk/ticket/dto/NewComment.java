package dev.servicedesk.ticket.dto;

import dev.servicedesk.ticket.Visibility;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.CodePointLength;

/** A reply or a note; its visibility is always stated, so that nobody replies to a requester by accident. */
public record NewComment(
        @NotBlank @CodePointLength(max = 20000) String body,
        @NotNull Visibility visibility) {}
