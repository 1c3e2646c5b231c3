package dev.servicedesk.webhook;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookSigningException;
import java.util.List;
import java.util.stream.Collectors;

/** Standard Webhooks signatures, made by its own library (whose signer is named as our entity is; hence a file of its own). */
final class WebhookSignatures {
    private WebhookSignatures() {}

    /** One {@code v1,<base64>} signature per secret, space-separated, as the specification allows during a rotation. */
    static String sign(List<String> secrets, String messageId, long timestamp, String payload) {
        return secrets.stream()
                .map(secret -> {
                    try {
                        return new Webhook(secret).sign(messageId, timestamp, payload);
                    } catch (WebhookSigningException e) {
                        throw new IllegalStateException("a stored webhook secret does not sign", e);
                    }
                })
                .collect(Collectors.joining(" "));
    }
}
