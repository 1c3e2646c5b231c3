package dev.servicedesk.announcement.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.CodePointLength;

public record AnnouncementReview(
        @NotNull @NotBlank @CodePointLength(max = 10000) String findings) {}
