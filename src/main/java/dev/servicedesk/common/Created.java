package dev.servicedesk.common;

import java.net.URI;

/** What a create produced: where the new resource lives, its ETag, and the body to answer with. */
public record Created(URI location, String etag, Object body) {}
