package org.commonplace.wiki.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.commonplace.space.CurrentViewer;
import org.commonplace.wiki.HistoryService;
import org.commonplace.wiki.PageView;
import org.commonplace.wiki.Revision;
import org.commonplace.wiki.WikiService;
import org.commonplace.wiki.text.DiffStats;
import org.commonplace.wiki.text.Hunk;
import org.commonplace.wiki.text.TextDiff;

/**
 * {@code /s/{space}/wiki/{page}/diff?from=&to=&view=side}: two revisions compared line by line with word-level
 * highlights, unchanged stretches folded to three lines of context. The view only draws what {@link TextDiff}
 * computed; every piece of text goes out escaped.
 */
@Named("wikiDiff")
@ViewScoped
public class DiffBacking extends PageScopedBacking {

    private static final long serialVersionUID = 1L;
    static final int CONTEXT_LINES = 3;

    @Inject
    WikiService wiki;

    @Inject
    HistoryService history;

    @Inject
    CurrentViewer viewer;

    private Integer from;
    private Integer to;
    private String view;

    private String fromAuthor;
    private Instant fromAt;
    private String toAuthor;
    private Instant toAt;
    private transient List<Hunk> hunks;
    private transient DiffStats stats;
    private boolean trailingNewlineChanged;

    @Transactional
    public void load() {
        PageView current = wiki.view(viewer.get(), space, page, null);
        describe(current.page());
        if (to == null) {
            to = getCurrentRevision();
        }
        if (from == null) {
            from = Math.max(1, to - 1);
        }
        String slug = current.page().getSlug();
        Revision older = history.revision(viewer.get(), space, slug, from);
        Revision newer = history.revision(viewer.get(), space, slug, to);
        fromAuthor = older.getAuthorName();
        fromAt = older.getCreatedAt();
        toAuthor = newer.getAuthorName();
        toAt = newer.getCreatedAt();
        TextDiff diff = TextDiff.of(older.getMarkdown(), newer.getMarkdown());
        hunks = diff.hunks(CONTEXT_LINES);
        stats = diff.stats();
        trailingNewlineChanged = diff.trailingNewlineChanged();
    }

    public boolean isSide() {
        return "side".equals(view);
    }

    public Integer getFrom() {
        return from;
    }

    public void setFrom(Integer from) {
        this.from = from;
    }

    public Integer getTo() {
        return to;
    }

    public void setTo(Integer to) {
        this.to = to;
    }

    public String getView() {
        return view;
    }

    public void setView(String view) {
        this.view = view;
    }

    public String getFromAuthor() {
        return fromAuthor;
    }

    public Instant getFromAt() {
        return fromAt;
    }

    public String getToAuthor() {
        return toAuthor;
    }

    public Instant getToAt() {
        return toAt;
    }

    public List<Hunk> getHunks() {
        return hunks;
    }

    public DiffStats getStats() {
        return stats;
    }

    public boolean isTrailingNewlineChanged() {
        return trailingNewlineChanged;
    }
}
