package dev.servicedesk.email;

import dev.servicedesk.attachment.ReceivedFile;
import java.util.List;

/**
 * An e-mail as the desk reads it: who sent it ({@code fromAddress}, lower-case), the addresses it
 * went to (To, Cc and the delivery headers a gateway adds), the messages it answers (In-Reply-To,
 * then References from the latest back), why it was written by a machine ({@code automatic}, null
 * for a person's), its text as written (quoted history still in) and its files.
 */
record ReceivedMail(
        String messageId,
        String fromAddress,
        String fromName,
        String subject,
        List<String> recipients,
        List<String> answers,
        String automatic,
        String text,
        List<ReceivedFile> files) {}
