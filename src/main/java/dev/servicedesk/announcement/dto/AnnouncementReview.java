package dev.servicedesk.announcement.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record AnnouncementReview(
        @NotNull @NotBlank @Size(max = 10000) String findings) {}
