package org.commonplace.phrasebook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.commonplace.forum.ThreadView;
import org.commonplace.space.Space;

/**
 * Marks phrasebook terms in pages and posts as they are shown (view-time decoration of the stored, sanitized
 * HTML; the stored HTML and the REST {@code html} fields stay unmarked). Which terms apply: the site-wide ones
 * plus the space's own; nothing when the space turned marking off.
 *
 * <p>Two bounded in-memory caches, both keyed by the phrasebook's generation number (stored in the database and
 * moved by every term change, so every node sees a change at its next request): one {@link TermMarker} per
 * (space, generation), and the marked HTML per (content, HTML fingerprint, space, generation). Either can be
 * dropped at any time; they only save work.
 */
@ApplicationScoped
public class TermMarking {

    static final int RESULTS_MAX = 2000;
    static final int MARKERS_MAX = 200;

    @Inject
    PhrasebookService phrasebook;

    private final Map<String, TermMarker> markers = new ConcurrentHashMap<>();

    private final Map<String, String> results = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > RESULTS_MAX;
        }
    };

    private volatile long seenGeneration = -1;

    /** A page revision's HTML with its terms marked. */
    public String markPage(Space space, long pageId, int revision, String html) {
        if (!space.isTermMarking()) {
            return html;
        }
        long generation = phrasebook.generation();
        return marked(marker(space.getId(), generation), "page:" + pageId + ":" + revision, space.getId(), generation, html, "w" + pageId);
    }

    /** A thread view with every visible post's HTML marked (the answer too). */
    public ThreadView markThread(ThreadView view) {
        Space space = view.space();
        if (!space.isTermMarking()) {
            return view;
        }
        long generation = phrasebook.generation();
        TermMarker marker = marker(space.getId(), generation);
        if (marker.size() == 0) {
            return view;
        }
        List<ThreadView.PostView> posts = new ArrayList<>(view.posts().size());
        for (ThreadView.PostView pv : view.posts()) {
            posts.add(mark(pv, marker, space, generation));
        }
        ThreadView.PostView answer = view.answer() == null ? null : mark(view.answer(), marker, space, generation);
        return new ThreadView(view.thread(), view.board(), view.space(), posts, view.canReply(), view.canModerate(), view.discussedPage(),
                answer, view.openingPostId(), view.newestPostId(), view.branchRoot(), view.continued(), view.page(), view.pageCount(),
                view.shownPosts());
    }

    /** Any other fragment shown in a space (a step of a start-here path, a term's explanation); {@code key} names it. */
    public String mark(Space space, String key, String html) {
        if (space != null && !space.isTermMarking()) {
            return html;
        }
        long generation = phrasebook.generation();
        Long spaceId = space == null ? null : space.getId();
        return marked(marker(spaceId, generation), key, spaceId, generation, html, key.replaceAll("[^a-z0-9]", ""));
    }

    private ThreadView.PostView mark(ThreadView.PostView pv, TermMarker marker, Space space, long generation) {
        if (!pv.textVisible()) {
            return pv;
        }
        long id = pv.post().getId();
        String html = marked(marker, "post:" + id, space.getId(), generation, pv.html(), "p" + id);
        return new ThreadView.PostView(pv.post(), html, pv.helpedByViewer(), pv.mine(), pv.edits());
    }

    private String marked(TermMarker marker, String key, Long spaceId, long generation, String html, String idPrefix) {
        if (marker.size() == 0 || html == null || html.isEmpty()) {
            return html;
        }
        // the HTML is finished per reader (wiki-link states), so its fingerprint is part of the key
        String cacheKey = key + "|" + spaceId + "|" + generation + "|" + html.length() + ":" + html.hashCode();
        synchronized (results) {
            String hit = results.get(cacheKey);
            if (hit != null) {
                return hit;
            }
        }
        String out = marker.mark(html, idPrefix, "");
        synchronized (results) {
            results.put(cacheKey, out);
        }
        return out;
    }

    TermMarker marker(Long spaceId, long generation) {
        if (generation != seenGeneration) {
            // terms changed: markers and marked HTML of older generations are useless now
            markers.clear();
            synchronized (results) {
                results.clear();
            }
            seenGeneration = generation;
        }
        if (markers.size() > MARKERS_MAX) {
            markers.clear();
        }
        return markers.computeIfAbsent(spaceId + "@" + generation, k -> new TermMarker(phrasebook.entries(spaceId)));
    }
}
