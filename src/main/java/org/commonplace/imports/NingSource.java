package org.commonplace.imports;

import java.io.FileNotFoundException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonplace.imports.Units.AccountUnit;
import org.commonplace.imports.Units.FileUnit;
import org.commonplace.imports.Units.InlineFile;
import org.commonplace.imports.Units.MemberUnit;
import org.commonplace.imports.Units.PageUnit;
import org.commonplace.imports.Units.PostUnit;
import org.commonplace.imports.Units.RevisionUnit;
import org.commonplace.imports.Units.SpaceUnit;
import org.commonplace.imports.Units.ThreadUnit;
import org.commonplace.imports.ning.NingArchive;
import org.commonplace.imports.ning.NingArchiveReader;
import org.commonplace.imports.ning.NingBlogPost;
import org.commonplace.imports.ning.NingComment;
import org.commonplace.imports.ning.NingDiscussion;
import org.commonplace.imports.ning.NingGroup;
import org.commonplace.imports.ning.NingMember;
import org.commonplace.imports.ning.NingPage;
import org.commonplace.imports.ning.NingText;
import org.commonplace.markup.Slugs;

/**
 * A Ning Network Archiver export (folder or zip). Members become placeholder accounts; each group becomes a space
 * of its own (invite-only when the group is private) with the group's members; discussions with their comments
 * become threads on boards named after their categories ("Discussions" without one), in their group's space when
 * they belong to a group; blog posts become threads on the board "Blog" (drafts are left out and reported); notes
 * and pages become wiki pages. Ning's HTML is converted to Markdown. Attachments found in the archive are handed
 * over as files (stored by the writer as wiki attachments); missing ones are listed as missing. Images and links in
 * the HTML with a relative path into the archive are handed over the same way, as inline files, so they end up
 * pointing at the stored file.
 */
public final class NingSource implements ImportSource {

    /** Group member statuses that are not (or no longer) membership: they are left out of the group's space. */
    private static final Set<String> NOT_MEMBERS = Set.of("banned", "blocked", "invited", "pending", "requested", "left", "declined",
            "removed", "rejected");
    private static final Set<String> GROUP_ADMINS = Set.of("admin", "administrator", "owner");

    private final Path path;

    public NingSource(Path path) {
        this.path = path;
    }

