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
import org.commonplace.imports.Units.PageUnit;
import org.commonplace.imports.Units.RevisionUnit;
import org.commonplace.imports.mediawiki.MediaWikiReader;
import org.commonplace.imports.mediawiki.WikiContributor;
import org.commonplace.imports.mediawiki.WikiPage;
import org.commonplace.imports.mediawiki.WikiRevision;
import org.commonplace.imports.mediawiki.WikiSiteInfo;
import org.commonplace.imports.mediawiki.WikitextToMarkdown;
import org.commonplace.shared.Tokens;

/**
 * A MediaWiki XML export: every page with its full history, revisions in time order. Wikitext is converted to
 * Markdown and kept as the original; text already in Markdown (Commonplace's own export) is taken as it is.
 * The file is streamed twice: once to count pages, once to import them.
 */
public final class MediaWikiSource implements ImportSource {

    /** The model our exporter writes for Markdown text. */
    public static final String MARKDOWN_MODEL = "markdown";
    public static final String MARKDOWN_FORMAT = "text/markdown";

    private final Path file;

    public MediaWikiSource(Path file) {
        this.file = file;
    }

    @Override
    public void read(Sink sink) {
        int[] pages = {0};
        stream(new MediaWikiReader.Handler() {
            @Override
            public void page(WikiPage page) {
                pages[0]++;
            }
        });
        sink.total(pages[0]);
        String[] site = {"unknown"};
        stream(new MediaWikiReader.Handler() {
            @Override
            public void siteInfo(String schemaVersion, WikiSiteInfo info) {
                if (info != null) {
                    String id = info.dbname() != null && !info.dbname().isBlank() ? info.dbname()
                            : info.base() != null ? info.base() : info.sitename();
                    if (id != null && !id.isBlank()) {
                        site[0] = id.length() <= 60 ? id : Tokens.sha256(id).substring(0, 16);
                    }
                }
            }

            @Override
            public void page(WikiPage page) {
                PageUnit unit;
                try {
                    unit = toUnit(site[0], page);
                } catch (RuntimeException e) {
                    sink.problem("Page \"" + page.title() + "\" skipped: " + e);
                    return;
                }
                sink.page(unit);
            }
        });
    }

    private void stream(MediaWikiReader.Handler handler) {
        try (InputStream in = Files.newInputStream(file)) {
            MediaWikiReader.read(in, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PageUnit toUnit(String site, WikiPage page) {
        String prefix = "mediawiki:" + site + ":";
        List<WikiRevision> revisions = new ArrayList<>(page.revisions());
        revisions.sort((a, b) -> {
            Instant x = a.timestamp() == null ? Instant.EPOCH : a.timestamp();
            Instant y = b.timestamp() == null ? Instant.EPOCH : b.timestamp();
            int c = x.compareTo(y);
            return c != 0 ? c : Long.compare(a.id(), b.id());
        });
        List<RevisionUnit> units = new ArrayList<>();
        for (WikiRevision r : revisions) {
            String text = r.text();
            boolean markdown = MARKDOWN_MODEL.equalsIgnoreCase(r.model() == null ? "" : r.model())
                    || MARKDOWN_FORMAT.equalsIgnoreCase(r.format() == null ? "" : r.format());
            String md;
            String original;
            if (text == null) {
                md = "";
                original = null;
            } else if (markdown) {
                md = text;
                original = null;
            } else {
                md = WikitextToMarkdown.convert(text);
                original = text;
            }
            String key = r.id() > 0 ? prefix + "rev:" + r.id()
                    : prefix + "rev:" + Tokens.sha256(page.title() + "|" + r.timestamp() + "|" + (text == null ? "" : text)).substring(0, 32);
            Instant at = r.timestamp() == null ? Instant.EPOCH : r.timestamp();
            units.add(new RevisionUnit(key, author(r.contributor()), at, r.comment() == null ? "" : r.comment(), r.minor(), md, original));
        }
        return new PageUnit(prefix + "page:" + page.title().toLowerCase(Locale.ROOT), page.title(), units);
    }

    private static SourceAuthor author(WikiContributor c) {
        if (c == null || c.deleted()) {
            return SourceAuthor.unknown();
        }
        if (c.isAnonymous()) {
            return new SourceAuthor(c.ip() == null ? "anonymous" : c.ip(), c.ip(), null, true);
        }
        return c.username() == null || c.username().isBlank() ? SourceAuthor.unknown() : new SourceAuthor(c.username(), c.username(), null, false);
    }
}
