package org.commonplace.casestudy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.util.Map;
import org.commonplace.people.Account;
import org.commonplace.people.AccountService;
import org.commonplace.shared.ConflictException;
import org.commonplace.shared.ForbiddenException;
import org.commonplace.shared.InvalidInputException;
import org.commonplace.shared.PageRequest;
import org.commonplace.space.Role;
import org.commonplace.space.Viewer;
import org.commonplace.space.Viewers;
import org.commonplace.testsupport.Deployments;
import org.commonplace.testsupport.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Case studies against the real database: the template, idempotent create, facets with counts, edit rights. */
@ExtendWith(ArquillianExtension.class)
class CaseStudiesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(CaseStudiesIT.class);
    }

    @Inject
    CaseStudyService studies;

    @Inject
    AccountService accounts;

    @Inject
    Viewers viewers;

    private Viewer viewer(String username) {
        return viewers.byUsername(username).orElseThrow();
    }

    private static CaseStudy.Content content(String title, String sector, String region, String tools) {
        return CaseStudy.Content.of(title, "Some Org", sector, region, tools, "We tried *this*.", "It went well.",
                "- keep going\n- <script>alert(1)</script>", "someone@example.org");
    }

    @Test
    void aCaseStudyWrittenWithTheTemplateIsShownRenderedAndADoubleSubmitMakesOne() {
        String title = "Moving the list " + TestData.unique();
        CaseStudy c = studies.create(viewer("mia"), content(title, "Health", "North", "Mailing List, wiki"), "form-1");
        CaseStudy again = studies.create(viewer("mia"), content(title, "Health", "North", "Mailing List, wiki"), "form-1");
        assertThat(again.getId()).isEqualTo(c.getId());
        assertThat(c.getSlug()).startsWith("moving-the-list-");
        CaseStudy other = studies.create(viewer("mia"), content(title, "Health", "North", "wiki"), "form-2");
        assertThat(other.getSlug()).isEqualTo(c.getSlug() + "-2");

        CaseStudyService.View view = studies.view(Viewer.anonymous(), c.getSlug());
        assertThat(view.study().getTools()).containsExactly("mailing list", "wiki");
        assertThat(view.triedHtml()).contains("<em>this</em>");
        assertThat(view.lessonsHtml()).contains("<li>keep going</li>").doesNotContain("<script");
        assertThat(view.editable()).isFalse();
        assertThat(studies.view(viewer("mia"), c.getSlug()).editable()).isTrue();
    }

    @Test
    void missingPartsAndLimitsAreReportedByField() {
        assertThatThrownBy(() -> CaseStudy.Content.of("T", "O", " ", "R", null, "t", "o", "l", null))
                .isInstanceOf(InvalidInputException.class).hasMessage("The sector is required.")
                .extracting(e -> ((InvalidInputException) e).getField()).isEqualTo("sector");
        assertThatThrownBy(() -> CaseStudy.Content.of("T", "O", "S", "R", null, "t", "o", "x".repeat(CaseStudy.TEXT_MAX + 1), null))
                .hasMessageContaining("at most 20000");
        assertThatThrownBy(() -> CaseStudy.Content.of("T", "O", "S", "R", "a,b,c,d,e,f,g,h,i,j,k,l,m", "t", "o", "l", null))
                .hasMessageContaining("at most 12");
        assertThatThrownBy(() -> studies.create(Viewer.anonymous(), content("T", "S", "R", null), null)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theIndexFiltersBySectorRegionAndToolWithCounts() {
        String u = TestData.unique();
        String sector = "Sector " + u;
        String tool = "tool " + u;
        studies.create(viewer("mia"), content("A " + u, sector, "Region A " + u, tool + ", video"), null);
        studies.create(viewer("mia"), content("B " + u, sector.toLowerCase(), "Region A " + u, tool), null);
        studies.create(viewer("mia"), content("C " + u, sector, "Region B " + u, "video"), null);
        studies.create(viewer("mo"), content("D " + u, "Other " + u, "Region B " + u, tool), null);

        CaseStudyService.Index bySector = studies.index(new CaseStudyService.Filter(sector.toUpperCase(), null, null), new PageRequest(1, 20));
        assertThat(bySector.items().total()).as("sector matches without case; the second spelling was folded into the first").isEqualTo(3);
        assertThat(bySector.items().items()).allMatch(s -> s.sector().equals(sector));
        assertThat(counts(bySector.regions())).containsEntry("Region A " + u, 2L).containsEntry("Region B " + u, 1L);
        assertThat(counts(bySector.tools())).containsEntry(tool, 2L).containsEntry("video", 2L);
        assertThat(counts(bySector.sectors())).as("the sector facet ignores its own filter").containsEntry(sector, 3L).containsEntry("Other " + u, 1L);

        CaseStudyService.Index byRegionAndTool = studies.index(new CaseStudyService.Filter(null, "Region B " + u, tool), new PageRequest(1, 20));
        assertThat(byRegionAndTool.items().items()).extracting(CaseStudyService.Summary::title).containsExactly("D " + u);
        assertThat(counts(byRegionAndTool.sectors())).containsEntry("Other " + u, 1L).doesNotContainKey(sector);

        CaseStudyService.Index byTool = studies.index(new CaseStudyService.Filter(null, null, tool.toUpperCase()), new PageRequest(1, 20));
        assertThat(byTool.items().items()).extracting(CaseStudyService.Summary::title).containsExactlyInAnyOrder("A " + u, "B " + u, "D " + u);
        assertThat(byTool.items().items()).filteredOn(s -> s.title().equals("A " + u)).first()
                .satisfies(s -> assertThat(s.tools()).containsExactly(tool, "video"));
    }

    @Test
    void theAuthorAndEditorsMayEditOthersMayNotAndAStaleFormIsRefused() {
        Account outsider = accounts.create("cs" + TestData.unique(), "Outsider", null, "a long test password");
        CaseStudy c = studies.create(viewer("mia"), content("Edit rights " + TestData.unique(), "S", "R", null), null);
        long v0 = c.getVersion();
        Viewer otto = viewer("otto");
        assertThatThrownBy(() -> studies.update(otto, c.getSlug(), content("Changed", "S", "R", null), v0)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> studies.update(viewers.of(outsider), c.getSlug(), content("Changed", "S", "R", null), v0))
                .isInstanceOf(ForbiddenException.class);

        CaseStudy byAuthor = studies.update(viewer("mia"), c.getSlug(), content("By the author", "S", "R", null), v0);
        assertThat(byAuthor.getTitle()).isEqualTo("By the author");
        assertThat(byAuthor.getSlug()).as("the address stays").isEqualTo(c.getSlug());
        assertThatThrownBy(() -> studies.update(viewer("mia"), c.getSlug(), content("Stale", "S", "R", null), v0))
                .isInstanceOf(ConflictException.class);

        Viewer editorElsewhere = new Viewer(outsider.getId(), outsider.getUsername(), "Outsider", false, Map.of(123456789L, Role.EDITOR));
        long v1 = studies.get(c.getSlug()).getVersion();
        assertThat(studies.update(editorElsewhere, c.getSlug(), content("By an editor", "S", "R", null), v1).getTitle()).isEqualTo("By an editor");
        long v2 = studies.get(c.getSlug()).getVersion();
        assertThat(studies.update(viewer("ada"), c.getSlug(), content("By a site admin", "S", "R", null), v2).getTitle()).isEqualTo("By a site admin");
    }

    private static Map<String, Long> counts(java.util.List<org.commonplace.shared.FacetCounts.Facet> facets) {
        Map<String, Long> m = new java.util.HashMap<>();
        facets.forEach(f -> m.put(f.value(), f.count()));
        return m;
    }
}
