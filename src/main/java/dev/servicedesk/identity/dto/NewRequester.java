package dev.servicedesk.identity.dto;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record NewRequester(
        @NotBlank @Email @Size(max = 320) String email,
        @Size(min = 1, max = 200) String name,
        @Size(min = 1, max = 200) String department) {}
