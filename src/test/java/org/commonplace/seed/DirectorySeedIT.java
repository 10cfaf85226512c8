package org.commonplace.seed;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import org.commonplace.casestudy.CaseStudyService;
import org.commonplace.people.AccountService;
import org.commonplace.people.DirectoryService;
import org.commonplace.space.Viewer;
import org.commonplace.testsupport.Deployments;
import org.commonplace.testsupport.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The directory seed (profiles, case studies, communities) is applied at start-up once; applying it again creates nothing. */
@ExtendWith(ArquillianExtension.class)
class DirectorySeedIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(DirectorySeedIT.class);
    }

    @Inject
    SeedService seeds;

    @Inject
    CaseStudyService caseStudies;

    @Inject
    DirectoryService directory;

    @Inject
    org.commonplace.community.CommunityService communityService;

    @Inject
    AccountService accounts;

    @PersistenceContext
    EntityManager em;

    private long count(String entity) {
        return em.createQuery("select count(x) from " + entity + " x where x.example = true", Long.class).getSingleResult();
    }

    @Test
    void thePackagedDirectorySeedWasAppliedAtStartAndASecondApplyCreatesNothing() {
        DirectorySeeds.Content packaged = DirectorySeeds.readPackaged(true);
        assertThat(packaged.caseStudies()).allSatisfy(c -> assertThat(caseStudies.find(c.key())).isPresent());
        assertThat(packaged.communities()).allSatisfy(c -> assertThat(communityService.findByAddress(c.details().url())).isPresent());
        long studies = count("CaseStudy");
        long communities = count("Community");
        assertThat(directory.profile(Viewer.anonymous(), "edith").expertise()).contains("wiki gardening");
        assertThat(caseStudies.view(Viewer.anonymous(), "example-town-council-consultation").study().isExample()).isTrue();

        SeedService.Report again = seeds.applyDirectory(packaged);
        assertThat(again.applied()).isZero();
        assertThat(count("CaseStudy")).isEqualTo(studies);
        assertThat(count("Community")).isEqualTo(communities);
    }

    @Test
    void newRecordsApplyOnceAndProfilesOfMissingAccountsWaitForTheirAccount() {
        String u = TestData.unique();
        String username = "seedling" + u;
        String yamlCases = "caseStudies:\n  - key: seeded-" + u + "\n    title: Seeded " + u + "\n    organisation: O\n    sector: S\n"
                + "    region: R\n    tools: [wiki]\n    tried: t\n    outcome: o\n    lessons: l\n";
        String yamlCommunities = "communities:\n  - key: c-" + u + "\n    name: Seeded " + u + "\n    url: https://c" + u + ".example.org\n"
                + "    platform: Forum\n    activity: quiet\n";
        String yamlProfiles = "profiles:\n  - username: " + username + "\n    expertise: [seeding]\n";
        DirectorySeeds.Content content = DirectorySeeds.read(new StringReader(yamlProfiles), new StringReader(yamlCases),
                new StringReader(yamlCommunities));

        SeedService.Report first = seeds.applyDirectory(content);
        assertThat(first.applied()).as("the case study and the community; the profile waits").isEqualTo(2);
        assertThat(first.skipped()).isEqualTo(1);
        assertThat(seeds.applyDirectory(content).applied()).isZero();

        accounts.create(username, "Seedling", null, "a long test password");
        assertThat(seeds.applyDirectory(content).applied()).as("the profile, once its account exists").isEqualTo(1);
        assertThat(seeds.applyDirectory(content).applied()).isZero();
        assertThat(directory.profile(Viewer.anonymous(), username).expertise()).containsExactly("seeding");
        assertThat(caseStudies.find("seeded-" + u)).isPresent();
    }
}
