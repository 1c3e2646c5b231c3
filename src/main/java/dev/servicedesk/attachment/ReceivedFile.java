package dev.servicedesk.attachment;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A file as a client or a mail handed it over: its name made safe, its bytes and their SHA-256. */
public record ReceivedFile(String name, byte[] bytes, String sha256) {
    public static ReceivedFile of(String offeredName, byte[] bytes) {
        return new ReceivedFile(FileNames.safe(offeredName), bytes, sha256(bytes));
    }

    public long size() {
        return bytes.length;
    }

    /** What identifies the request that brought it, for an Idempotency-Key: never the bytes themselves. */
    record Fingerprint(String name, long size, String sha256) {}

    Fingerprint fingerprint() {
        return new Fingerprint(name, size(), sha256);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
