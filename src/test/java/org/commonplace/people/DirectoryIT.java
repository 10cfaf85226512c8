package org.commonplace.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.util.List;

import org.commonplace.forum.ForumService;
import org.commonplace.forum.ForumThread;
import org.commonplace.forum.Post;
import org.commonplace.promotion.DraftWriter;
import org.commonplace.promotion.PromotionService;
import org.commonplace.shared.InvalidInputException;
import org.commonplace.shared.NotFoundException;
import org.commonplace.shared.PageRequest;
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

/** The member and expert directory against the real database: filters, facets, activity counts and access, limits. */
@ExtendWith(ArquillianExtension.class)
class DirectoryIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(DirectoryIT.class);
    }

    @Inject
    AccountService accounts;

    @Inject
    DirectoryService directory;

    @Inject
    Viewers viewers;

    @Inject
    SpaceService spaces;

    @Inject
    ForumService forum;

    @Inject
    WikiService wiki;

    @Inject
    PromotionService promotions;

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;

    private Viewer ada() {
        return viewers.byUsername("ada").orElseThrow();
    }

    private Viewer person(String prefix, String expertise, boolean consulting) {
        String name = prefix + TestData.unique();
        Account a = accounts.create(name, prefix.toUpperCase() + " " + name, null, "a long test password");
        Viewer v = viewers.of(a);
        accounts.updateProfile(v, new AccountService.ProfileForm(a.getDisplayName(), null, "Org of " + name, expertise, "Hello **there**",
                "https://example.org/" + name, consulting, consulting ? "Day rate on request" : null));
        return v;
    }

    private static DirectoryService.Query tag(String tag) {
        return new DirectoryService.Query(tag, null, false, false);
    }

    @Test
    void theExpertiseFilterListsOnlyPeopleWithTheTagAndFacetsCountThem() {
        String t = "weaving " + TestData.unique();
        Viewer a = person("ann", t + ", Moderation", false);
        Viewer b = person("bob", t.toUpperCase() + ", wikis", true);
        person("cat", "unrelated " + TestData.unique(), false);

        DirectoryService.Directory d = directory.directory(Viewer.anonymous(), tag(t), new PageRequest(1, 20));
        assertThat(d.people().items()).extracting(DirectoryService.Entry::username).containsExactly(a.username(), b.username());
        assertThat(d.people().total()).isEqualTo(2);
        assertThat(d.people().items().get(0).expertise()).containsExactly("moderation", t);
        assertThat(d.consulting()).isEqualTo(1);

        DirectoryService.Directory all = directory.directory(Viewer.anonymous(), tag(null), new PageRequest(1, 100));
        assertThat(all.expertise()).filteredOn(f -> f.tag().equals(t)).extracting(DirectoryService.TagCount::count).containsExactly(2L);

        DirectoryService.Directory byText = directory.directory(Viewer.anonymous(),
                new DirectoryService.Query(null, "org of " + b.username(), false, false), new PageRequest(1, 20));
        assertThat(byText.people().items()).extracting(DirectoryService.Entry::username).containsExactly(b.username());
        DirectoryService.Directory byTagText = directory.directory(Viewer.anonymous(),
                new DirectoryService.Query(null, t.substring(0, 12), false, false), new PageRequest(1, 20));
        assertThat(byTagText.people().items()).extracting(DirectoryService.Entry::username).contains(a.username(), b.username());
    }

    @Test
    void theConsultingFilterKeepsOnlyPeopleAvailableForConsulting() {
        String t = "pottery " + TestData.unique();
        person("dan", t, false);
        Viewer e = person("eve", t, true);
        DirectoryService.Directory d = directory.directory(Viewer.anonymous(), new DirectoryService.Query(t, null, true, false),
                new PageRequest(1, 20));
        assertThat(d.people().items()).extracting(DirectoryService.Entry::username).containsExactly(e.username());
        assertThat(d.people().items().get(0).consultingTerms()).isEqualTo("Day rate on request");
    }

    @Test
    void activityCountsNeverIncludeInviteOnlyContentForOutsiders() {
        String t = "counting " + TestData.unique();
        Viewer author = person("fay", t, false);
        Viewer helper = person("gus", "x" + TestData.unique(), false);
        Space open = spaces.create(ada(), "dir-open-" + TestData.unique(), "Directory open", "", Visibility.PUBLIC);
        Space hidden = spaces.create(ada(), "dir-hidden-" + TestData.unique(), "Directory hidden", "", Visibility.INVITE_ONLY);
        forum.createBoard(ada(), open.getSlug(), "talk", "Talk", "", false);
        forum.createBoard(ada(), hidden.getSlug(), "talk", "Talk", "", false);
        spaces.admit(open, em.find(Account.class, author.accountId()), Role.MEMBER);
        spaces.admit(hidden, em.find(Account.class, author.accountId()), Role.EDITOR);
        spaces.admit(hidden, em.find(Account.class, helper.accountId()), Role.MEMBER);
        Viewer insider = viewers.byUsername(author.username()).orElseThrow();
        Viewer otherInsider = viewers.byUsername(helper.username()).orElseThrow();

        ForumThread pub = forum.startThread(insider, open.getSlug(), "talk", "Open question", "In the open", null);
        forum.reply(insider, pub.getId(), null, "A second open post", null);
        ForumThread secret = forum.startThread(insider, hidden.getSlug(), "talk", "Secret question", "Behind the door", null);
        Post secretReply = forum.reply(insider, secret.getId(), null, "Also behind the door", null);
        forum.toggleHelpful(otherInsider, secretReply.getId());
        wiki.save(insider, open.getSlug(), "open-page", new Edit("Open page", "text", "first", false, 0, null));
        wiki.save(insider, hidden.getSlug(), "hidden-page", new Edit("Hidden page", "text", "first", false, 0, null));
        wiki.save(insider, hidden.getSlug(), "hidden-page", new Edit("Hidden page", "text two", "second", false, 1, null));
        long opening = forum.thread(insider, secret.getId()).posts().get(0).post().getId();
        promotions.publish(insider, List.of(PromotionService.Selection.whole(opening)),
                new PromotionService.Target(hidden.getSlug(), null, "Distilled " + TestData.unique(), DraftWriter.Placement.NEW, null),
                null, 0, null, false, false, null);

        Activity outsider = directory.directory(Viewer.anonymous(), tag(t), new PageRequest(1, 20)).people().items().get(0).activity();
        assertThat(outsider).isEqualTo(new Activity(2, 0, 1, 0));
        Viewer signedInOutsider = viewers.byUsername("otto").orElseThrow();
        assertThat(directory.profile(signedInOutsider, author.username()).activity()).isEqualTo(new Activity(2, 0, 1, 0));

        Activity member = directory.directory(otherInsider, tag(t), new PageRequest(1, 20)).people().items().get(0).activity();
        assertThat(member.posts()).isEqualTo(4);
        assertThat(member.helpful()).isEqualTo(1);
        assertThat(member.revisions()).isEqualTo(4); // open page, two hidden revisions, the promoted page
        assertThat(member.promotions()).isEqualTo(1);
        assertThat(directory.profile(ada(), author.username()).activity()).isEqualTo(member);
    }

    @Test
    void aPageOfTheDirectoryCostsTheSameQueriesForTwoOrManyPeople() {
        String few = "few " + TestData.unique();
        String many = "many " + TestData.unique();
        for (int i = 0; i < 2; i++) {
            person("hal", few, false);
        }
        for (int i = 0; i < 7; i++) {
            person("ivy", many, i % 2 == 0);
        }
        org.hibernate.stat.Statistics stats = em.getEntityManagerFactory().unwrap(org.hibernate.SessionFactory.class).getStatistics();
        stats.setStatisticsEnabled(true);
        try {
            Viewer mia = viewers.byUsername("mia").orElseThrow();
            directory.directory(mia, tag(few), new PageRequest(1, 20));
            stats.clear();
            assertThat(directory.directory(mia, tag(few), new PageRequest(1, 20)).people().items()).hasSize(2);
            long fewQueries = stats.getPrepareStatementCount();
            stats.clear();
            assertThat(directory.directory(mia, tag(many), new PageRequest(1, 20)).people().items()).hasSize(7);
            long manyQueries = stats.getPrepareStatementCount();
            assertThat(manyQueries).as("statements for 7 people vs 2 (" + fewQueries + ")").isEqualTo(fewQueries);
            assertThat(fewQueries).isLessThanOrEqualTo(8);
        } finally {
            stats.setStatisticsEnabled(false);
        }
    }

    @Test
    void profileLimitsGiveClearErrorsAndNothingIsSaved() {
        Viewer v = person("jo", "first " + TestData.unique(), false);
        String tooMany = String.join(",", java.util.stream.IntStream.range(0, 11).mapToObj(i -> "t" + i).toList());
        assertThatThrownBy(() -> accounts.updateProfile(v, form(v, tooMany, null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at most 10")
                .extracting(e -> ((InvalidInputException) e).getField()).isEqualTo("expertise");
        assertThatThrownBy(() -> accounts.updateProfile(v, form(v, "ok", "javascript:alert(1)", null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a web address");
        assertThatThrownBy(() -> accounts.updateProfile(v, form(v, "ok", null, "x".repeat(Account.BIO_MAX + 1))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at most 4000");
        assertThatThrownBy(() -> accounts.updateProfile(v, form(v, "a".repeat(41), null, null)))
                .hasMessageContaining("longer than 40");
        DirectoryService.Profile p = directory.profile(Viewer.anonymous(), v.username());
        assertThat(p.expertise()).hasSize(1).allMatch(s -> s.startsWith("first "));
        assertThat(p.links()).containsExactly("https://example.org/" + v.username());
    }

    @Test
    void theBioIsRenderedThroughTheSanitizerAndUnknownPeopleAre404() {
        Viewer v = person("kim", "bio " + TestData.unique(), false);
        accounts.updateProfile(v, new AccountService.ProfileForm(v.displayName(), null, null, "x",
                "**bold** <script>alert(1)</script> [x](javascript:alert(2))", null, false, null));
        String html = directory.profile(Viewer.anonymous(), v.username()).bioHtml();
        assertThat(html).contains("<strong>bold</strong>").doesNotContain("<script").doesNotContain("javascript:");
        assertThatThrownBy(() -> directory.profile(Viewer.anonymous(), "nobody-" + TestData.unique())).isInstanceOf(NotFoundException.class);
    }

    private static AccountService.ProfileForm form(Viewer v, String expertise, String links, String bio) {
        return new AccountService.ProfileForm(v.displayName(), null, null, expertise, bio, links, false, null);
    }

}
