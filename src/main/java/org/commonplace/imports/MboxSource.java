package org.commonplace.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonplace.imports.Units.PostUnit;
import org.commonplace.imports.Units.ThreadUnit;
import org.commonplace.imports.mbox.JwzThreader;
import org.commonplace.imports.mbox.MailBodyParts;
import org.commonplace.imports.mbox.MailMessage;
import org.commonplace.imports.mbox.MailParser;
import org.commonplace.imports.mbox.MailThread;
import org.commonplace.imports.mbox.MboxSplitter;

/**
 * A mailing-list archive (mboxo, mboxrd, Google Groups, Mailman): messages threaded by the JWZ algorithm (with
 * subjects as a fallback) become threads with reply trees on one board. Quoted text is kept in a block quote
 * after the author's own words (folded in the thread view); signatures are dropped; attachments are listed. A single
 * saved message (no From_ line) is a mailbox of one.
 */
public final class MboxSource implements ImportSource {

    /** Marks the start of the quoted part in a post, so the thread view can fold it. */
    public static final String QUOTED_MARKER = "*Quoted text:*";

    private final Path file;
    private final String boardSlug;
    private final String boardName;

    public MboxSource(Path file, String boardSlug, String boardName) {
        this.file = file;
        this.boardSlug = boardSlug;
        this.boardName = boardName;
    }

    @Override
    public void read(Sink sink) {
        List<MailMessage> messages = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            new MboxSplitter().split(in, entry -> {
                try {
                    messages.add(MailParser.parse(entry.raw()));
                } catch (RuntimeException e) {
                    sink.problem("Message " + (entry.index() + 1) + (entry.fromLine().isEmpty() ? "" : " (" + entry.fromLine() + ")")
                            + " skipped: " + e.getMessage());
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<MailThread> threads = new JwzThreader(true).thread(messages);
        sink.total(threads.size());
        for (MailThread root : threads) {
            List<PostUnit> posts = new ArrayList<>();
            try {
                flatten(root, null, posts);
            } catch (RuntimeException e) {
                sink.problem("Thread " + root.messageId() + " skipped: " + e);
                continue;
            }
            if (posts.isEmpty()) {
                continue;
            }
            MailMessage first = firstMessage(root);
            sink.thread(new ThreadUnit("mbox:thread:" + first.messageId(), boardSlug, boardName, first.subject(), posts));
        }
    }

    private static MailMessage firstMessage(MailThread node) {
        if (node.message() != null) {
            return node.message();
        }
        for (MailThread child : node.children()) {
            MailMessage m = firstMessage(child);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    private static void flatten(MailThread node, String parentKey, List<PostUnit> out) {
        String key = parentKey;
        if (node.message() != null) {
            MailMessage m = node.message();
            key = "mbox:msg:" + m.messageId();
            // The opening post answers nobody; replies to a missing message answer the thread as a whole.
            out.add(new PostUnit(key, out.isEmpty() ? null : parentKey, author(m), m.date() == null ? Instant.EPOCH : m.date(), markdown(m)));
        }
        for (MailThread child : node.children()) {
            flatten(child, key, out);
        }
    }

    static SourceAuthor author(MailMessage m) {
        String address = m.fromAddress();
        String name = m.fromName();
        if (address == null || address.isBlank()) {
            return name == null || name.isBlank() ? SourceAuthor.unknown() : new SourceAuthor(name, name, null, false);
        }
        String local = address.contains("@") ? address.substring(0, address.indexOf('@')) : address;
        return new SourceAuthor(local, name == null || name.isBlank() ? local : name, address.toLowerCase(Locale.ROOT), false);
    }

    static String markdown(MailMessage m) {
        MailBodyParts parts = MailBodyParts.split(m.textBody());
        StringBuilder md = new StringBuilder(ImportText.plain(parts.body()));
        String quoted = ImportText.quoted(parts.quoted());
        if (!quoted.isEmpty()) {
            md.append("\n\n").append(QUOTED_MARKER).append("\n\n").append(quoted);
        }
        if (!m.attachments().isEmpty()) {
            md.append("\n\n*Attachments not imported:*\n");
            for (MailMessage.Attachment a : m.attachments()) {
                md.append("\n- ").append(ImportText.plain(a.filename() == null ? "(unnamed)" : a.filename()))
                        .append(" (").append(ImportText.plain(a.mimeType())).append(", ").append(a.size()).append(" bytes)");
            }
        }
        return md.toString().strip();
    }
}
