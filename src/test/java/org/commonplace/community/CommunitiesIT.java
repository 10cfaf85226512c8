package org.commonplace.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.util.List;
import org.commonplace.shared.ConflictException;
import org.commonplace.shared.ForbiddenException;
import org.commonplace.shared.InvalidInputException;
import org.commonplace.shared.PageRequest;
import org.commonplace.space.Viewer;
import org.commonplace.space.Viewers;
import org.commonplace.testsupport.Deployments;
import org.commonplace.testsupport.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The community directory: suggest, review by editors, public listing with topic and platform facets. */
@ExtendWith(ArquillianExtension.class)
class CommunitiesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(CommunitiesIT.class);
    }

    @Inject
    CommunityService communities;

    @Inject
    Viewers viewers;

    private Viewer viewer(String username) {
        return viewers.byUsername(username).orElseThrow();
    }

    private static Community.Details details(String name, String platform, String topics) {
        return Community.Details.of(name, "https://" + name.toLowerCase().replace(' ', '-') + ".example.org/", platform, topics,
                "Practitioners", "A place to ask.", Activity.ACTIVE);
    }

    private List<String> listed(String topic, String platform) {
        return communities.list(new CommunityService.Filter(topic, platform), new PageRequest(1, 100)).items().items().stream()
                .map(CommunityService.Entry::name).toList();
    }

    @Test
    void aSuggestionIsListedOnlyAfterAnEditorApprovesIt() {
        String topic = "topic " + TestData.unique();
        Community c = communities.suggest(viewer("otto"), details("Circle " + TestData.unique(), "Discourse", topic), "k1");
        assertThat(c.getState()).isEqualTo(EntryState.SUGGESTED);
        assertThat(communities.suggest(viewer("otto"), details(c.getName(), "Discourse", topic), "k1").getId())
                .as("a re-sent form makes no second entry").isEqualTo(c.getId());
        assertThat(listed(topic, null)).isEmpty();
        assertThat(communities.pending(viewer("edith"), new PageRequest(1, 100)).items()).extracting(CommunityService.Entry::id).contains(c.getId());

        communities.approve(viewer("edith"), c.getId(), "Looks useful");
        assertThat(listed(topic, null)).containsExactly(c.getName());
        assertThat(communities.pending(viewer("edith"), new PageRequest(1, 100)).items()).extracting(CommunityService.Entry::id)
                .doesNotContain(c.getId());
        assertThatThrownBy(() -> communities.reject(viewer("ada"), c.getId(), null)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("approved already");
    }

    @Test
    void aRejectedSuggestionIsNeverListedAndItsAddressCannotBeSuggestedAgain() {
        String topic = "topic " + TestData.unique();
        Community c = communities.suggest(viewer("mia"), details("Spam " + TestData.unique(), "Forum", topic), null);
        communities.reject(viewer("ada"), c.getId(), "Not a community");
        assertThat(listed(topic, null)).isEmpty();
        assertThatThrownBy(() -> communities.suggest(viewer("otto"), Community.Details.of("Again", c.getUrl().replace("https://", "http://www."),
                "Forum", topic, null, null, Activity.QUIET), null)).isInstanceOf(ConflictException.class).hasMessageContaining("not taken");
    }

    @Test
    void nonEditorsCannotReviewOrSeeTheQueue() {
        Community c = communities.suggest(viewer("mia"), details("Queue " + TestData.unique(), "Forum", "x"), null);
        assertThatThrownBy(() -> communities.approve(viewer("mia"), c.getId(), null)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> communities.approve(viewer("otto"), c.getId(), null)).isInstanceOf(ForbiddenException.class);
        assertThat(communities.approve(viewer("mo"), c.getId(), null).getState()).as("moderators rank above editors").isEqualTo(EntryState.APPROVED);
        Community d = communities.suggest(viewer("mia"), details("Queue2 " + TestData.unique(), "Forum", "x"), null);
        assertThatThrownBy(() -> communities.reject(Viewer.anonymous(), d.getId(), null)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> communities.pending(viewer("mia"), new PageRequest(1, 10))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> communities.suggest(Viewer.anonymous(), details("Anon " + TestData.unique(), "Forum", "x"), null))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theListingFiltersByTopicAndPlatformWithCounts() {
        String u = TestData.unique();
        String topic = "civic " + u;
        String platform = "Platform " + u;
        for (String[] spec : new String[][] {{"One", platform, topic + ", maps"}, {"Two", platform.toLowerCase(), topic}, {"Three", "Other " + u, topic}}) {
            Community c = communities.suggest(viewer("mia"), details(spec[0] + " " + u, spec[1], spec[2]), null);
            communities.approve(viewer("edith"), c.getId(), null);
        }
        CommunityService.Listing byTopic = communities.list(new CommunityService.Filter(topic.toUpperCase(), null), new PageRequest(1, 100));
        assertThat(byTopic.items().items()).extracting(CommunityService.Entry::name).containsExactly("One " + u, "Three " + u, "Two " + u);
        assertThat(byTopic.platforms()).filteredOn(f -> f.value().endsWith(u)).extracting(f -> f.value() + "=" + f.count())
                .containsExactly(platform + "=2", "Other " + u + "=1");
        assertThat(listed(topic, platform.toUpperCase())).containsExactly("One " + u, "Two " + u);
        CommunityService.Listing byPlatform = communities.list(new CommunityService.Filter(null, platform), new PageRequest(1, 100));
        assertThat(byPlatform.topics()).filteredOn(f -> f.value().equals(topic) || f.value().equals("maps"))
                .extracting(f -> f.value() + "=" + f.count()).contains(topic + "=2");
    }

    @Test
    void suggestionsAreValidated() {
        assertThatThrownBy(() -> Community.Details.of("X", "javascript:alert(1)", "P", null, null, null, Activity.ACTIVE))
                .isInstanceOf(InvalidInputException.class).extracting(e -> ((InvalidInputException) e).getField()).isEqualTo("url");
        assertThatThrownBy(() -> Community.Details.of("X", "https://x.example.org", "P", null, null, null, null))
                .hasMessageContaining("how active");
        assertThatThrownBy(() -> Community.Details.of("X".repeat(121), "https://x.example.org", "P", null, null, null, Activity.ACTIVE))
                .hasMessageContaining("at most 120");
        assertThatThrownBy(() -> Community.Details.of("X", "https://x.example.org", "P", "a,b,c,d,e,f,g,h,i", null, null, Activity.ACTIVE))
                .hasMessageContaining("at most 8");
    }
}
