package dev.servicedesk.cmdb.dto;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.constraints.NotNull;

/** A type's new attribute schema. */
public record CiTypeSchemaUpdate(@NotNull ObjectNode attributesSchema) {}