    @Override
    public void read(Sink sink) {
        try (NingArchive archive = Files.isDirectory(path) ? NingArchive.ofFolder(path) : NingArchive.ofZip(path)) {
            NingArchiveReader reader = new NingArchiveReader(archive).skipBadRecords(sink::problem);
            if (!reader.looksLikeNingArchive() && reader.sourceFile("discussions").isEmpty()) {
                throw new IllegalArgumentException("This is not a Ning archive: it has no ning-members.json or ning-discussions.json.");
            }
            List<NingMember> members = reader.members();
            List<NingGroup> groups = reader.groups();
            List<NingDiscussion> discussions = reader.discussions();
            List<NingBlogPost> blogs = reader.blogPosts();
            List<NingPage> pages = new ArrayList<>(reader.pages());
            pages.addAll(reader.notes());
            sink.total(members.size() + groups.size() + discussions.size() + blogs.size() + pages.size());

            Map<String, SourceAuthor> authors = new HashMap<>();
            for (NingMember m : members) {
                SourceAuthor a = new SourceAuthor(m.fullName() == null || m.fullName().isBlank() ? m.contributorName() : m.fullName(),
                        m.fullName(), m.email(), false);
                authors.put(m.contributorName(), a);
                sink.account(new AccountUnit(a, m.createdDate()));
            }
            Map<String, String> groupSpaces = new HashMap<>();
            for (NingGroup g : groups) {
                try {
                    group(sink, authors, g).ifPresent(key -> groupSpaces.put(g.id(), key));
                } catch (RuntimeException e) {
                    sink.problem("Group " + g.id() + " skipped: " + e);
                }
            }
            for (NingDiscussion d : discussions) {
                try {
                    discussion(reader, sink, authors, groupSpaces, d);
                } catch (RuntimeException e) {
                    sink.problem("Discussion " + d.id() + " skipped: " + e);
                }
            }
            for (NingBlogPost b : blogs) {
                try {
                    blog(reader, sink, authors, b);
                } catch (RuntimeException e) {
                    sink.problem("Blog post " + b.id() + " skipped: " + e);
                }
            }
            for (NingPage p : pages) {
                try {
                    page(reader, sink, authors, p);
                } catch (RuntimeException e) {
                    sink.problem("Page " + p.id() + " skipped: " + e);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The group's space, keyed by the group's id; empty (reported) for a group without an id. */
    private static Optional<String> group(Sink sink, Map<String, SourceAuthor> authors, NingGroup g) {
        if (g.id() == null || g.id().isBlank()) {
            sink.problem("A group without an id skipped (" + (g.title() == null ? "no title" : g.title()) + ")");
            return Optional.empty();
        }
        String key = "ning:group:" + g.id();
        String name = g.title() == null || g.title().isBlank() ? "Group " + g.id() : g.title();
        List<MemberUnit> members = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (NingGroup.Member m : g.members()) {
            if (m.contributorName() == null || m.contributorName().isBlank() || !seen.add(m.contributorName())) {
                continue;
            }
            String status = m.status() == null ? "member" : m.status().strip().toLowerCase(Locale.ROOT);
            if (NOT_MEMBERS.contains(status)) {
                continue;
            }
            SourceAuthor person = authors.getOrDefault(m.contributorName(), new SourceAuthor(m.contributorName(), m.fullName(), null, false));
            members.add(new MemberUnit(person, GROUP_ADMINS.contains(status)));
        }
        sink.space(new SpaceUnit(key, name, plainText(g.descriptionHtml()), g.isPrivate(), members));
        return Optional.of(key);
    }

    /**
     * A group description as plain text for the space's description (which has at most 1,000 characters): the first
     * 4,000 characters of the HTML with scripts, styles and tags dropped, entities resolved and white space folded.
     */
    static String plainText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        String head = html.length() > 4000 ? html.substring(0, 4000) : html;
        String text = head.replaceAll("(?is)<(script|style)\\b.*?(</\\1\\s*>|$)", " ").replaceAll("<[^>]*>?", " ");
        return NingText.unescapeHtml(text).replaceAll("\\s+", " ").strip();
    }

    private static void discussion(NingArchiveReader reader, Sink sink, Map<String, SourceAuthor> authors, Map<String, String> groupSpaces,
            NingDiscussion d) {
        if (d.isEmpty()) {
            sink.problem("Discussion " + d.id() + " skipped: it has no title or no text");
            return;
        }
        String spaceKey = d.groupId() == null ? null : groupSpaces.get(d.groupId());
        String boardName = d.category() != null ? d.category() : "Discussions";
        List<PostUnit> posts = new ArrayList<>();
        InlineFiles inline = new InlineFiles(reader);
        posts.add(new PostUnit("ning:discussion:" + d.id() + ":post", null, author(authors, d.contributorName()), at(d.createdDate()),
                ImportText.html(d.descriptionHtml(), inline), files(reader, d.attachments()), inline.files()));
        addComments(reader, authors, "ning:discussion:" + d.id(), d.comments(), posts);
        sink.thread(new ThreadUnit("ning:discussion:" + d.id(), spaceKey, boardSlug(boardName), boardName, d.title(), posts));
    }

    private static void blog(NingArchiveReader reader, Sink sink, Map<String, SourceAuthor> authors, NingBlogPost b) {
        if (b.publishStatus() != null && !"publish".equalsIgnoreCase(b.publishStatus())) {
            sink.problem("Blog post " + b.id() + " skipped: it is a " + b.publishStatus() + ", not published");
            return;
        }
        String title = b.title() == null || b.title().isBlank() ? "Untitled" : b.title();
        Instant when = b.publishTime() != null ? b.publishTime() : b.createdDate();
        List<PostUnit> posts = new ArrayList<>();
        InlineFiles inline = new InlineFiles(reader);
        posts.add(new PostUnit("ning:blog:" + b.id() + ":post", null, author(authors, b.contributorName()), at(when),
                ImportText.html(b.descriptionHtml(), inline), files(reader, b.attachments()), inline.files()));
        addComments(reader, authors, "ning:blog:" + b.id(), b.comments(), posts);
        sink.thread(new ThreadUnit("ning:blog:" + b.id(), "blog", "Blog", title, posts));
    }

    private static void page(NingArchiveReader reader, Sink sink, Map<String, SourceAuthor> authors, NingPage p) {
        String kind = p.kind() == NingPage.Kind.NOTE ? "note" : "page";
        String key = "ning:" + kind + ":" + p.id();
        String title = p.title() == null || p.title().isBlank() ? "Untitled " + kind + " " + p.id() : p.title();
        InlineFiles inline = new InlineFiles(reader);
        RevisionUnit rev = new RevisionUnit(key + ":r1", author(authors, p.contributorName()), at(p.createdDate()),
                "Imported from Ning", false, ImportText.html(p.descriptionHtml(), inline), p.descriptionHtml(), files(reader, p.attachments()),
                inline.files());
        sink.page(new PageUnit(key, title, List.of(rev)));
    }

    private static void addComments(NingArchiveReader reader, Map<String, SourceAuthor> authors, String parentKey, List<NingComment> comments,
            List<PostUnit> posts) {
        int i = 0;
        for (NingComment c : comments) {
            i++;
            String key = parentKey + ":comment:" + (c.id() == null ? "n" + i : c.id());
            InlineFiles inline = new InlineFiles(reader);
            posts.add(new PostUnit(key, null, author(authors, c.contributorName()), at(c.createdDate()),
                    ImportText.html(c.descriptionHtml(), inline), files(reader, c.attachments()), inline.files()));
        }
    }

    private static SourceAuthor author(Map<String, SourceAuthor> authors, String contributorName) {
        if (contributorName == null || contributorName.isBlank()) {
            return SourceAuthor.unknown();
        }
        return authors.getOrDefault(contributorName, new SourceAuthor(contributorName, contributorName, null, false));
    }

    private static Instant at(Instant when) {
        return when == null ? Instant.EPOCH : when;
    }

    /**
     * The files an item refers to: those in the archive with a way to open them, the others (missing, a web
     * address, a path that would leave the archive) with the reason they are not there. Each path once.
     */
    static List<FileUnit> files(NingArchiveReader reader, List<String> references) {
        List<FileUnit> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String reference : references) {
            FileUnit file = file(reader, reference);
            if (seen.add(file.path())) {
                out.add(file);
            }
        }
        return out;
    }

    /**
     * One file reference (from {@code fileAttachments} or from the HTML): the {@code ?query} removed, the path
     * normalised under the archive root (a path that leaves it is refused), then looked up as written and, failing
     * that, with its %-escapes decoded (HTML attributes often carry {@code my%20file.pdf}).
     */
    static FileUnit file(NingArchiveReader reader, String reference) {
        String ref = reference.strip();
        Optional<String> inArchive = reader.attachmentPath(ref);
        if (inArchive.isEmpty()) {
            boolean web = ref.contains("://") || ref.startsWith("//");
            return FileUnit.unavailable(ref, web ? "missing from the archive" : "refused: its path leaves the archive");
        }
        String filePath = inArchive.get();
        if (!reader.attachmentExists(filePath)) {
            Optional<String> decoded = percentDecoded(NingText.stripQuery(ref)).flatMap(reader::attachmentPath);
            if (decoded.isEmpty() || !reader.attachmentExists(decoded.get())) {
                return FileUnit.unavailable(filePath, "missing from the archive");
            }
            filePath = decoded.get();
        }
        String found = filePath;
        String name = found.substring(found.lastIndexOf('/') + 1);
        return FileUnit.available(found, name, () -> reader.openAttachment(found).orElseThrow(() -> new FileNotFoundException(found)));
    }

    private static Optional<String> percentDecoded(String path) {
        if (path == null || !path.contains("%")) {
            return Optional.empty();
        }
        try {
            return Optional.of(URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /**
     * The images and links of one item's HTML that point into the archive by a relative path: each becomes an
     * {@link InlineFile} (found, missing or refused, under the same rules as the attachment list) and its token
     * stands in the Markdown where the writer puts the stored file's wiki address.
     */
    static final class InlineFiles implements ImportText.ArchiveLinks {
        private final NingArchiveReader reader;
        private final List<InlineFile> files = new ArrayList<>();

        InlineFiles(NingArchiveReader reader) {
            this.reader = reader;
        }

        @Override
        public String image(String reference, String alt) {
            return add(reference, true, alt);
        }

        @Override
        public String link(String reference, String label) {
            return add(reference, false, label);
        }

        private String add(String reference, boolean image, String label) {
            files.add(new InlineFile(file(reader, reference), image, label));
            return InlineFile.token(files.size() - 1);
        }

        List<InlineFile> files() {
            return files;
        }
    }

    static String boardSlug(String name) {
        String slug = Slugs.slugify(name, "board");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60);
        }
        slug = slug.replaceAll("-+$", "");
        return slug.isEmpty() ? "board" : slug;
    }
}
