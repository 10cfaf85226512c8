package org.commonplace.phrasebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.util.List;
import org.commonplace.forum.ForumService;
import org.commonplace.forum.ForumThread;
import org.commonplace.shared.ForbiddenException;
import org.commonplace.shared.InvalidInputException;
import org.commonplace.shared.NotFoundException;
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

/** Start-here paths: steps resolved per reader (unreadable and missing ones skipped), next/previous, stored progress. */
@ExtendWith(ArquillianExtension.class)
class StartPathIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(StartPathIT.class);
    }

    @Inject
    StartPathService paths;

    @Inject
    SpaceService spaces;

    @Inject
    WikiService wiki;

    @Inject
    ForumService forum;

    @Inject
    Viewers viewers;

    private Viewer ada() {
        return viewers.byUsername("ada").orElseThrow();
    }

    private Viewer mia() {
        return viewers.byUsername("mia").orElseThrow();
    }

    private static final java.util.Map<Visibility, String> SHARED = new java.util.concurrent.ConcurrentHashMap<>();

    /** One space per visibility for the class (so the test run does not crowd space listings). */
    private Space space(Visibility v) {
        String slug = SHARED.computeIfAbsent(v, k -> {
            String made = "path-" + TestData.unique();
            spaces.create(ada(), made, "Path tests " + k.name().toLowerCase(java.util.Locale.ROOT), "", k);
            forum.createBoard(ada(), made, "talk", "Talk", "", false);
            return made;
        });
        return spaces.findBySlug(slug).orElseThrow();
    }

    @Test
    void stepsTheReaderCannotSeeAreSkippedAndProgressIsStoredForSignedInReaders() {
        Space open = space(Visibility.PUBLIC);
        Space hidden = space(Visibility.INVITE_ONLY);
        wiki.save(ada(), open.getSlug(), "observe", new Edit("Observe", "Watch first; a lurker learns.", "s", false, 0));
        wiki.save(ada(), hidden.getSlug(), "secret", new Edit("Secret step", "Insiders only.", "s", false, 0));
        wiki.save(ada(), open.getSlug(), "initiate", new Edit("Initiate", "Start something.", "s", false, 0));
        ForumThread thread = forum.startThread(ada(), open.getSlug(), "talk", "Interact here", "Say hello.", null);
        String title = "Newcomer path " + TestData.unique();
        StartPath path = paths.save(ada(), null, null, title, "Three moves.", String.join("\n",
                "page " + open.getSlug() + "/observe | Look around first",
                "page " + hidden.getSlug() + "/secret",
                "page " + open.getSlug() + "/not-written-yet",
                "thread " + thread.getId() + " | Then say hello",
                "term lurker",
                "page " + open.getSlug() + "/initiate"));

        StartPathService.PathView first = paths.view(mia(), path.getSlug(), null);
        assertThat(first.steps()).extracting(StartPathService.StepView::title).containsExactly("Observe", "Interact here", "lurker", "Initiate");
        assertThat(first.current().title()).isEqualTo("Observe");
        assertThat(first.current().note()).isEqualTo("Look around first");
        assertThat(first.currentHtml()).contains("Watch first").contains("class=\"term\"");
        assertThat(first.previous()).isNull();
        assertThat(first.next()).isEqualTo(2);
        assertThat(first.current().visited()).isTrue();

        StartPathService.PathView second = paths.view(mia(), path.getSlug(), first.next());
        assertThat(second.current().title()).isEqualTo("Interact here");
        assertThat(second.current().url()).isEqualTo("/t/" + thread.getId());
        assertThat(second.previous()).isEqualTo(1);
        assertThat(second.next()).isEqualTo(3);
        StartPathService.PathView last = paths.view(mia(), path.getSlug(), 4);
        assertThat(last.next()).isNull();
        assertThat(last.current().title()).isEqualTo("Initiate");
        // viewing the same step twice records it once
        paths.view(mia(), path.getSlug(), 4);

        // mia's progress is stored: three of four steps visited, shown on the list and on the path
        StartPathService.PathSummary summary = paths.paths(mia()).stream().filter(p -> p.slug().equals(path.getSlug())).findFirst().orElseThrow();
        assertThat(summary.steps()).isEqualTo(4);
        assertThat(summary.visited()).isEqualTo(3);
        assertThat(paths.view(mia(), path.getSlug(), 2).steps()).extracting(StartPathService.StepView::visited).containsExactly(true, true, false, true);

        // the space's member sees the secret step; an anonymous reader keeps no progress on the server
        assertThat(paths.view(ada(), path.getSlug(), null).steps()).extracting(StartPathService.StepView::title).contains("Secret step");
        StartPathService.PathView anonymous = paths.view(Viewer.anonymous(), path.getSlug(), 2);
        assertThat(anonymous.steps()).hasSize(4).allSatisfy(s -> assertThat(s.visited()).isFalse());
    }

    @Test
    void aPathOfAnInviteOnlySpaceIsHiddenAndEditingIsForEditors() {
        Space hidden = space(Visibility.INVITE_ONLY);
        String inside = "inside-" + TestData.unique();
        wiki.save(ada(), hidden.getSlug(), inside, new Edit("Inside", "Text.", "s", false, 0));
        StartPath p = paths.save(ada(), null, hidden.getSlug(), "Hidden path " + TestData.unique(), "", "page " + hidden.getSlug() + "/" + inside);
        assertThatThrownBy(() -> paths.view(mia(), p.getSlug(), null)).isInstanceOf(NotFoundException.class);
        assertThat(paths.paths(mia())).extracting(StartPathService.PathSummary::slug).doesNotContain(p.getSlug());
        assertThat(paths.paths(ada())).extracting(StartPathService.PathSummary::slug).contains(p.getSlug());

        assertThatThrownBy(() -> paths.save(mia(), null, null, "Mine", "", "term lurker")).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> paths.save(ada(), null, null, "", "", "term lurker")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> paths.save(ada(), null, null, "Bad", "", "video cats")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Line 1");

        StartPath edited = paths.save(ada(), p.getSlug(), null, "Renamed", "Now with two steps.", "term lurker\npage " + hidden.getSlug() + "/" + inside);
        assertThat(paths.view(ada(), edited.getSlug(), null).steps()).extracting(StartPathService.StepView::title).containsExactly("lurker", "Inside");
        paths.delete(ada(), edited.getSlug());
        assertThatThrownBy(() -> paths.view(ada(), edited.getSlug(), null)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theSeededPathSkipsStepsWhosePagesDoNotExistYet() {
        StartPathService.PathView seeded = paths.view(Viewer.anonymous(), "start-here", null);
        assertThat(seeded.title()).contains("Observe").contains("Interact").contains("Initiate");
        assertThat(seeded.steps()).extracting(StartPathService.StepView::title).contains("onboarding", "lurker", "community manager");
        assertThat(seeded.steps()).allSatisfy(s -> assertThat(s.index()).isBetween(1, seeded.steps().size()));
        assertThat(List.of(seeded.steps().get(0).title())).containsExactly("onboarding");
    }
}
