package org.commonplace.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonplace.forum.ForumService;
import org.commonplace.forum.ForumThread;
import org.commonplace.forum.Post;
import org.commonplace.shared.ForbiddenException;
import org.commonplace.shared.InvalidInputException;
import org.commonplace.space.Role;
import org.commonplace.space.Space;
import org.commonplace.space.SpaceService;
import org.commonplace.space.Viewer;
import org.commonplace.space.Viewers;
import org.commonplace.space.Visibility;
import org.commonplace.testsupport.Deployments;
import org.commonplace.testsupport.TestData;
import org.commonplace.wiki.Edit;
import org.commonplace.wiki.SaveOutcome;
import org.commonplace.wiki.WikiService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Promotion against the real database: pages, placements, excerpts, provenance, drift, sync, access, undo. */
@ExtendWith(ArquillianExtension.class)
class PromotionServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(PromotionServiceIT.class);
    }

    @Inject
    PromotionService promotions;

    @Inject
    ForumService forum;

    @Inject
    PromotionCollection collection;

    @Inject
    org.commonplace.search.SearchService search;

    @Inject
    WikiService wiki;

    @Inject
    SpaceService spaces;

    @Inject
    Viewers viewers;

    private Viewer ada() {
        return viewers.byUsername("ada").orElseThrow();
    }

    private Viewer mia() {
        return viewers.byUsername("mia").orElseThrow();
    }

    private Viewer mo() {
        return viewers.byUsername("mo").orElseThrow();
    }

    /** Edith's account acting with exactly these roles (so access is decided by roles, not by site administration). */
    private Viewer editorOf(Space... in) {
        Viewer edith = viewers.byUsername("edith").orElseThrow();
        Map<Long, Role> roles = new java.util.HashMap<>();
        for (Space s : in) {
            roles.put(s.getId(), Role.EDITOR);
        }
        return new Viewer(edith.accountId(), edith.username(), edith.displayName(), false, roles);
    }

    /** One space per visibility for the whole class (so the test run does not crowd space listings). */
    private static final Map<Visibility, String> SHARED = new java.util.concurrent.ConcurrentHashMap<>();

    private Space space(Visibility visibility) {
        String slug = SHARED.computeIfAbsent(visibility, v -> {
            String made = "promo-" + TestData.unique();
            spaces.create(ada(), made, "Promotion tests " + v.name().toLowerCase(java.util.Locale.ROOT), "", v);
            forum.createBoard(ada(), made, "talk", "Talk", "", false);
            return made;
        });
        return spaces.findBySlug(slug).orElseThrow();
    }

    private record Thread(long id, List<Post> posts) {
        long post(int i) {
            return posts.get(i).getId();
        }
    }

    /** A thread: the opening post by ada, then replies by mia and mo, the second one marked helpful. */
    private Thread thread(Space space, String title, String... replies) {
        ForumThread t = forum.startThread(ada(), space.getSlug(), "talk", title, "We keep losing the quiet voices on big calls. What works?", null);
        List<Post> posts = new ArrayList<>();
        posts.add(forum.thread(ada(), t.getId()).posts().get(0).post());
        for (int i = 0; i < replies.length; i++) {
            Viewer who = space.getVisibility() == Visibility.INVITE_ONLY ? ada() : i % 2 == 0 ? mia() : mo();
            posts.add(forum.reply(who, t.getId(), i == 2 ? posts.get(1).getId() : posts.get(0).getId(), replies[i], null));
        }
        return new Thread(t.getId(), posts);
    }

    private static List<PromotionService.Selection> whole(long... ids) {
        List<PromotionService.Selection> list = new ArrayList<>();
        for (long id : ids) {
            list.add(PromotionService.Selection.whole(id));
        }
        return list;
    }

    private PromotionService.Published publishNew(Viewer editor, Space space, String title, List<PromotionService.Selection> sel) {
        PromotionService.Target target = new PromotionService.Target(space.getSlug(), null, title, DraftWriter.Placement.NEW, null);
        return promotions.publish(editor, sel, target, null, 0, null, false, false, null);
    }

    private String markdown(Space space, String slug) {
        return wiki.view(ada(), space.getSlug(), slug, null).revision().getMarkdown();
    }

    @Test
    void searchFacetsSayWhatWasPromoted() {
        Space pub = space(Visibility.PUBLIC);
        Viewer edith = editorOf(pub);
        String word = "promofacet" + TestData.unique().replaceAll("[^a-z0-9]", "");
        Thread kept = thread(pub, "Facet kept " + TestData.unique(), "Promote me " + word, "Leave me " + word);
        Thread other = thread(pub, "Facet other " + TestData.unique(), "Never promoted " + word);
        PromotionService.Published page = publishNew(edith, pub, "Facet page " + TestData.unique(), whole(kept.post(1)));

        org.commonplace.search.SearchResult promotedPosts = search.search(edith,
                new org.commonplace.search.SearchQuery(word, "post", null, null, null, null, 1, 20, "yes"));
        assertThat(promotedPosts.hits()).extracting(h -> h.url()).containsExactly("/t/" + kept.id() + "#p" + kept.post(1));
        org.commonplace.search.SearchResult rest = search.search(edith,
                new org.commonplace.search.SearchQuery(word, "post", null, null, null, null, 1, 20, "no"));
        assertThat(rest.hits()).extracting(h -> h.url())
                .containsExactlyInAnyOrder("/t/" + kept.id() + "#p" + kept.post(2), "/t/" + other.id() + "#p" + other.post(1));
        org.commonplace.search.SearchResult all = search.search(edith, org.commonplace.search.SearchQuery.of(word));
        assertThat(all.facets().get("promoted")).anySatisfy(v -> {
            assertThat(v.key()).isEqualTo("yes");
            assertThat(v.count()).isGreaterThanOrEqualTo(1);
        });

        wiki.delete(edith, pub.getSlug(), page.slug());
        assertThat(search.search(edith, new org.commonplace.search.SearchQuery(word, "post", null, null, null, null, 1, 20, "yes")).hits())
                .as("once the page is deleted, nothing of it counts as promoted").isEmpty();
        wiki.restore(edith, pub.getSlug(), page.slug());
        assertThat(search.search(edith, new org.commonplace.search.SearchQuery(word, "post", null, null, null, null, 1, 20, "yes")).hits())
                .as("restored, the post counts again").extracting(h -> h.url()).containsExactly("/t/" + kept.id() + "#p" + kept.post(1));
    }

    @Test
    void anEditorCollectsPostsFromSeveralThreadsAndPromotesThemTogether() {
        Space pub = space(Visibility.PUBLIC);
        Viewer edith = editorOf(pub);
        collection.remove(edith, collection.ids(edith));
        Thread a = thread(pub, "Collect A " + TestData.unique(), "Rounds give everyone a first sentence.", "Breakouts of three.");
        Thread b = thread(pub, "Collect B " + TestData.unique(), "Read the chat out loud.");

        assertThat(collection.set(edith, a.post(2), true)).isEqualTo(1);
        assertThat(collection.set(edith, a.post(2), true)).as("collecting twice keeps one").isEqualTo(1);
        collection.set(edith, b.post(1), true);
        assertThat(collection.set(edith, a.post(0), true)).isEqualTo(3);

        PromotionService.Workbench bench = collection.workbench(edith);
        assertThat(bench.posts()).as("threads in the order first collected, each in tree order")
                .extracting(PromotionService.WorkbenchPost::id).containsExactly(a.post(0), a.post(2), b.post(1));
        assertThat(bench.posts()).allMatch(PromotionService.WorkbenchPost::preTicked);
        assertThat(bench.posts().get(2).threadTitle()).startsWith("Collect B");

        List<PromotionService.Selection> all = bench.posts().stream().map(p -> PromotionService.Selection.whole(p.id())).toList();
        PromotionService.Target target = new PromotionService.Target(pub.getSlug(), null, "Collected " + TestData.unique(),
                DraftWriter.Placement.NEW, null);
        String draft = promotions.draft(edith, all, target).markdown();
        assertThat(draft).contains("Breakouts of three").doesNotContain("Rounds give everyone").contains("Read the chat out loud").contains("Collect A").contains("Collect B");
        PromotionService.Published published = promotions.publish(edith, all, target, draft, 0, null, false, false, null);
        assertThat(promotions.sources(edith, pub.getSlug(), published.slug()).sections()).isNotEmpty();

        collection.remove(edith, List.of(a.post(0), a.post(2), b.post(1)));
        assertThat(collection.count(edith)).isZero();
        assertThat(collection.set(edith, b.post(1), false)).as("removing twice is harmless").isZero();
    }

    @Test
    void onlyEditorsCollectAndHiddenPostsCannotBeCollected() {
        Space pub = space(Visibility.PUBLIC);
        Space hidden = space(Visibility.INVITE_ONLY);
        Thread open = thread(pub, "Collect open " + TestData.unique(), "A reply.");
        Thread closed = thread(hidden, "Collect hidden " + TestData.unique(), "A secret reply.");
        assertThatThrownBy(() -> collection.set(mia(), open.post(1), true)).isInstanceOf(ForbiddenException.class);
        Viewer edith = editorOf(pub);
        assertThatThrownBy(() -> collection.set(edith, closed.post(1), true)).isInstanceOf(org.commonplace.shared.NotFoundException.class);
        assertThat(collection.ids(edith)).doesNotContain(closed.post(1));
    }

    @Test
    void aThreadBecomesANewPageWithAttributionSourcesAndABanner() {
        Space space = space(Visibility.PUBLIC);
        Thread t = thread(space, "Quiet voices", "Use a round: everyone speaks once before anyone speaks twice.",
                "Breakout rooms of three, then report back.", "Rounds work, but give people a pass option.");
        forum.toggleHelpful(mo(), t.post(1));
        Viewer editor = editorOf(space);

        PromotionService.Workbench bench = promotions.workbench(editor, t.id(), null);
        assertThat(bench.posts()).hasSize(4);
        assertThat(bench.posts().stream().filter(PromotionService.WorkbenchPost::preTicked).map(PromotionService.WorkbenchPost::id))
                .containsExactly(t.post(0), t.post(1));
        assertThat(bench.posts().get(1).helpful()).isEqualTo(1);

        PromotionService.Published published = publishNew(editor, space, "Hearing quiet voices " + TestData.unique(),
                whole(t.post(0), t.post(1), t.post(3)));
        String md = markdown(space, published.slug());
        assertThat(md).startsWith("We keep losing the quiet voices");
        assertThat(md).contains("— [mia, ").contains("](/t/" + t.id() + "#p" + t.post(1) + "), in the thread [Quiet voices](/t/" + t.id() + ")");
        assertThat(md).contains("## Sources").contains("contributors: ada, mia");
        assertThat(md).doesNotContain("Breakout rooms");
        assertThat(published.revision()).isEqualTo(1);
        assertThat(wiki.view(ada(), space.getSlug(), published.slug(), 1).revision().getAuthorName()).isEqualTo("edith");

        PromotionService.Sources sources = promotions.sources(mia(), space.getSlug(), published.slug());
        assertThat(sources.sections()).hasSize(3);
        assertThat(sources.sections().get(0).anchor()).isEmpty();
        assertThat(sources.sections().get(0).posts()).extracting(PromotionService.PostRef::id).containsExactly(t.post(0));
        assertThat(sources.sections().get(1).posts()).extracting(PromotionService.PostRef::id).containsExactly(t.post(1));
        assertThat(sources.sections()).noneMatch(PromotionService.SourceSection::drifted);
        assertThat(sources.contributors()).containsExactly("ada", "mia");
        assertThat(sources.canCurate()).isFalse();

        PromotionService.BlameSources blame = promotions.blameSources(mia(), space.getSlug(), published.slug());
        assertThat(blame.promotionRevisions()).containsExactly(1);
        assertThat(blame.byLine().get(1).id()).isEqualTo(t.post(0));
        int miaLine = java.util.Arrays.asList(md.split("\n", -1)).indexOf("Use a round: everyone speaks once before anyone speaks twice.") + 1;
        assertThat(blame.byLine().get(miaLine).id()).isEqualTo(t.post(1));

        PromotionService.ThreadSide side = promotions.threadSide(mia(), t.id());
        assertThat(side.banners()).singleElement().satisfies(b -> {
            assertThat(b.slug()).isEqualTo(published.slug());
            assertThat(b.revision()).isEqualTo(1);
            assertThat(b.editor()).isEqualTo("edith");
        });
        assertThat(side.postMarks()).containsOnlyKeys(t.post(0), t.post(1), t.post(3));
        assertThat(promotions.distilled(List.of(t.id(), -1L))).containsExactly(t.id());
        assertThat(forum.thread(ada(), t.id()).thread().isLocked()).isFalse();
    }

    @Test
    void postsAreAppendedToAPageOrInsertedUnderAHeading() {
        Space space = space(Visibility.PUBLIC);
        Viewer editor = editorOf(space);
        String slug = "calls-" + TestData.unique();
        wiki.save(editor, space.getSlug(), slug, new Edit("Calls " + slug, "Intro.\n\n## Background\n\nWhy calls.\n\n## Later\n\nMore.\n", "", false, 0));
        Thread t = thread(space, "Ideas", "Append me please.", "Put me under background.");

        PromotionService.Target append = new PromotionService.Target(space.getSlug(), slug, null, DraftWriter.Placement.APPEND, null);
        promotions.publish(editor, whole(t.post(1)), append, null, 0, null, false, false, null);
        PromotionService.Target under = new PromotionService.Target(space.getSlug(), slug, null, DraftWriter.Placement.UNDER, "Background");
        PromotionService.Published second = promotions.publish(editor, whole(t.post(2)), under, null, 0, null, false, false, null);

        String md = markdown(space, slug);
        assertThat(second.revision()).isEqualTo(3);
        assertThat(md.indexOf("Why calls.")).isLessThan(md.indexOf("### Put me under background.")).isLessThan(md.indexOf("## Later"));
        assertThat(md.indexOf("More.")).isLessThan(md.indexOf("## Append me please.")).isLessThan(md.indexOf("## Sources"));
        assertThat(md.split("## Sources", -1)).hasSize(2);
        List<PromotionService.SourceSection> sections = promotions.sources(ada(), space.getSlug(), slug).sections();
        assertThat(sections).extracting(PromotionService.SourceSection::title).containsExactly("Put me under background.", "Append me please.");
    }

    @Test
    void anExcerptPromotesOnlyItsRangeAndIsRecorded() {
        Space space = space(Visibility.PUBLIC);
        Thread t = thread(space, "Long reply", "First part is chatter. The useful bit: timebox every round to ninety seconds. More chatter.");
        String text = t.posts().get(1).getMarkdown();
        int start = text.indexOf("timebox");
        int end = text.indexOf(" More chatter");
        Viewer editor = editorOf(space);
        PromotionService.Draft draft = promotions.draft(editor, List.of(new PromotionService.Selection(t.post(1), start, end)),
                new PromotionService.Target(space.getSlug(), null, "Timeboxing", DraftWriter.Placement.NEW, null));
        assertThat(draft.markdown()).contains("timebox every round to ninety seconds.").doesNotContain("chatter");

        PromotionService.Published p = promotions.publish(editor, List.of(new PromotionService.Selection(t.post(1), start, end)),
                new PromotionService.Target(space.getSlug(), null, "Timeboxing " + TestData.unique(), DraftWriter.Placement.NEW, null),
                null, 0, null, false, false, null);
        PromotionService.PostRef ref = promotions.sources(ada(), space.getSlug(), p.slug()).sections().get(0).posts().get(0);
        assertThat(ref.excerptStart()).isEqualTo(start);
        assertThat(ref.excerptEnd()).isEqualTo(end);

        assertThatThrownBy(() -> promotions.draft(editor, List.of(new PromotionService.Selection(t.post(1), 5, 99999)),
                new PromotionService.Target(space.getSlug(), null, "Bad", DraftWriter.Placement.NEW, null)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void provenanceSurvivesUnrelatedEditsAndSaysWhenASectionDrifted() {
        Space space = space(Visibility.PUBLIC);
        Thread t = thread(space, "Drift", "Name the silence: say you will wait ten seconds.", "Use the chat as a second channel.");
        Viewer editor = editorOf(space);
        PromotionService.Published p = publishNew(editor, space, "Silence " + TestData.unique(), whole(t.post(0), t.post(1), t.post(2)));
        String md = markdown(space, p.slug());

        String unrelated = md.replace("## Sources", "## See also\n\nOur call guide.\n\n## Sources");
        save(editor, space, p.slug(), unrelated, 1);
        PromotionService.Sources after = promotions.sources(ada(), space.getSlug(), p.slug());
        assertThat(after.sections()).hasSize(3).noneMatch(PromotionService.SourceSection::drifted);

        String rewritten = markdown(space, p.slug()).replace("Use the chat as a second channel.", "The chat is a second channel for those who type rather than talk.");
        save(editor, space, p.slug(), rewritten, 2);
        PromotionService.Sources drifted = promotions.sources(ada(), space.getSlug(), p.slug());
        assertThat(drifted.sections()).hasSize(3);
        assertThat(drifted.sections().stream().filter(PromotionService.SourceSection::drifted).flatMap(s -> s.posts().stream())
                .map(PromotionService.PostRef::id)).containsExactly(t.post(2));

        String renamed = markdown(space, p.slug()).replace("## Name the silence", "## Waiting out the silence");
        save(editor, space, p.slug(), renamed, 3);
        assertThat(promotions.sources(ada(), space.getSlug(), p.slug()).sections()).hasSize(3)
                .anySatisfy(s -> assertThat(s.title()).isEqualTo("Waiting out the silence: say you will wait ten seconds."));
    }

    private void save(Viewer editor, Space space, String slug, String markdown, int base) {
        assertThat(wiki.save(editor, space.getSlug(), slug, new Edit(null == slug ? "" : wiki.find(editor, space.getSlug(), slug).orElseThrow().getTitle(),
                markdown, "edit", false, base))).isInstanceOf(SaveOutcome.Saved.class);
    }

    @Test
    void newRepliesAndEditsAreCountedUntilReviewedOrFoldedIn() {
        Space space = space(Visibility.PUBLIC);
        Thread t = thread(space, "Sync", "First idea.");
        Viewer editor = editorOf(space);
        PromotionService.Published p = publishNew(editor, space, "Sync " + TestData.unique(), whole(t.post(0), t.post(1)));
        assertThat(promotions.sources(editor, space.getSlug(), p.slug()).newCount()).isZero();

        Post later = forum.reply(mo(), t.id(), null, "A later thought worth keeping.", null);
        forum.editPost(mia(), t.post(1), "First idea, refined.");
        PromotionService.Sources s = promotions.sources(editor, space.getSlug(), p.slug());
        assertThat(s.newCount()).isEqualTo(2);
        assertThat(s.since().get(0).newPosts()).extracting(PromotionService.PostRef::id).containsExactly(later.getId());
        assertThat(s.since().get(0).editedPosts()).extracting(PromotionService.PostRef::id).containsExactly(t.post(1));

        assertThatThrownBy(() -> promotions.markReviewed(mia(), space.getSlug(), p.slug())).isInstanceOf(ForbiddenException.class);
        int revision = wiki.find(ada(), space.getSlug(), p.slug()).orElseThrow().getCurrentRevision();
        promotions.markReviewed(editor, space.getSlug(), p.slug());
        assertThat(promotions.sources(editor, space.getSlug(), p.slug()).newCount()).isZero();
        assertThat(wiki.find(ada(), space.getSlug(), p.slug()).orElseThrow().getCurrentRevision()).isEqualTo(revision);

        Post another = forum.reply(mia(), t.id(), later.getId(), "And one more.", null);
        PromotionService.Sources pending = promotions.sources(editor, space.getSlug(), p.slug());
        assertThat(pending.newCount()).isEqualTo(1);
        PromotionService.Workbench filtered = promotions.workbench(editor, t.id(), pending.since().get(0).seenPostId());
        assertThat(filtered.posts().stream().filter(PromotionService.WorkbenchPost::preTicked).map(PromotionService.WorkbenchPost::id))
                .containsExactly(another.getId());

        PromotionService.Published folded = promotions.publish(editor, whole(another.getId()),
                new PromotionService.Target(space.getSlug(), p.slug(), null, DraftWriter.Placement.APPEND, null), null, 0, null, false, false, null);
        assertThat(folded.revision()).isEqualTo(revision + 1);
        PromotionService.Sources done = promotions.sources(editor, space.getSlug(), p.slug());
        assertThat(done.newCount()).isZero();
        assertThat(done.sections().stream().flatMap(x -> x.posts().stream()).map(PromotionService.PostRef::id)).contains(another.getId(), t.post(0));
    }

    @Test
    void severalThreadsGoIntoOnePageAndOneThreadIntoSeveralPages() {
        Space space = space(Visibility.PUBLIC);
        Viewer editor = editorOf(space);
        Thread a = thread(space, "Thread A", "From A.");
        Thread b = thread(space, "Thread B", "From B.");
        PromotionService.Published both = publishNew(editor, space, "Both " + TestData.unique(), whole(a.post(1), b.post(1)));
        String md = markdown(space, both.slug());
        assertThat(md).contains("[Thread A](/t/" + a.id() + ")").contains("[Thread B](/t/" + b.id() + ")");
        assertThat(promotions.sources(ada(), space.getSlug(), both.slug()).sections().stream().flatMap(s -> s.posts().stream())
                .map(PromotionService.PostRef::threadId)).containsExactly(a.id(), b.id());

        PromotionService.Published other = publishNew(editor, space, "Other " + TestData.unique(), whole(a.post(0)));
        assertThat(promotions.threadSide(ada(), a.id()).banners()).extracting(PromotionService.Banner::slug)
                .containsExactlyInAnyOrder(both.slug(), other.slug());
        assertThat(promotions.threadSide(ada(), b.id()).banners()).extracting(PromotionService.Banner::slug).containsExactly(both.slug());
    }

    @Test
    void onlyEditorsPromoteAndReadersNeverWiden() {
        Space open = space(Visibility.PUBLIC);
        Space members = space(Visibility.MEMBERS);
        Space secret = space(Visibility.INVITE_ONLY);
        Thread fromSecret = thread(secret, "Secret", "Not for everyone.");
        Thread fromOpen = thread(open, "Open", "For everyone.");

        PromotionService.Target intoOpen = new PromotionService.Target(open.getSlug(), null, "Leak " + TestData.unique(), DraftWriter.Placement.NEW, null);
        Viewer memberOnly = new Viewer(mia().accountId(), "mia", "Mia", false, Map.of(open.getId(), Role.MEMBER));
        assertThatThrownBy(() -> promotions.publish(memberOnly, whole(fromOpen.post(1)), intoOpen, null, 0, null, false, false, null))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> promotions.workbench(memberOnly, fromOpen.id(), null)).isInstanceOf(ForbiddenException.class);

        Viewer editorOfBoth = editorOf(open, secret, members);
        assertThatThrownBy(() -> promotions.publish(editorOfBoth, whole(fromSecret.post(1)), intoOpen, null, 0, null, true, false, null))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("never widens");

        PromotionService.Target intoMembers = new PromotionService.Target(members.getSlug(), null, "Narrower " + TestData.unique(), DraftWriter.Placement.NEW, null);
        assertThat(promotions.draft(editorOfBoth, whole(fromOpen.post(1)), intoMembers).readers()).isEqualTo(org.commonplace.space.ReadersChange.NARROWER);
        assertThatThrownBy(() -> promotions.publish(editorOfBoth, whole(fromOpen.post(1)), intoMembers, null, 0, null, false, false, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Confirm");
        PromotionService.Published ok = promotions.publish(editorOfBoth, whole(fromOpen.post(1)), intoMembers, null, 0, null, true, false, null);
        assertThat(ok.revision()).isEqualTo(1);
    }

    @Test
    void revertingThePromotionRemovesItsProvenanceButHistoryKeepsIt() {
        Space space = space(Visibility.PUBLIC);
        Viewer editor = editorOf(space);
        String slug = "undo-" + TestData.unique();
        wiki.save(editor, space.getSlug(), slug, new Edit("Undo " + slug, "Our notes.\n", "", false, 0));
        Thread t = thread(space, "Undo", "Promote then revert me.");
        PromotionService.Published p = promotions.publish(editor, whole(t.post(1)),
                new PromotionService.Target(space.getSlug(), slug, null, DraftWriter.Placement.APPEND, null), null, 0, null, false, true, "k-" + TestData.unique());
        assertThat(promotions.sources(ada(), space.getSlug(), slug).sections()).hasSize(1);
        assertThat(forum.thread(ada(), t.id()).thread().isLocked()).isTrue();
        assertThat(org.commonplace.promotion.PromotionService.status(forum.thread(ada(), t.id()).thread(), true)).isEqualTo("superseded");

        wiki.revert(editor, space.getSlug(), slug, p.revision() - 1);
        PromotionService.Sources after = promotions.sources(ada(), space.getSlug(), slug);
        assertThat(after.sections()).isEmpty();
        assertThat(after.promotions()).singleElement().satisfies(x -> assertThat(x.revision()).isEqualTo(p.revision()));
    }

    @Test
    void aRepeatedKeyMakesOnePromotion() {
        Space space = space(Visibility.PUBLIC);
        Viewer editor = editorOf(space);
        Thread t = thread(space, "Twice", "Only once please.");
        String key = "twice-" + TestData.unique();
        PromotionService.Target target = new PromotionService.Target(space.getSlug(), null, "Once " + TestData.unique(), DraftWriter.Placement.NEW, null);
        PromotionService.Published first = promotions.publish(editor, whole(t.post(1)), target, null, 0, null, false, false, key);
        PromotionService.Published again = promotions.publish(editor, whole(t.post(1)), target, null, 0, null, false, false, key);
        assertThat(again.promotion().getId()).isEqualTo(first.promotion().getId());
        assertThat(again.slug()).isEqualTo(first.slug());
        assertThat(promotions.threadSide(ada(), t.id()).banners()).hasSize(1);
    }

    /** Not a timed assertion: prints how long the workbench of 500 posts and a draft of 300 take (for the report). */
    @Test
    void workbenchOf500PostsAndDraftOf300AreMeasured() {
        Space space = space(Visibility.PUBLIC);
        Viewer editor = editorOf(space);
        ForumThread t = forum.startThread(ada(), space.getSlug(), "talk", "Five hundred", "The opening post of a long thread.", null);
        List<Long> ids = new ArrayList<>();
        ids.add(forum.thread(ada(), t.getId()).posts().get(0).post().getId());
        for (int i = 1; i < 500; i++) {
            Long parent = i < 10 ? ids.get(0) : ids.get(i / 3);
            ids.add(forum.reply(i % 2 == 0 ? mia() : mo(), t.getId(), parent, "Reply number " + i + " with **some** text about facilitation, rounds and silence.", null).getId());
        }
        promotions.workbench(editor, t.getId(), null);
        long w0 = System.nanoTime();
        PromotionService.Workbench bench = promotions.workbench(editor, t.getId(), null);
        long workbenchMs = (System.nanoTime() - w0) / 1_000_000;
        assertThat(bench.posts()).hasSize(500);

        List<PromotionService.Selection> three = bench.posts().subList(0, 300).stream().map(p -> PromotionService.Selection.whole(p.id())).toList();
        PromotionService.Target target = new PromotionService.Target(space.getSlug(), null, "Three hundred", DraftWriter.Placement.NEW, null);
        promotions.draft(editor, three, target);
        long d0 = System.nanoTime();
        PromotionService.Draft draft = promotions.draft(editor, three, target);
        long draftMs = (System.nanoTime() - d0) / 1_000_000;
        assertThat(draft.markdown().split("\\n## ", -1)).hasSize(300 + 1);
        System.out.println("PROMOTION-TIMING workbench(500 posts) = " + workbenchMs + " ms; draft(300 posts) = " + draftMs + " ms");
    }

    @Test
    void membersFlagThreadsAndEditorsSeeThemRankedOnTheQueue() {
        Space space = space(Visibility.PUBLIC);
        Viewer editor = editorOf(space);
        Thread quiet = thread(space, "Quiet one", "Nothing much.");
        Thread flagged = thread(space, "Flagged one", "This deserves a page.");
        assertThat(promotions.toggleFlag(mia(), flagged.id())).isTrue();
        assertThat(promotions.toggleFlag(mo(), flagged.id())).isTrue();
        assertThat(promotions.threadSide(mia(), flagged.id()).flags()).isEqualTo(2);
        assertThat(promotions.threadSide(mia(), flagged.id()).flagged()).isTrue();
        assertThat(promotions.toggleFlag(mo(), flagged.id())).isFalse();

        List<PromotionService.Candidate> queue = promotions.queue(editor, space.getSlug(), 10_000).stream()
                .filter(c -> c.threadId() == flagged.id() || c.threadId() == quiet.id()).toList();
        assertThat(queue).extracting(PromotionService.Candidate::threadId).containsExactly(flagged.id(), quiet.id());
        assertThat(queue.get(0).flags()).isEqualTo(1);
        assertThat(queue.get(0).status()).isEqualTo("open");
        assertThatThrownBy(() -> promotions.queue(mia(), space.getSlug(), 10)).isInstanceOf(ForbiddenException.class);

        publishNew(editor, space, "Flagged " + TestData.unique(), whole(flagged.post(0)));
        List<PromotionService.Candidate> after = promotions.queue(editor, space.getSlug(), 10_000).stream()
                .filter(c -> c.threadId() == flagged.id() || c.threadId() == quiet.id()).toList();
        assertThat(after.get(after.size() - 1).threadId()).isEqualTo(flagged.id());
        assertThat(after.get(after.size() - 1).status()).isEqualTo("distilled");
    }
}
