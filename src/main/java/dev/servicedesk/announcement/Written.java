package dev.servicedesk.announcement;

/** An announcement as a write left it, who wrote, and the language to show it in. */
record Written(Viewer viewer, Announcement announcement, String language) {}
