package dev.servicedesk.email;

import dev.servicedesk.attachment.ReceivedFile;
import dev.servicedesk.email.dto.FileLeftOut;
import java.util.List;

/**
 * An e-mail as the desk reads it: its Message-ID (else its {@code fingerprint}, the SHA-256 of its
 * bytes), who sent it ({@code fromAddress}, lower-case), the addresses it went to (To, Cc and the
 * delivery headers a gateway adds), the messages it answers (In-Reply-To, then References from the
 * latest back), why it was written by a machine ({@code automatic}, null for a person's), its text
 * as written and as a reply ({@code reply}: without quoted history and signature), its files and
 * those it could not keep.
 */
record ReceivedMail(
        String messageId,
        String fingerprint,
        String fromAddress,
        String fromName,
        String subject,
        List<String> recipients,
        List<String> answers,
        String automatic,
        String text,
        String reply,
        List<ReceivedFile> files,
        List<FileLeftOut> leftOut) {

    /** The same message known by its bytes rather than its Message-ID (which another sender's message took first). */
    ReceivedMail keyedByItsBytes() {
        return new ReceivedMail(
                fingerprint,
                fingerprint,
                fromAddress,
                fromName,
                subject,
                recipients,
                answers,
                automatic,
                text,
                reply,
                files,
                leftOut);
    }

    boolean isKeyedByItsBytes() {
        return messageId.equals(fingerprint);
    }
}
