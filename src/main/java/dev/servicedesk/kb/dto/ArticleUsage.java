package dev.servicedesk.kb.dto;

/** How much an article is read, how its readers voted, and how many tickets it solved. */
public record ArticleUsage(long views, long helpful, long notHelpful, long tickets) {}
