package dev.servicedesk.email.dto;

/** A file of an e-mail that was not kept, and why. */
public record FileLeftOut(String fileName, String reason) {}
