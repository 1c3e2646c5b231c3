package dev.servicedesk.routing;

/** What routing does after a rule matches: stop there (first match wins), or go on to the next. */
public enum OnMatch {
    STOP,
    CONTINUE
}
