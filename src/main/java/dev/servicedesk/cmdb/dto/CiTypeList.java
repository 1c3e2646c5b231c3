package dev.servicedesk.cmdb.dto;

import java.util.List;

public record CiTypeList(List<CiTypeSchemaView> items) {}
