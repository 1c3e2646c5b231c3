package dev.servicedesk.common;

import java.net.URI;

/**
 * What a create produced: where the new resource lives and its ETag (either may be null for what
 * has no address or version of its own, such as a comment), and the body to answer with.
 */
public record Created(URI location, String etag, Object body) {}
