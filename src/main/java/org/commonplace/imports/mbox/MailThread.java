package org.commonplace.imports.mbox;

import java.time.Instant;
import java.util.List;

/**
 * One node of a thread tree built by {@link JwzThreader}.
 *
 * @param messageId the id of this node
 * @param message the message, or null for a placeholder standing for a message that is not in the
 *     archive but is referenced by several replies
 * @param children the replies, sorted by date
 */
public record MailThread(String messageId, MailMessage message, List<MailThread> children) {

    public MailThread {
        children = List.copyOf(children);
    }

    public boolean isPlaceholder() {
        return message == null;
    }

    /** The earliest date in this subtree, used to sort; null when no message has a date. */
    public Instant earliestDate() {
        Instant best = message == null ? null : message.date();
        for (MailThread child : children) {
            Instant d = child.earliestDate();
            if (d != null && (best == null || d.isBefore(best))) {
                best = d;
            }
        }
        return best;
    }

    /** The number of real messages in this subtree. */
    public int messageCount() {
        return (message == null ? 0 : 1) + children.stream().mapToInt(MailThread::messageCount).sum();
    }
}
