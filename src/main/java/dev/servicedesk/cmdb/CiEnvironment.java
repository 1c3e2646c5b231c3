package dev.servicedesk.cmdb;

public enum CiEnvironment {
    PRODUCTION,
    STAGING,
    TEST,
    DEVELOPMENT
}
