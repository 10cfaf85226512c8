package org.commonplace.wiki;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import org.commonplace.space.SpaceService;
import org.commonplace.space.Viewer;
import org.commonplace.space.Viewers;
import org.commonplace.space.Visibility;
import org.commonplace.testsupport.Deployments;
import org.commonplace.testsupport.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The wiki's core use cases against the real database. */
@ExtendWith(ArquillianExtension.class)
class WikiServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(WikiServiceIT.class);
    }

    @Inject
    WikiService wiki;

    @Inject
    HistoryService history;

    @Inject
    SpaceService spaces;

    @Inject
    Viewers viewers;

    private Viewer ada() {
        return viewers.byUsername("ada").orElseThrow();
    }

    private String newSpace(Visibility visibility) {
        String slug = "wiki-" + TestData.unique();
        spaces.create(ada(), slug, "Wiki test " + slug, "", visibility);
        return slug;
    }

    private SaveOutcome.Saved saved(SaveOutcome outcome) {
        assertThat(outcome).isInstanceOf(SaveOutcome.Saved.class);
        return (SaveOutcome.Saved) outcome;
    }

    @Test
    void revisionsAreNumberedAndSavingUnchangedTextCreatesNothing() {
        String space = newSpace(Visibility.PUBLIC);
        SaveOutcome.Saved first = saved(wiki.save(ada(), space, null, new Edit("Getting Started", "Hello", "first", false, 0)));
        assertThat(first.page().getSlug()).isEqualTo("getting-started");
        assertThat(first.revision().getNumber()).isEqualTo(1);
        SaveOutcome.Saved second = saved(wiki.save(ada(), space, "getting-started", new Edit("Getting Started", "Hello\nworld", "", false, 1)));
        assertThat(second.revision().getNumber()).isEqualTo(2);
        assertThat(second.revision().getParentNumber()).isEqualTo(1);
        assertThat(wiki.save(ada(), space, "getting-started", new Edit("Getting Started", "Hello\nworld", "", false, 2)))
                .isInstanceOf(SaveOutcome.Unchanged.class);
        assertThat(history.history(ada(), space, "getting-started", new org.commonplace.shared.PageRequest(1, 10)).total()).isEqualTo(2);
    }

    @Test
    void aStaleEditIsMergedWhenTheChangesDoNotOverlap() {
        String space = newSpace(Visibility.PUBLIC);
        wiki.save(ada(), space, null, new Edit("Merge", "one\ntwo\nthree\nfour\nfive\n", "", false, 0));
        saved(wiki.save(ada(), space, "merge", new Edit("Merge", "ONE\ntwo\nthree\nfour\nfive\n", "theirs", false, 1)));
        SaveOutcome.Saved mine = saved(wiki.save(ada(), space, "merge", new Edit("Merge", "one\ntwo\nthree\nfour\nFIVE\n", "mine", false, 1)));
        assertThat(mine.merged()).isTrue();
        assertThat(mine.revision().getMarkdown()).isEqualTo("ONE\ntwo\nthree\nfour\nFIVE\n");
        assertThat(mine.revision().getSummary()).contains("merged with r2 by ada");
    }

    @Test
    void overlappingEditsConflictAndNothingIsWritten() {
        String space = newSpace(Visibility.PUBLIC);
        wiki.save(ada(), space, null, new Edit("Clash", "a\nb\nc\n", "", false, 0));
        wiki.save(ada(), space, "clash", new Edit("Clash", "a\nB-theirs\nc\n", "", false, 1));
        SaveOutcome outcome = wiki.save(ada(), space, "clash", new Edit("Clash", "a\nB-mine\nc\n", "", false, 1));
        assertThat(outcome).isInstanceOf(SaveOutcome.Conflict.class);
        SaveOutcome.Conflict conflict = (SaveOutcome.Conflict) outcome;
        assertThat(conflict.theirs()).contains("B-theirs");
        assertThat(conflict.yours()).contains("B-mine");
        assertThat(wiki.view(ada(), space, "clash", null).revision().getNumber()).isEqualTo(2);
    }

    @Test
    void wikiLinksAreBlueRedOrPlainForTheReader() {
        String space = newSpace(Visibility.PUBLIC);
        String hidden = newSpace(Visibility.INVITE_ONLY);
        wiki.save(ada(), hidden, null, new Edit("Secret", "x", "", false, 0));
        wiki.save(ada(), space, null, new Edit("Target", "t", "", false, 0));
        wiki.save(ada(), space, null, new Edit("Source", "[[Target]] [[Missing Page]] [[" + hidden + ":Secret]]", "", false, 0));
        String forAda = wiki.view(ada(), space, "source", null).html();
        assertThat(forAda).contains("href=\"/s/" + space + "/wiki/target\" class=\"wikilink\"")
                .contains("class=\"wikilink new\"")
                .contains("href=\"/s/" + hidden + "/wiki/secret\"");
        String forAnonymous = wiki.view(Viewer.anonymous(), space, "source", null).html();
        assertThat(forAnonymous).contains("/wiki/target\"").doesNotContain("wikilink new").doesNotContain(hidden)
                .contains("<span class=\"wikilink-missing\">Secret</span>");
    }
}
