package org.commonplace.api;

import java.time.Instant;
import java.util.List;
import org.commonplace.promotion.PromotionService;

/** Promotion's JSON shapes, as design.md's REST contract names them. */
public final class PromotionJson {

    private PromotionJson() {
    }

    /**
     * {@code POST /threads/{id}/promotions}: {@code mode} is "new", "append" or "under" (with {@code heading});
     * {@code postIds} in page order (empty: the opening post and the helpful ones); {@code confirm} accepts a
     * move to a space with fewer readers.
     */
    public record NewPromotion(String space, String slug, String title, List<Long> postIds, String mode, String heading,
            Boolean confirm, String summary, Boolean lock) {
    }

    public record PostRefJson(long id, long threadId, String author, Instant createdAt, int postVersion, Integer excerptStart,
            Integer excerptEnd) {
        static PostRefJson of(PromotionService.PostRef r) {
            return new PostRefJson(r.id(), r.threadId(), r.author(), r.createdAt(), r.postVersion(), r.excerptStart(), r.excerptEnd());
        }
    }

    public record SectionJson(String anchor, String title, boolean drifted, int revision, List<PostRefJson> posts) {
    }

    public record SourcesJson(String space, String slug, String title, int revision, List<SectionJson> sections, List<String> contributors,
            List<PostRefJson> postsSincePromotion, List<PostRefJson> editedSincePromotion) {
        static SourcesJson of(PromotionService.Sources s) {
            return new SourcesJson(s.space(), s.slug(), s.title(), s.revision(),
                    s.sections().stream().map(x -> new SectionJson(x.anchor(), x.title(), x.drifted(), x.revision(),
                            x.posts().stream().map(PostRefJson::of).toList())).toList(),
                    s.contributors(),
                    s.since().stream().flatMap(t -> t.newPosts().stream()).map(PostRefJson::of).toList(),
                    s.since().stream().flatMap(t -> t.editedPosts().stream()).map(PostRefJson::of).toList());
        }
    }

    /** The answer to a promotion: the page as GET shows it, and its provenance. */
    public record PromotedJson(long promotionId, PageJson page, SourcesJson provenance) {
    }
}
