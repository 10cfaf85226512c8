package org.commonplace.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.commonplace.forum.ForumService;
import org.commonplace.forum.ForumThread;
import org.commonplace.forum.Post;
import org.commonplace.people.Account;
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
import org.commonplace.wiki.WikiService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Full-text search against the real index and database. Indexing is synchronous (write-sync), so a search
 * right after a write sees it; every test makes its own space and unique words.
 */
@ExtendWith(ArquillianExtension.class)
class SearchIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(SearchIT.class);
    }

    @Inject
    SearchService search;

    @Inject
    IndexGuard guard;

    @Inject
    SpaceService spaces;

    @Inject
    WikiService wiki;

    @Inject
    ForumService forum;

    @Inject
    Viewers viewers;

    @Inject
    Members members;

    @PersistenceContext
    EntityManager em;

    private Viewer user(String name) {
        return viewers.byUsername(name).orElseThrow();
    }

    private String newSpace(Visibility visibility) {
        String slug = "search-" + TestData.unique();
        spaces.create(user("ada"), slug, "Search " + slug, "", visibility);
        forum.createBoard(user("ada"), slug, "talk", "Talk", "", false);
        return slug;
    }

    private static String word() {
        return "zq" + TestData.unique();
    }

    private void page(String space, String title, String markdown) {
        wiki.save(user("ada"), space, null, new Edit(title, markdown, "", false, 0, null));
    }

    private SearchResult find(Viewer viewer, String q, String space) {
        return search.search(viewer, new SearchQuery(q, null, space, null, null, null, 1, 20));
    }

    private static Map<String, Long> counts(SearchResult r, String facet) {
        return r.facets().get(facet).stream().collect(Collectors.toMap(FacetValue::key, FacetValue::count));
    }

    @Test
    void countsAreReusedForTheNextPageAndFollowNewContent() {
        String space = newSpace(Visibility.PUBLIC);
        String w = word();
        for (int i = 1; i <= 3; i++) {
            page(space, "Counted " + i, "The " + w + " note number " + i + ".");
        }
        SearchResult first = search.search(Viewer.anonymous(), new SearchQuery(w, null, space, null, null, null, 1, 2));
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.hits()).hasSize(2);
        SearchResult second = search.search(Viewer.anonymous(), new SearchQuery(w, null, space, null, null, null, 2, 2));
        assertThat(second.total()).as("the counts kept from page 1").isEqualTo(3);
        assertThat(second.hits()).hasSize(1);
        assertThat(counts(second, "type")).isEqualTo(Map.of("page", 3L));
        assertThat(second.hits().get(0).snippetHtml()).contains("<mark>" + w + "</mark>");
        SearchResult filtered = search.search(Viewer.anonymous(), new SearchQuery(w, "page", space, null, null, null, 1, 2));
        assertThat(filtered.facets().get("type")).singleElement().satisfies(v -> assertThat(v.selected()).isTrue());

        page(space, "Counted 4", "A fourth " + w + ".");
        assertThat(find(Viewer.anonymous(), w, space).total()).as("new content is counted at once").isEqualTo(4);
        assertThat(search.search(Viewer.anonymous(), new SearchQuery(w, null, space, null, null, null, 2, 2)).hits()).hasSize(2);
    }

    @Test
    void pagesThreadsAndPostsAreFoundInOneRankedList() {
        String space = newSpace(Visibility.PUBLIC);
        String w = word();
        page(space, "Guide " + w, "How we work.");
        ForumThread thread = forum.startThread(user("mia"), space, "talk", "Question " + w, "Opening words.", null);
        forum.reply(user("edith"), thread.getId(), null, "An answer that mentions " + w + " in passing.", null);

        SearchResult r = find(Viewer.anonymous(), w, null);
        // Posts carry their thread's title too, so the opening post matches as well as the reply.
        assertThat(r.hits()).extracting(SearchHit::type)
                .containsExactlyInAnyOrder(DocKind.PAGE, DocKind.THREAD, DocKind.POST, DocKind.POST);
        assertThat(r.total()).isEqualTo(4);
        assertThat(r.hits().get(0).type()).as("a title match ranks first").isIn(DocKind.PAGE, DocKind.THREAD);
        SearchHit reply = r.hits().stream().filter(h -> h.type() == DocKind.POST && "edith".equals(h.author())).findFirst().orElseThrow();
        assertThat(reply.title()).isEqualTo("Question " + w);
        assertThat(reply.url()).startsWith("/t/" + thread.getId() + "#p");
        assertThat(reply.spaceSlug()).isEqualTo(space);
        assertThat(reply.snippetHtml()).contains("<mark>" + w + "</mark>");
        assertThat(counts(r, "type")).isEqualTo(Map.of("page", 1L, "thread", 1L, "post", 2L));
    }

    @Test
    void englishStemmingAccentFoldingAndTypoTolerance() {
        String space = newSpace(Visibility.PUBLIC);
        page(space, "Facilitating meetings", "We facilitated the café workshops together.");
        assertThat(find(Viewer.anonymous(), "meeting", space).total()).as("stemming").isEqualTo(1);
        assertThat(find(Viewer.anonymous(), "facilitate workshop", space).total()).as("stemming").isEqualTo(1);
        assertThat(find(Viewer.anonymous(), "cafe", space).total()).as("accent folding").isEqualTo(1);
        assertThat(find(Viewer.anonymous(), "worksohps", space).total()).as("a typo in a long word").isEqualTo(1);
        assertThat(find(Viewer.anonymous(), "cafx", space).total()).as("four letters tolerate a typo").isEqualTo(1);
        assertThat(find(Viewer.anonymous(), "wek", space).total()).as("no typo tolerance under four letters").isZero();
    }

    @Test
    void eachWordIsFoundInWhicheverFieldHoldsIt() {
        String space = newSpace(Visibility.PUBLIC);
        String tag = word();
        String said = word();
        String asked = word();
        wiki.save(user("ada"), space, null, new Edit("Handovers between shifts", "Read MIA'S Notes before " + said + ".", "",
                false, 0, tag));
        ForumThread thread = forum.startThread(user("mia"), space, "talk", "Question " + asked, "Opening words.", null);
        forum.reply(user("lars"), thread.getId(), null, "A reply that says " + said + " too.", null);

        assertThat(find(Viewer.anonymous(), tag, space).total()).as("a tag").isEqualTo(1);
        assertThat(find(Viewer.anonymous(), asked + " " + said, space).hits()).as("a thread title and a body")
                .singleElement().satisfies(h -> assertThat(h.author()).isEqualTo("lars"));
        assertThat(find(Viewer.anonymous(), "lars " + said, space).total()).as("an author and a body").isEqualTo(1);
        assertThat(find(Viewer.anonymous(), "ada " + said, space).total()).as("a page's author").isEqualTo(1);
        assertThat(find(Viewer.anonymous(), "edith " + said, space).total()).isZero();
        assertThat(find(Viewer.anonymous(), "handovres " + said, space).total()).as("a typo in a title").isEqualTo(1);
        assertThat(find(Viewer.anonymous(), "shifts befroe " + tag, space).total()).as("a typo in a body").isEqualTo(1);
        assertThat(find(Viewer.anonymous(), "\"mia's notes\" " + said, space).total()).as("a phrase, whatever its case").isEqualTo(1);
        assertThat(find(Viewer.anonymous(), "\"of the\" OR " + tag, space).total()).as("or a phrase of stop words").isEqualTo(1);
    }

    @Test
    void phrasesExclusionAndOr() {
        String space = newSpace(Visibility.PUBLIC);
        page(space, "River one", "The blue green river runs past purple stones.");
        page(space, "River two", "The green blue river runs past grey stones.");
        assertThat(titles(find(Viewer.anonymous(), "\"green blue\"", space))).containsExactly("River two");
        assertThat(titles(find(Viewer.anonymous(), "\"green rivers\"", space))).as("phrases are exact, not stemmed").isEmpty();
        assertThat(titles(find(Viewer.anonymous(), "river -purple", space))).containsExactly("River two");
        assertThat(titles(find(Viewer.anonymous(), "river -\"blue green\"", space))).containsExactly("River two");
        assertThat(titles(find(Viewer.anonymous(), "purple OR grey", space))).containsExactlyInAnyOrder("River one", "River two");
        assertThat(titles(find(Viewer.anonymous(), "purple grey", space))).as("plain words are all required").isEmpty();
        assertThat(titles(find(Viewer.anonymous(), "\"blue green river (( OR", space))).as("broken syntax is plain text")
                .containsExactlyInAnyOrder("River one", "River two");
    }

    @Test
    void stopWordsAreNotRequiredUnlessTheyAreAllThereIs() {
        String space = newSpace(Visibility.PUBLIC);
        String w = word();
        page(space, "Notes on " + w, "A short note about " + w + " sessions.");
        page(space, "The Who", "A band.");
        assertThat(titles(find(Viewer.anonymous(), "the " + w, space))).as("'the' is not required").containsExactly("Notes on " + w);
        assertThat(titles(find(Viewer.anonymous(), "with " + w + " sessions", space))).containsExactly("Notes on " + w);
        assertThat(titles(find(Viewer.anonymous(), "the who", space))).as("only stop words: searched as typed").containsExactly("The Who");
    }

    private static List<String> titles(SearchResult r) {
        return r.hits().stream().map(SearchHit::title).toList();
    }

    @Test
    void badInputIsRefusedWithAMessage() {
        assertThatThrownBy(() -> find(Viewer.anonymous(), "x".repeat(1001), null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("1000");
        assertThatThrownBy(() -> find(Viewer.anonymous(), "  \"\" -- ", null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void facetsCountAndFilter() {
        String space = newSpace(Visibility.PUBLIC);
        String w = word();
        page(space, "One " + w, "text");
        page(space, "Two", "more text about " + w);
        ForumThread t = forum.startThread(user("mia"), space, "talk", "Thread " + w, "opening " + w, null);
        forum.reply(user("edith"), t.getId(), null, "reply " + w, null);
        forum.reply(user("edith"), t.getId(), null, "another reply " + w, null);

        SearchResult all = find(Viewer.anonymous(), w, null);
        assertThat(all.total()).isEqualTo(6);
        assertThat(counts(all, "type")).isEqualTo(Map.of("page", 2L, "thread", 1L, "post", 3L));
        assertThat(counts(all, "space")).isEqualTo(Map.of(space, 6L));
        assertThat(counts(all, "author")).containsEntry("edith", 2L).containsEntry("mia", 2L);
        assertThat(counts(all, "date")).containsEntry("week", 6L).doesNotContainKey("older");
        long boardId = t.getBoard().getId();
        assertThat(counts(all, "board")).isEqualTo(Map.of(Long.toString(boardId), 4L));

        SearchResult posts = search.search(Viewer.anonymous(), new SearchQuery(w, "post", null, null, "edith", null, 1, 20));
        assertThat(posts.total()).isEqualTo(2);
        assertThat(posts.hits()).allMatch(h -> h.type() == DocKind.POST && h.author().equals("edith"));
        SearchResult older = search.search(Viewer.anonymous(), new SearchQuery(w, null, null, null, null, "older", 1, 20));
        assertThat(older.total()).isZero();

        SearchResult paged = search.search(Viewer.anonymous(), new SearchQuery(w, null, null, null, null, null, 2, 4));
        assertThat(paged.total()).isEqualTo(6);
        assertThat(paged.hits()).hasSize(2);
        assertThat(paged.pages()).isEqualTo(2);
    }

    @Test
    void snippetsEscapeUserTextAndMarkOnlyTheMatches() {
        String space = newSpace(Visibility.PUBLIC);
        String w = word();
        page(space, "Escaping " + w, "Before <script>alert('x')</script> & " + w + " after.");
        SearchHit hit = find(Viewer.anonymous(), w, space).hits().get(0);
        assertThat(hit.snippetHtml()).contains("<mark>" + w + "</mark>").contains("&lt;script&gt;").doesNotContain("<script>");
        assertThat(hit.titleHtml()).isEqualTo("Escaping <mark>" + w + "</mark>");
        assertThat(hit.snippetHtml().replace("<mark>", "").replace("</mark>", "")).doesNotContain("<");
    }

    @Test
    void aHitShowsWhatItsPageSaysNow() {
        String space = newSpace(Visibility.PUBLIC);
        String w = word();
        page(space, "Kept " + w, "The first wording of " + w + ".");
        assertThat(find(Viewer.anonymous(), w, space).hits()).singleElement()
                .satisfies(h -> assertThat(h.snippetHtml()).contains("first wording"));
        String slug = find(Viewer.anonymous(), w, space).hits().get(0).url().replaceAll(".*/", "");
        wiki.save(user("ada"), space, slug, new Edit("Kept " + w, "The second wording of " + w + ".", "", false, 1));
        assertThat(find(Viewer.anonymous(), w, space).hits()).as("the hit read again, not the one shown before")
                .singleElement().satisfies(h -> assertThat(h.snippetHtml()).contains("second wording").doesNotContain("first"));
    }

    @Test
    void invitationOnlyContentNeverReachesOutsiders() {
        String hidden = newSpace(Visibility.INVITE_ONLY);
        String open = newSpace(Visibility.PUBLIC);
        String w = word();
        page(hidden, "Secret " + w, "secret body " + w);
        ForumThread t = forum.startThread(user("ada"), hidden, "talk", "Secret thread " + w, "secret post " + w, null);
        page(open, "Public " + w, "public body");

        for (Viewer outsider : List.of(Viewer.anonymous(), user("otto"), user("mia"))) {
            SearchResult r = find(outsider, w, null);
            assertThat(r.total()).as("hits for " + outsider.username()).isEqualTo(1);
            assertThat(titles(r)).containsExactly("Public " + w);
            assertThat(counts(r, "type")).isEqualTo(Map.of("page", 1L));
            assertThat(counts(r, "space")).isEqualTo(Map.of(open, 1L));
            assertThat(r.facets().get("board")).isEmpty();
            assertThat(r.facets().get("author")).extracting(FacetValue::count).containsOnly(1L);
            assertThat(r.hits()).allMatch(h -> !h.snippetHtml().contains("secret"));
            assertThat(find(outsider, "secret " + w, null).total()).isZero();
            assertThat(search.search(outsider, new SearchQuery(w, null, hidden, null, null, null, 1, 20)).total()).isZero();
            assertThat(search.suggest(outsider, "secret " + w)).isEmpty();
            assertThat(search.similarThreads(outsider, "secret thread " + w, List.of())).extracting(Suggestion::url)
                    .doesNotContain("/t/" + t.getId());
        }
        members.admit(hidden, "mia", Role.MEMBER);
        SearchResult member = find(user("mia"), w, null);
        assertThat(member.total()).isEqualTo(4);
        assertThat(counts(member, "space")).isEqualTo(Map.of(hidden, 3L, open, 1L));
        assertThat(search.suggest(user("mia"), "secret " + w)).extracting(Suggestion::title)
                .containsExactlyInAnyOrder("Secret " + w, "Secret thread " + w);
        assertThat(search.similarThreads(user("mia"), "secret thread " + w, List.of())).extracting(Suggestion::url)
                .first().isEqualTo("/t/" + t.getId());
    }

    @Test
    void aSpaceThatBecomesInvitationOnlyLeavesOutsidersResultsAtOnce() {
        String space = newSpace(Visibility.PUBLIC);
        String w = word();
        page(space, "Soon closed " + w, "body " + w);
        assertThat(find(Viewer.anonymous(), w, null).total()).isEqualTo(1);
        assertThat(search.readableSpaces(Viewer.anonymous()).values()).extracting(SearchService.ReadableSpace::slug).contains(space);

        members.changeVisibility(space, Visibility.INVITE_ONLY);

        // The same viewer as before (the spaces it may read were just kept), and a new word, so no counts are kept either.
        assertThat(search.readableSpaces(Viewer.anonymous()).values()).extracting(SearchService.ReadableSpace::slug).doesNotContain(space);
        assertThat(find(Viewer.anonymous(), w, null).total()).isZero();
        assertThat(find(user("otto"), w, null).total()).isZero();
        assertThat(find(user("ada"), w, null).total()).isEqualTo(1);
    }

    @Test
    void manyMatchesAreCountedFromASampleThatLeaksNothing() {
        String open = newSpace(Visibility.PUBLIC);
        String hidden = newSpace(Visibility.INVITE_ONLY);
        String w = word();
        ForumThread openThread = forum.startThread(user("ada"), open, "talk", "Open thread", "first " + w, null);
        ForumThread hiddenThread = forum.startThread(user("ada"), hidden, "talk", "Hidden thread", "first " + w, null);
        // Replies until each thread has posts in the sample bucket (one post in 64 falls there, by its id).
        long openSample = sampled(openThread);
        long hiddenSample = sampled(hiddenThread);
        int openPosts = 1;
        int hiddenPosts = 1;
        for (int i = 0; (openSample < Facets.MIN_SAMPLED || hiddenSample < 2) && i < 5_000; i++) {
            if (openSample < Facets.MIN_SAMPLED || i % 2 == 0) {
                openSample += inSample(forum.reply(user("ada"), openThread.getId(), null, "open reply " + i + " " + w, null));
                openPosts++;
            }
            if (hiddenSample < 2) {
                hiddenSample += inSample(forum.reply(user("ada"), hiddenThread.getId(), null, "hidden reply " + i + " " + w, null));
                hiddenPosts++;
            }
        }
        assertThat(openSample).isEqualTo(sampled(openThread)).isGreaterThanOrEqualTo(Facets.MIN_SAMPLED);
        assertThat(hiddenSample).isEqualTo(sampled(hiddenThread)).isGreaterThanOrEqualTo(2);
        SearchQuery query = new SearchQuery(w, null, null, null, null, null, 1, 20);

        // Estimate whenever the sample holds a match (0): the counts are then the readable sample, times 64, rounded.
        SearchResult outsider = search.search(Viewer.anonymous(), query, true, 0);
        assertThat(outsider.estimated()).isTrue();
        long openEstimate = Facets.scaled(openSample, SearchDocumentBinder.SAMPLE_BUCKETS);
        assertThat(outsider.total()).as("%d readable posts, %d of them in the sample", openPosts, openSample).isEqualTo(openEstimate);
        assertThat(counts(outsider, "space")).as("nothing of the invite-only space").isEqualTo(Map.of(open, openEstimate));
        assertThat(counts(outsider, "type")).isEqualTo(Map.of("post", openEstimate));
        assertThat(outsider.hits()).hasSize(20).allMatch(h -> h.spaceSlug().equals(open));
        assertThat(search.search(Viewer.anonymous(), new SearchQuery(w, null, null, null, null, null, 2, 20), false, 0).total())
                .as("the next page keeps the estimate").isEqualTo(openEstimate);

        members.admit(hidden, "mia", Role.MEMBER);
        SearchResult member = search.search(user("mia"), query, true, 0);
        assertThat(member.estimated()).isTrue();
        assertThat(member.total()).isEqualTo(Facets.scaled(openSample + hiddenSample, SearchDocumentBinder.SAMPLE_BUCKETS));
        assertThat(counts(member, "space")).as("a space seen too rarely in the sample to estimate is left out")
                .isEqualTo(Map.of(open, openEstimate));

        SearchResult exact = search.search(user("mia"), query, true, 10_000);
        assertThat(exact.estimated()).as("few enough matches are counted exactly").isFalse();
        assertThat(exact.total()).isEqualTo(openPosts + hiddenPosts);
    }

    @Test
    void aSearchTheTermStatisticsBoundBelowTheLimitIsCountedExactlyWithoutASample() {
        String space = newSpace(Visibility.PUBLIC);
        ForumThread thread = forum.startThread(user("ada"), space, "talk", "Sampling thread", "first post", null);
        // One word per reply, until a reply falls in the sample bucket: its word then matches one document, sampled.
        String sampledWord = null;
        for (int i = 0; sampledWord == null && i < 2_000; i++) {
            String w = word();
            if (inSample(forum.reply(user("ada"), thread.getId(), null, "reply with " + w, null)) == 1) {
                sampledWord = w;
            }
        }
        assertThat(sampledWord).isNotNull();
        SearchQuery query = new SearchQuery(sampledWord, null, null, null, null, null, 1, 20);
        // The sample alone would say 64 (its one match, times 64); the index says at most one document holds the word.
        SearchResult result = search.search(Viewer.anonymous(), query, true, 10);
        assertThat(result.estimated()).isFalse();
        assertThat(result.total()).isEqualTo(1);
        assertThat(counts(result, "type")).isEqualTo(Map.of("post", 1L));
    }

    @Test
    void aSearchTheStatisticsOverstateIsCountedExactlyInOnePass() {
        String space = newSpace(Visibility.PUBLIC);
        String w = word();
        // The word in the thread's title and in 8 replies: the statistics count it in 1 title, 9 bodies and 9 posts' thread
        // titles (19, over a limit of 10), but 9 posts and the thread match.
        ForumThread thread = forum.startThread(user("ada"), space, "talk", "Thread about " + w, "first post", null);
        for (int i = 0; i < 8; i++) {
            forum.reply(user("ada"), thread.getId(), null, "reply " + i + " on " + w, null);
        }
        SearchResult result = search.search(Viewer.anonymous(), new SearchQuery(w, null, null, null, null, null, 1, 20), true, 10);
        assertThat(result.estimated()).isFalse();
        assertThat(result.total()).isEqualTo(10);
        assertThat(counts(result, "type")).isEqualTo(Map.of("post", 9L, "thread", 1L));
        assertThat(result.hits()).hasSize(10);
    }

    @Test
    void aSearchWhoseExactCountPassesTheLimitIsEstimatedAtLeastAtTheLimit() {
        String space = newSpace(Visibility.PUBLIC);
        String w = word();
        ForumThread thread = forum.startThread(user("ada"), space, "talk", "Counting thread", "first " + w, null);
        for (int i = 0; i < 14; i++) {
            forum.reply(user("ada"), thread.getId(), null, "reply " + i + " on " + w, null);
        }
        // 15 matches over a limit of 10: the exact count stops at the limit, and a sample estimates the rest.
        SearchResult result = search.search(Viewer.anonymous(), new SearchQuery(w, null, null, null, null, null, 1, 20), true, 10);
        assertThat(result.estimated()).isTrue();
        assertThat(result.total()).isGreaterThanOrEqualTo(10);
        assertThat(result.hits()).as("the page of hits is complete").hasSize(15);
    }

    private static int inSample(Post post) {
        return SearchDocumentBinder.sampleBucket(DocKind.POST, post.getId()) == 0 ? 1 : 0;
    }

    /** How many of a thread's posts fall in the sample bucket that estimates counts. */
    private long sampled(ForumThread thread) {
        return em.createQuery("select p.id from Post p where p.thread.id = :t", Long.class).setParameter("t", thread.getId())
                .getResultList().stream().filter(id -> SearchDocumentBinder.sampleBucket(DocKind.POST, id) == 0).count();
    }

    @Test
    void autocompleteMatchesTitlePrefixes() {
        String space = newSpace(Visibility.PUBLIC);
        String w = word();
        page(space, "Onboarding " + w + " checklist", "body");
        forum.startThread(user("mia"), space, "talk", "Onboarding " + w + " questions", "body", null);
        assertThat(search.suggest(Viewer.anonymous(), "onboard " + w.substring(0, 6))).extracting(Suggestion::title)
                .contains("Onboarding " + w + " checklist", "Onboarding " + w + " questions");
        assertThat(search.suggest(Viewer.anonymous(), w + " check")).extracting(Suggestion::title)
                .containsExactly("Onboarding " + w + " checklist");
        assertThat(search.suggest(Viewer.anonymous(), "  ")).isEmpty();
    }

    @Test
    void similarThreadsAndRelatedDiscussions() {
        String space = newSpace(Visibility.PUBLIC);
        String w = word();
        ForumThread retro = forum.startThread(user("mia"), space, "talk", "Running a " + w + " retrospective", "How long should it take?", null);
        forum.startThread(user("mia"), space, "talk", "Lunch plans " + word(), "Pizza?", null);
        List<Suggestion> similar = search.similarThreads(Viewer.anonymous(), "How do you run retrospectives " + w, List.of());
        assertThat(similar).extracting(Suggestion::url).first().isEqualTo("/t/" + retro.getId());
        assertThat(search.similarThreads(Viewer.anonymous(), w, List.of(retro.getId()))).isEmpty();

        wiki.save(user("ada"), space, null, new Edit("Retrospective " + w, "How we hold them.", "", false, 0, "retrospectives"));
        String slug = wiki.find(user("ada"), space, "retrospective-" + w).orElseThrow().getSlug();
        assertThat(search.relatedDiscussions(Viewer.anonymous(), space, slug)).extracting(Suggestion::url).contains("/t/" + retro.getId());
    }

    @Test
    void deletedPagesAndHiddenPostsLeaveTheIndex() {
        String space = newSpace(Visibility.PUBLIC);
        String w = word();
        page(space, "Temporary " + w, "body");
        ForumThread t = forum.startThread(user("mia"), space, "talk", "Thread", "opening", null);
        Post reply = forum.reply(user("mia"), t.getId(), null, "rude " + w, null);
        assertThat(find(Viewer.anonymous(), w, space).total()).isEqualTo(2);
        wiki.delete(user("ada"), space, "temporary-" + w);
        forum.hidePost(user("ada"), reply.getId(), "rude");
        assertThat(find(Viewer.anonymous(), w, space).total()).isZero();
        wiki.restore(user("ada"), space, "temporary-" + w);
        assertThat(find(Viewer.anonymous(), w, space).total()).isEqualTo(1);
    }

    @Test
    void aDeletedIndexFolderIsRebuiltFromTheDatabase() throws IOException {
        String space = newSpace(Visibility.PUBLIC);
        String w = word();
        page(space, "Survivor " + w, "body");
        ForumThread t = forum.startThread(user("mia"), space, "talk", "Survivor thread " + w, "opening", null);
        assertThat(guard.checkAndRepair().state()).isEqualTo(IndexGuard.State.READY);

        Path folder = IndexGuard.indexRoot().resolve(SearchMappingConfigurer.PAGE_INDEX);
        assertThat(folder).isDirectory();
        deleteFolder(folder);
        IndexGuard.Status status = guard.checkAndRepair();
        assertThat(status.reason()).contains("missing");
        assertThat(status.state()).isEqualTo(IndexGuard.State.READY);
        assertThat(status.indexCounts()).isEqualTo(status.databaseCounts());
        assertThat(status.lastRebuildDocuments()).isPositive();
        assertThat(folder).isDirectory();
        // the page, the thread, and its opening post (which carries the thread's title)
        assertThat(titles(find(Viewer.anonymous(), w, space)))
                .containsExactlyInAnyOrder("Survivor " + w, "Survivor thread " + w, "Survivor thread " + w);
        assertThat(t.getId()).isPositive();
        assertThat(guard.checkAndRepair().reason()).isEqualTo("index and database agree");
    }

    /** Deletes a live index folder; Lucene may change files meanwhile, so missing files are skipped and it goes again. */
    private static void deleteFolder(Path folder) throws IOException {
        for (int attempt = 0; attempt < 10 && Files.exists(folder); attempt++) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (java.nio.file.NoSuchFileException | java.nio.file.DirectoryNotEmptyException | java.io.UncheckedIOException e) {
                // a file came or went while deleting: go again
            }
        }
        assertThat(folder).doesNotExist();
    }

    /** Test helper: admits an account to a space. */
    @jakarta.enterprise.context.ApplicationScoped
    public static class Members {
        @PersistenceContext
        EntityManager em;

        @Inject
        SpaceService spaces;

        @Transactional
        public void admit(String spaceSlug, String username, Role role) {
            Space space = spaces.findBySlug(spaceSlug).orElseThrow();
            Account account = em.createQuery("select a from Account a where a.username = :u", Account.class)
                    .setParameter("u", username).getSingleResult();
            spaces.admit(space, account, role);
        }

        @Transactional
        public void changeVisibility(String spaceSlug, Visibility visibility) {
            spaces.findBySlug(spaceSlug).orElseThrow().changeVisibility(visibility);
        }
    }
}
