package dev.servicedesk.identity.dto;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import org.hibernate.validator.constraints.CodePointLength;

public record NewRequester(
        @NotBlank @Email @CodePointLength(max = 320) String email,
        @CodePointLength(min = 1, max = 200) String name,
        @CodePointLength(min = 1, max = 200) String department) {}
