package dev.servicedesk.kb;

/** An article just written, and the language written in (what the answer shows). */
record Written(Article article, String language) {}
