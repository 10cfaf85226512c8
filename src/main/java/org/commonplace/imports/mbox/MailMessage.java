package org.commonplace.imports.mbox;

import java.time.Instant;
import java.util.List;

/**
 * A parsed list message: the headers threading and display need, and its decoded bodies.
 *
 * @param messageId the Message-ID without angle brackets; synthesised from a hash of the raw bytes
 *     when missing (then {@code messageIdSynthesised} is true)
 * @param inReplyTo the first id in In-Reply-To, or null (prose there is ignored)
 * @param references the ids in References, oldest first
 * @param date the Date header, or null when missing or unreadable
 * @param fromName the display name, or null
 * @param fromAddress the address, with pipermail's " at " turned back into "@", or null
 * @param subject the decoded subject, "" when missing
 * @param textBody the plain text (preferred alternative, format=flowed undone), "" when none
 * @param htmlBody the HTML alternative when there is one, else null
 * @param attachments the non-inline parts
 */
public record MailMessage(String messageId, boolean messageIdSynthesised, String inReplyTo, List<String> references,
                          Instant date, String fromName, String fromAddress, String subject, String textBody,
                          String htmlBody, List<Attachment> attachments) {

    public MailMessage {
        references = List.copyOf(references);
        attachments = List.copyOf(attachments);
    }

    /**
     * A part that is not shown inline.
     *
     * @param filename the decoded file name, or null
     * @param mimeType e.g. "application/pdf"
     * @param size the decoded size in bytes
     */
    public record Attachment(String filename, String mimeType, long size) {
    }
}
