package dev.servicedesk.ticket.dto;

import dev.servicedesk.ticket.Visibility;
import jakarta.validation.constraints.NotBlank;
import org.hibernate.validator.constraints.CodePointLength;

public record NewComment(
        @NotBlank @CodePointLength(max = 20000) String body, Visibility visibility) {}
