package org.commonplace.imports;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;

/**
 * What the source readers hand to the writer: one unit (a space, a page with its history, a thread with its posts)
 * at a time. Pages and threads name the space they go to by its source key ({@code spaceKey}); null means the
 * import's target space. A {@link SpaceUnit} is always handed over before the pages and threads that name it.
 */
public final class Units {

    private Units() {
    }

    /**
     * A space of its own (a Ning group): made through the space service with the same checks as one made by hand,
     * keyed by {@code key} under the import's target space, so a re-run finds it and makes nothing.
     *
     * @param description plain text (cut to the space limit, with a note, when longer)
     * @param inviteOnly true for a private group; otherwise the space takes the target space's visibility
     * @param members the people listed as its members, with their role
     */
    public record SpaceUnit(String key, String name, String description, boolean inviteOnly, List<MemberUnit> members) {
        public SpaceUnit {
            members = List.copyOf(members);
        }
    }

    /** A member of a {@link SpaceUnit}: a placeholder account (or the account with their address), admin or member. */
    public record MemberUnit(SourceAuthor author, boolean admin) {
    }

    /**
     * A wiki page with its revisions, oldest first.
     *
     * @param key the page's source key (unique within the import's source)
     * @param spaceKey the {@link SpaceUnit#key()} of its space, or null for the import's target space
     */
    public record PageUnit(String key, String spaceKey, String title, List<RevisionUnit> revisions) {
        public PageUnit {
            revisions = List.copyOf(revisions);
        }

        public PageUnit(String key, String title, List<RevisionUnit> revisions) {
            this(key, null, title, revisions);
        }
    }

    /**
     * One revision as it was written.
     *
     * @param originalText the source text when it was converted (wikitext), else null
     * @param files files the revision refers to: stored as attachments of its page and listed under its text
     * @param inline files the text itself refers to (an image or a link in Ning's HTML), each standing in the Markdown
     *               as its {@link InlineFile#token}: stored like {@code files} and linked in place
     */
    public record RevisionUnit(String key, SourceAuthor author, Instant at, String summary, boolean minor, String markdown,
                               String originalText, List<FileUnit> files, List<InlineFile> inline) {
        public RevisionUnit {
            files = List.copyOf(files);
            inline = List.copyOf(inline);
        }

        public RevisionUnit(String key, SourceAuthor author, Instant at, String summary, boolean minor, String markdown, String originalText,
                List<FileUnit> files) {
            this(key, author, at, summary, minor, markdown, originalText, files, List.of());
        }

        public RevisionUnit(String key, SourceAuthor author, Instant at, String summary, boolean minor, String markdown, String originalText) {
            this(key, author, at, summary, minor, markdown, originalText, List.of());
        }
    }

    /**
     * A thread with its posts; the first post opens it.
     *
     * @param spaceKey the {@link SpaceUnit#key()} of its space, or null for the import's target space
     * @param boardSlug the board (made when missing) — e.g. a Ning category
     */
    public record ThreadUnit(String key, String spaceKey, String boardSlug, String boardName, String title, List<PostUnit> posts) {
        public ThreadUnit {
            posts = List.copyOf(posts);
        }

        public ThreadUnit(String key, String boardSlug, String boardName, String title, List<PostUnit> posts) {
            this(key, null, boardSlug, boardName, title, posts);
        }
    }

    /**
     * One post; {@code parentKey} names the post it answers (null: the thread as a whole).
     *
     * @param files files the post refers to: stored on the space's page of imported files and listed under the post
     * @param inline files its text refers to in place (see {@link RevisionUnit#inline()}), stored on the same page
     */
    public record PostUnit(String key, String parentKey, SourceAuthor author, Instant at, String markdown, List<FileUnit> files,
                           List<InlineFile> inline) {
        public PostUnit {
            files = List.copyOf(files);
            inline = List.copyOf(inline);
        }

        public PostUnit(String key, String parentKey, SourceAuthor author, Instant at, String markdown, List<FileUnit> files) {
            this(key, parentKey, author, at, markdown, files, List.of());
        }

        public PostUnit(String key, String parentKey, SourceAuthor author, Instant at, String markdown) {
            this(key, parentKey, author, at, markdown, List.of());
        }
    }

    /** A person listed by the source (a Ning member), made a placeholder account even without posts. */
    public record AccountUnit(SourceAuthor author, Instant joined) {
    }

    /**
     * A file an item refers to by its path in the archive.
     *
     * @param path the normalised path inside the archive (the file's source key), or the reference as written when it is unusable
     * @param name the file's own name (the last part of the path)
     * @param content opens the file; null when it cannot be read ({@code unavailable} says why)
     * @param unavailable why the file is not in the archive ("missing from the archive", "outside the archive"), else null
     */
    public record FileUnit(String path, String name, Content content, String unavailable) {

        public static FileUnit available(String path, String name, Content content) {
            return new FileUnit(path, name, content, null);
        }

        public static FileUnit unavailable(String path, String why) {
            String name = path.substring(path.lastIndexOf('/') + 1);
            return new FileUnit(path, name.isBlank() ? path : name, null, why);
        }
    }

    /**
     * A file referred to from inside an item's text: an image ({@code <img src>}) or a link ({@code <a href>}) with a
     * relative path into the archive. The Markdown holds {@link #token(int)} of its position in the unit's list where
     * the image or link goes; the writer puts the stored file's wiki address there, or a plain note when the file is
     * missing or refused.
     *
     * @param file the file (available, or unavailable with the reason)
     * @param image true for an image, false for a link
     * @param label Markdown: the image's alt text or the link's text (it may itself hold the token of an image)
     */
    public record InlineFile(FileUnit file, boolean image, String label) {

        /** Opens a token; the two private-use characters never survive from source text (see {@link ImportText}). */
        public static final char TOKEN_START = '\uE000';
        /** Closes a token. */
        public static final char TOKEN_END = '\uE001';

        /** What stands in the Markdown for the inline file at {@code index} of its unit's list. */
        public static String token(int index) {
            return TOKEN_START + Integer.toString(index) + TOKEN_END;
        }
    }

    /** Opens a file's bytes (the caller closes the stream); the archive stays open while the unit is written. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }
}
