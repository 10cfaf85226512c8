package org.commonplace.phrasebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.commonplace.forum.ForumService;
import org.commonplace.forum.ForumThread;
import org.commonplace.forum.ThreadView;
import org.commonplace.shared.ConflictException;
import org.commonplace.shared.ForbiddenException;
import org.commonplace.shared.InvalidInputException;
import org.commonplace.shared.NotFoundException;
import org.commonplace.space.Role;
import org.commonplace.space.Space;
import org.commonplace.space.SpaceService;
import org.commonplace.space.Viewer;
import org.commonplace.space.Viewers;
import org.commonplace.space.Visibility;
import org.commonplace.testsupport.ApiClient;
import org.commonplace.testsupport.Deployments;
import org.commonplace.testsupport.TestData;
import org.commonplace.wiki.Edit;
import org.commonplace.wiki.PageView;
import org.commonplace.wiki.WikiService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The phrasebook against the real database: term marking in pages and posts (first occurrence, aliases, case,
 * whole words, not in code, links or headings; space terms; the space switch; refresh on change), "used in" counts
 * that do not leak invite-only content, term editing rules, candidate terms, and the REST and web views.
 */
@ExtendWith(ArquillianExtension.class)
class PhrasebookIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(PhrasebookIT.class).addClass(ApiClient.class);
    }

    @Inject
    PhrasebookService phrasebook;

    @Inject
    org.commonplace.search.SearchService search;

    @Inject
    TermMarking marking;

    @Inject
    CandidateTerms candidates;

    @Inject
    WikiService wiki;

    @Inject
    ForumService forum;

    @Inject
    SpaceService spaces;

    @Inject
    Viewers viewers;

    @ArquillianResource
    URL base;

    private Viewer ada() {
        return viewers.byUsername("ada").orElseThrow();
    }

    private Viewer mia() {
        return viewers.byUsername("mia").orElseThrow();
    }

    /** Edith acting as an editor of exactly these spaces (not a site admin). */
    private Viewer editorOf(Space... in) {
        Viewer edith = viewers.byUsername("edith").orElseThrow();
        Map<Long, Role> roles = new java.util.HashMap<>();
        for (Space s : in) {
            roles.put(s.getId(), Role.EDITOR);
        }
        return new Viewer(edith.accountId(), edith.username(), edith.displayName(), false, roles);
    }

    /** A few spaces shared by the whole class (so the test run does not crowd space listings); each test uses its own words. */
    private static final Map<String, String> SHARED = new java.util.concurrent.ConcurrentHashMap<>();

    private Space space(Visibility visibility) {
        return shared(visibility.name(), visibility);
    }

    private Space shared(String key, Visibility visibility) {
        String slug = SHARED.computeIfAbsent(key, k -> {
            String made = "phr-" + TestData.unique();
            spaces.create(ada(), made, "Phrasebook tests " + k.toLowerCase(java.util.Locale.ROOT), "", visibility);
            forum.createBoard(ada(), made, "talk", "Talk", "", false);
            return made;
        });
        return spaces.findBySlug(slug).orElseThrow();
    }

    private static String word() {
        // a made-up word no seeded term or other test uses
        return "phw" + TestData.unique().replaceAll("[^a-z0-9]", "");
    }

    private static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    private String pageHtml(Viewer viewer, Space space, String slug) {
        PageView v = wiki.view(viewer, space.getSlug(), slug, null);
        return marking.markPage(v.page().getSpace(), v.page().getId(), v.revision().getNumber(), v.html());
    }

    @Test
    void termsAreFoundBySearchAndHiddenOnesOnlyByTheirReaders() {
        String w = word();
        phrasebook.create(ada(), null, new TermInput(w, List.of(w + "alias"), "A site-wide word for search tests.", "", List.of()));
        Space hidden = space(Visibility.INVITE_ONLY);
        String secret = word();
        phrasebook.create(ada(), hidden.getSlug(), new TermInput(secret, List.of(), "Only the circle knows.", "", List.of()));

        org.commonplace.search.SearchResult found = search.search(Viewer.anonymous(),
                new org.commonplace.search.SearchQuery(w, "term", null, null, null, null, 1, 20));
        assertThat(found.hits()).extracting(h -> h.url()).contains("/phrasebook/" + w);
        assertThat(found.hits().get(0).type()).isEqualTo(org.commonplace.search.DocKind.TERM);
        assertThat(search.search(Viewer.anonymous(), org.commonplace.search.SearchQuery.of("search tests " + w)).facets().get("type"))
                .anySatisfy(v -> assertThat(v.key()).isEqualTo("term"));

        assertThat(search.search(Viewer.anonymous(), org.commonplace.search.SearchQuery.of(secret)).total()).isZero();
        assertThat(search.search(ada(), org.commonplace.search.SearchQuery.of(secret)).hits())
                .extracting(h -> h.url()).contains("/phrasebook/" + secret);
    }

    @Test
    void marksTheFirstOccurrenceOfTermsAndAliasesInPagesButNotInCodeLinksOrHeadings() {
        Space space = space(Visibility.PUBLIC);
        String w = word();
        String alias = w + "ish";
        Term t = phrasebook.create(ada(), null, new TermInput(w, List.of(alias), "A made-up word for tests.", "", List.of()));
        wiki.save(ada(), space.getSlug(), "marks", new Edit("Marks", "# About " + w + "\n\nSee [" + w + "](https://example.org) and `"
                + w + "`.\n\n```\n" + w + "\n```\n\nThe " + w.toUpperCase() + " here, then " + w + " again, " + w + "s and " + alias + ".", "s", false, 0));

        String html = pageHtml(mia(), space, "marks");
        assertThat(count(html, "class=\"term\"")).isEqualTo(1);
        assertThat(html).contains("The <span class=\"term-wrap\"><a class=\"term\" href=\"/phrasebook/" + t.getSlug() + "\"")
                .contains(">" + w.toUpperCase() + "</a><span class=\"term-tip\" role=\"tooltip\"")
                .contains("A made-up word for tests.</span>");
        assertThat(html).contains("<h1 id=\"h-about-" + w + "\">About " + w + "</h1>");
        assertThat(html).contains("<code>" + w + "</code>");

        // an alias alone is marked (and only once for its term)
        wiki.save(ada(), space.getSlug(), "alias", new Edit("Alias", "Only the " + alias + " and the " + alias + " again.", "s", false, 0));
        String aliasHtml = pageHtml(mia(), space, "alias");
        assertThat(count(aliasHtml, "class=\"term\"")).isEqualTo(1);
        assertThat(aliasHtml).contains(">" + alias + "</a>");

        // the stored HTML (what the REST html field returns) stays unmarked
        assertThat(wiki.view(mia(), space.getSlug(), "marks", null).html()).doesNotContain("class=\"term\"");
    }

    @Test
    void spaceTermsApplyInTheirSpaceOnlyAndASpaceCanTurnMarkingOff() {
        Space mine = shared("PUBLIC-MARKING-OFF", Visibility.PUBLIC);
        Space other = shared("PUBLIC-OTHER", Visibility.PUBLIC);
        String w = word();
        phrasebook.create(editorOf(mine), mine.getSlug(), new TermInput(w, List.of(), "Local jargon.", "", List.of()));
        wiki.save(ada(), mine.getSlug(), "p", new Edit("P", "Say " + w + ".", "s", false, 0));
        wiki.save(ada(), other.getSlug(), "p", new Edit("P", "Say " + w + ".", "s", false, 0));
        assertThat(pageHtml(mia(), mine, "p")).contains("Local jargon.");
        assertThat(pageHtml(mia(), other, "p")).doesNotContain("Local jargon.");

        spaces.changeTermMarking(ada(), mine.getSlug(), false);
        assertThat(pageHtml(mia(), spaces.findBySlug(mine.getSlug()).orElseThrow(), "p")).doesNotContain("class=\"term\"");
        assertThatThrownBy(() -> spaces.changeTermMarking(mia(), other.getSlug(), false)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aChangedTermShowsAtOnceAndPostsAreMarkedToo() {
        Space space = space(Visibility.PUBLIC);
        String w = word();
        Term t = phrasebook.create(ada(), null, new TermInput(w, List.of(), "First definition.", "", List.of()));
        ForumThread thread = forum.startThread(mia(), space.getSlug(), "talk", "About " + w, "What is a " + w + "? A " + w + " indeed.", null);
        forum.reply(ada(), thread.getId(), null, "A " + w + " is made up. `" + w + "` in code.", null);

        ThreadView view = marking.markThread(forum.thread(mia(), thread.getId()));
        assertThat(view.posts()).hasSize(2);
        assertThat(view.posts()).allSatisfy(p -> assertThat(count(p.html(), "class=\"term\"")).isEqualTo(1));
        assertThat(view.posts().get(0).html()).contains("First definition.").contains("id=\"term-tip-p" + view.posts().get(0).post().getId() + "-1\"");
        // the same view again comes from the cache and is the same
        assertThat(marking.markThread(forum.thread(mia(), thread.getId())).posts().get(0).html()).isEqualTo(view.posts().get(0).html());

        phrasebook.update(ada(), t.getSlug(), new TermInput(w, List.of(), "Second definition.", "", List.of()));
        ThreadView after = marking.markThread(forum.thread(mia(), thread.getId()));
        assertThat(after.posts().get(0).html()).contains("Second definition.").doesNotContain("First definition.");

        phrasebook.delete(ada(), t.getSlug());
        assertThat(marking.markThread(forum.thread(mia(), thread.getId())).posts().get(0).html()).doesNotContain("class=\"term\"");
    }

    @Test
    void usedInCountsOnlyWhatTheViewerMayRead() {
        Space open = shared("PUBLIC-OTHER", Visibility.PUBLIC);
        Space hidden = space(Visibility.INVITE_ONLY);
        String w = word();
        Term t = phrasebook.create(ada(), null, new TermInput(w, List.of(w + "-alias"), "Counted.", "", List.of("/s/" + open.getSlug() + "/wiki/open-page")));
        wiki.save(ada(), open.getSlug(), "open-page", new Edit("Open page", "Uses " + w + ".", "s", false, 0));
        wiki.save(ada(), open.getSlug(), "other-page", new Edit("Other page", "Uses the " + w + "-alias only.", "s", false, 0));
        wiki.save(ada(), open.getSlug(), "near-miss", new Edit("Near miss", "Uses " + w + "x, not the word.", "s", false, 0));
        wiki.save(ada(), hidden.getSlug(), "secret-page", new Edit("Secret page", "Also " + w + ".", "s", false, 0));
        forum.startThread(ada(), open.getSlug(), "talk", "Open thread", "Talking about " + w + ".", null);
        forum.startThread(ada(), hidden.getSlug(), "talk", "Secret thread", "Whispering " + w + ".", null);

        PhrasebookService.TermDetail forMia = phrasebook.detail(mia(), t.getSlug());
        assertThat(forMia.usedInPages()).extracting(PhrasebookService.Usage::title).containsExactlyInAnyOrder("Open page", "Other page");
        assertThat(forMia.usedInThreads()).extracting(PhrasebookService.Usage::title).containsExactly("Open thread");
        assertThat(forMia.relatedPages()).extracting(PhrasebookService.Usage::title).containsExactly("Open page");
        PhrasebookService.TermDetail forAnonymous = phrasebook.detail(Viewer.anonymous(), t.getSlug());
        assertThat(forAnonymous.usedInPages()).hasSize(2);
        assertThat(forAnonymous.usedInThreads()).hasSize(1);
        PhrasebookService.TermDetail forAda = phrasebook.detail(ada(), t.getSlug());
        assertThat(forAda.usedInPages()).hasSize(3);
        assertThat(forAda.usedInThreads()).hasSize(2);
    }

    @Test
    void editingRulesLimitsAndUniqueness() {
        Space space = space(Visibility.PUBLIC);
        Space hidden = space(Visibility.INVITE_ONLY);
        String w = word();
        assertThatThrownBy(() -> new TermInput(w, List.of(), "x".repeat(281), "", List.of())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at most 280");
        assertThatThrownBy(() -> phrasebook.create(mia(), null, new TermInput(w, List.of(), "d", "", List.of())))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> phrasebook.create(editorOf(space), null, new TermInput(w, List.of(), "d", "", List.of())))
                .isInstanceOf(ForbiddenException.class);

        Term t = phrasebook.create(editorOf(space), space.getSlug(), new TermInput(w, List.of(w + "-a"), "Space term.", "Some *Markdown*.", List.of()));
        assertThat(t.getExplanationHtml()).contains("<em>Markdown</em>");
        assertThatThrownBy(() -> phrasebook.create(editorOf(space), space.getSlug(), new TermInput(w.toUpperCase(), List.of(), "d", "", List.of())))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> phrasebook.create(ada(), null, new TermInput(w + "-b", List.of(w + "-A"), "d", "", List.of())))
                .isInstanceOf(ConflictException.class).hasMessageContaining("alias");
        assertThatThrownBy(() -> phrasebook.create(ada(), null, new TermInput("lurker", List.of(), "d", "", List.of())))
                .isInstanceOf(ConflictException.class);
        // the same word may be a term in another space
        Term elsewhere = phrasebook.create(ada(), hidden.getSlug(), new TermInput(w, List.of(), "Hidden meaning.", "", List.of()));
        assertThat(elsewhere.getSlug()).isNotEqualTo(t.getSlug());
        // a term of an invite-only space is invisible to outsiders: 404 like a missing one, and not listed
        assertThatThrownBy(() -> phrasebook.find(mia(), elsewhere.getSlug())).isInstanceOf(NotFoundException.class);
        assertThat(phrasebook.list(mia(), w, null, new org.commonplace.shared.PageRequest(1, 50)).items())
                .extracting(PhrasebookService.TermSummary::definition).containsExactly("Space term.");
        assertThat(phrasebook.list(ada(), w, null, new org.commonplace.shared.PageRequest(1, 50)).total()).isEqualTo(2);
        // filter by alias and by definition, letter index
        assertThat(phrasebook.list(mia(), w + "-a", null, new org.commonplace.shared.PageRequest(1, 50)).total()).isEqualTo(1);
        assertThat(phrasebook.list(mia(), "space term", w.substring(0, 1).toUpperCase(java.util.Locale.ROOT), new org.commonplace.shared.PageRequest(1, 50)).total()).isGreaterThanOrEqualTo(1);
        assertThat(phrasebook.letters(mia())).contains(w.substring(0, 1).toUpperCase(java.util.Locale.ROOT), "L");

        phrasebook.update(editorOf(space), t.getSlug(), new TermInput(w, List.of(), "Changed.", "", List.of()));
        assertThat(phrasebook.find(mia(), t.getSlug()).getDefinition()).isEqualTo("Changed.");
        assertThatThrownBy(() -> phrasebook.delete(mia(), t.getSlug())).isInstanceOf(ForbiddenException.class);
        phrasebook.delete(editorOf(space), t.getSlug());
        // gone: its slug finds nothing (ada would still find the hidden space's term of the same name by name)
        assertThatThrownBy(() -> phrasebook.find(mia(), t.getSlug())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void candidateTermsAreRecurringPhrasesNotYetInThePhrasebook() {
        Space space = space(Visibility.PUBLIC);
        Space hidden = space(Visibility.INVITE_ONLY);
        String w = word();
        String phrase = w + " huddle";
        ForumThread th = forum.startThread(ada(), space.getSlug(), "talk", "Huddles", "We run a " + phrase + " every week.", null);
        forum.reply(ada(), th.getId(), null, "The " + phrase + " is short.", null);
        forum.reply(ada(), th.getId(), null, "Another " + phrase + " today.", null);
        String secret = word() + " conclave";
        ForumThread sth = forum.startThread(ada(), hidden.getSlug(), "talk", "Secret", "A " + secret + " here.", null);
        forum.reply(ada(), sth.getId(), null, "And a " + secret + " there.", null);

        List<CandidateTerms.Candidate> found = candidates.candidates(editorOf(space), space.getSlug());
        CandidateTerms.Candidate c = found.stream().filter(x -> x.phrase().equals(phrase)).findFirst().orElseThrow();
        assertThat(c.posts()).isEqualTo(3);
        assertThat(c.examples()).hasSize(3).allSatisfy(e -> assertThat(e.threadId()).isEqualTo(th.getId()));
        assertThat(candidates.candidates(editorOf(space))).extracting(CandidateTerms.Candidate::phrase).doesNotContain(secret);
        assertThatThrownBy(() -> candidates.candidates(editorOf(space), hidden.getSlug())).isInstanceOf(NotFoundException.class);
        assertThat(candidates.candidates(ada(), hidden.getSlug())).extracting(CandidateTerms.Candidate::phrase).contains(secret);
        assertThatThrownBy(() -> candidates.candidates(mia())).isInstanceOf(ForbiddenException.class);

        phrasebook.create(editorOf(space), space.getSlug(), new TermInput(phrase, List.of(), "A short weekly meeting.", "", List.of()));
        assertThat(candidates.candidates(editorOf(space), space.getSlug())).extracting(CandidateTerms.Candidate::phrase).doesNotContain(phrase);
    }

    @Test
    void theSeededPhrasebookIsLoaded() {
        assertThat(phrasebook.list(Viewer.anonymous(), null, null, new org.commonplace.shared.PageRequest(1, 100)).total()).isGreaterThanOrEqualTo(40);
        assertThat(phrasebook.find(Viewer.anonymous(), "Lurkers").getSlug()).isEqualTo("lurker");
    }

    @Test
    @RunAsClient
    void restListsAndFindsTermsAndTheWebShowsThem() throws Exception {
        HttpResponse<String> list = ApiClient.send(ApiClient.request(base, "/api/v1/terms?q=lurk&size=5", null));
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("\"term\":\"lurker\"", "\"aliases\":[\"lurkers\",\"lurking\"]", "\"definition\":\"Someone who reads",
                "\"total\":", "\"items\":[");
        HttpResponse<String> one = ApiClient.send(ApiClient.request(base, "/api/v1/terms/" + URLEncoder.encode("Community of practice",
                StandardCharsets.UTF_8).replace("+", "%20"), null));
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.body()).contains("\"term\":\"community of practice\"", "\"aliases\":[", "\"usedInPages\":");
        HttpResponse<String> missing = ApiClient.send(ApiClient.request(base, "/api/v1/terms/no-such-term-zzz", null));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("\"error\"");

        String index = ApiClient.send(ApiClient.request(base, "/phrasebook?q=lurk", null)).body();
        assertThat(index).contains("id=\"letters\"", "href=\"/phrasebook/lurker\"", "letter-disabled");
        String term = ApiClient.send(ApiClient.request(base, "/phrasebook/lurker", null)).body();
        assertThat(term).contains("id=\"term-definition\"", "id=\"used-in\"", "Used in");
        String welcome = ApiClient.send(ApiClient.request(base, "/s/commons/wiki/welcome", null)).body();
        assertThat(welcome).contains("class=\"term-tip\" role=\"tooltip\"");
        String home = ApiClient.send(ApiClient.request(base, "/", null)).body();
        assertThat(home).contains("id=\"start-paths\"", "href=\"/start/start-here\"", "href=\"/phrasebook\"");
    }
}
