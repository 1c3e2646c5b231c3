package dev.servicedesk.ticket.dto;

import dev.servicedesk.ticket.Visibility;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record NewComment(@NotBlank @Size(max = 20000) String body, Visibility visibility) {}
