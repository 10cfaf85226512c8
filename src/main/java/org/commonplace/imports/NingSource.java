package org.commonplace.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonplace.imports.Units.AccountUnit;
import org.commonplace.imports.Units.PageUnit;
import org.commonplace.imports.Units.PostUnit;
import org.commonplace.imports.Units.RevisionUnit;
import org.commonplace.imports.Units.ThreadUnit;
import org.commonplace.imports.ning.NingArchive;
import org.commonplace.imports.ning.NingArchiveReader;
import org.commonplace.imports.ning.NingBlogPost;
import org.commonplace.imports.ning.NingComment;
import org.commonplace.imports.ning.NingDiscussion;
import org.commonplace.imports.ning.NingGroup;
import org.commonplace.imports.ning.NingMember;
import org.commonplace.imports.ning.NingPage;
import org.commonplace.markup.Slugs;

/**
 * A Ning Network Archiver export (folder or zip). Members become placeholder accounts; discussions with their
 * comments become threads on boards named after their categories (a group's discussions go to a board named
 * after the group); blog posts become threads on the board "Blog" (drafts are left out and reported); notes
 * and pages become wiki pages. Ning's HTML is converted to Markdown; attachments are listed by name (whether
 * the file is in the archive is noted), not copied.
 */
public final class NingSource implements ImportSource {

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
            sink.total(members.size() + discussions.size() + blogs.size() + pages.size());

            Map<String, SourceAuthor> authors = new HashMap<>();
            for (NingMember m : members) {
                SourceAuthor a = new SourceAuthor(m.fullName() == null || m.fullName().isBlank() ? m.contributorName() : m.fullName(),
                        m.fullName(), m.email(), false);
                authors.put(m.contributorName(), a);
                sink.account(new AccountUnit(a, m.createdDate()));
            }
            Map<String, String> groupTitles = new HashMap<>();
            for (NingGroup g : groups) {
                groupTitles.put(g.id(), g.title());
            }
            for (NingDiscussion d : discussions) {
                try {
                    discussion(reader, sink, authors, groupTitles, d);
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
                    page(sink, authors, p);
                } catch (RuntimeException e) {
                    sink.problem("Page " + p.id() + " skipped: " + e);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void discussion(NingArchiveReader reader, Sink sink, Map<String, SourceAuthor> authors, Map<String, String> groupTitles,
            NingDiscussion d) {
        if (d.isEmpty()) {
            sink.problem("Discussion " + d.id() + " skipped: it has no title or no text");
            return;
        }
        String boardName = d.category() != null ? d.category()
                : d.groupId() != null && groupTitles.containsKey(d.groupId()) ? "Group: " + groupTitles.get(d.groupId())
                : "Discussions";
        List<PostUnit> posts = new ArrayList<>();
        posts.add(new PostUnit("ning:discussion:" + d.id() + ":post", null, author(authors, d.contributorName()), at(d.createdDate()),
                body(reader, d.descriptionHtml(), d.attachments())));
        addComments(reader, authors, "ning:discussion:" + d.id(), d.comments(), posts);
        sink.thread(new ThreadUnit("ning:discussion:" + d.id(), boardSlug(boardName), boardName, d.title(), posts));
    }

    private static void blog(NingArchiveReader reader, Sink sink, Map<String, SourceAuthor> authors, NingBlogPost b) {
        if (b.publishStatus() != null && !"publish".equalsIgnoreCase(b.publishStatus())) {
            sink.problem("Blog post " + b.id() + " skipped: it is a " + b.publishStatus() + ", not published");
            return;
        }
        String title = b.title() == null || b.title().isBlank() ? "Untitled" : b.title();
        Instant when = b.publishTime() != null ? b.publishTime() : b.createdDate();
        List<PostUnit> posts = new ArrayList<>();
        posts.add(new PostUnit("ning:blog:" + b.id() + ":post", null, author(authors, b.contributorName()), at(when),
                body(reader, b.descriptionHtml(), b.attachments())));
        addComments(reader, authors, "ning:blog:" + b.id(), b.comments(), posts);
        sink.thread(new ThreadUnit("ning:blog:" + b.id(), "blog", "Blog", title, posts));
    }

    private static void page(Sink sink, Map<String, SourceAuthor> authors, NingPage p) {
        String kind = p.kind() == NingPage.Kind.NOTE ? "note" : "page";
        String key = "ning:" + kind + ":" + p.id();
        String title = p.title() == null || p.title().isBlank() ? "Untitled " + kind + " " + p.id() : p.title();
        RevisionUnit rev = new RevisionUnit(key + ":r1", author(authors, p.contributorName()), at(p.createdDate()),
                "Imported from Ning", false, ImportText.html(p.descriptionHtml()), p.descriptionHtml());
        sink.page(new PageUnit(key, title, List.of(rev)));
    }

    private static void addComments(NingArchiveReader reader, Map<String, SourceAuthor> authors, String parentKey, List<NingComment> comments,
            List<PostUnit> posts) {
        int i = 0;
        for (NingComment c : comments) {
            i++;
            String key = parentKey + ":comment:" + (c.id() == null ? "n" + i : c.id());
            posts.add(new PostUnit(key, null, author(authors, c.contributorName()), at(c.createdDate()),
                    body(reader, c.descriptionHtml(), c.attachments())));
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

    private static String body(NingArchiveReader reader, String html, List<String> attachments) {
        StringBuilder md = new StringBuilder(ImportText.html(html));
        if (!attachments.isEmpty()) {
            md.append("\n\n*Attachments:*\n");
            for (String a : attachments) {
                md.append("\n- ").append(ImportText.plain(a)).append(reader.attachmentExists(a) ? "" : " (missing from the archive)");
            }
        }
        return md.toString().strip();
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
