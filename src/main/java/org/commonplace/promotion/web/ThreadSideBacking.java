package org.commonplace.promotion.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonplace.promotion.PromotionCollection;
import org.commonplace.promotion.PromotionService;
import org.commonplace.shared.BusinessException;
import org.commonplace.space.CurrentViewer;
import org.commonplace.web.Messages;
import org.omnifaces.util.Faces;

/**
 * The thread page's promotion fragments ({@code promotion/thread-side.xhtml}, {@code promotion/post-mark.xhtml}):
 * banners, per-post "promoted to" marks, the "Promote to wiki" link and the "worth distilling" flag. Works on any
 * page that includes the fragments; the thread id of the flag form travels as a plain hidden field.
 */
@Named("promotionThread")
@RequestScoped
public class ThreadSideBacking {

    public static final String THREAD_PARAM = "distilThreadId";

    @Inject
    PromotionService promotions;

    @Inject
    CurrentViewer viewer;

    @Inject
    PromotionCollection collection;

    private final Map<Long, PromotionService.ThreadSide> sides = new HashMap<>();
    private Set<Long> collected;

    /** What the thread shows about promotion; read once per thread and request. */
    public PromotionService.ThreadSide of(long threadId) {
        return sides.computeIfAbsent(threadId, t -> promotions.threadSide(viewer.get(), t));
    }

    public List<PromotionService.Banner> marks(long threadId, long postId) {
        return of(threadId).postMarks().getOrDefault(postId, List.of());
    }

    /** Whether the post is in the viewer's collection (read once per request). */
    public boolean collected(long postId) {
        return collectedIds().contains(postId);
    }

    public int collectionSize() {
        return collectedIds().size();
    }

    private Set<Long> collectedIds() {
        if (collected == null) {
            collected = collection.ids(viewer.get());
        }
        return collected;
    }

    public void toggleFlag() {
        String value = Faces.getRequestParameter(THREAD_PARAM);
        if (value == null || !value.matches("[0-9]{1,18}")) {
            return;
        }
        long threadId = Long.parseLong(value);
        try {
            promotions.toggleFlag(viewer.get(), threadId);
        } catch (BusinessException e) {
            Messages.show(e, null);
        }
        Faces.redirect("t/%s", threadId);
    }
}
