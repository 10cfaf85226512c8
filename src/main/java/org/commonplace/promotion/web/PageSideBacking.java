package org.commonplace.promotion.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.commonplace.promotion.PromotionService;
import org.commonplace.shared.BusinessException;
import org.commonplace.space.CurrentViewer;
import org.commonplace.web.Messages;
import org.omnifaces.util.Faces;

/**
 * The wiki page's promotion fragment ({@code promotion/page-side.xhtml}): contributors "from the discussion", the
 * Sources link, and for editors "N new since promoted" with Review and Mark reviewed.
 */
@Named("pagePromotion")
@RequestScoped
public class PageSideBacking {

    public static final String SPACE_PARAM = "reviewSpace";
    public static final String PAGE_PARAM = "reviewPage";

    @Inject
    PromotionService promotions;

    @Inject
    CurrentViewer viewer;

    private final Map<String, PromotionService.Sources> cache = new HashMap<>();

    public PromotionService.Sources of(String space, String page) {
        return cache.computeIfAbsent(space + "/" + page, k -> promotions.sources(viewer.get(), space, page));
    }

    private final Map<String, PromotionService.BlameSources> blames = new HashMap<>();

    /** For a blame line: the post it came from, if a promotion wrote the line (its revision is a promotion's). */
    public PromotionService.PostRef blameMark(String space, String page, int revision, int line) {
        PromotionService.BlameSources b = blames.computeIfAbsent(space + "/" + page, k -> promotions.blameSources(viewer.get(), space, page));
        return b.promotionRevisions().contains(revision) ? b.byLine().get(line) : null;
    }

    public void markReviewed() {
        String space = Faces.getRequestParameter(SPACE_PARAM);
        String page = Faces.getRequestParameter(PAGE_PARAM);
        if (space == null || page == null || !space.matches("[a-z0-9-]{1,60}") || !page.matches("[a-z0-9-]{1,120}")) {
            return;
        }
        try {
            promotions.markReviewed(viewer.get(), space, page);
        } catch (BusinessException e) {
            Messages.show(e, null);
        }
        Faces.redirect("s/%s/wiki/%s", space, page);
    }
}
