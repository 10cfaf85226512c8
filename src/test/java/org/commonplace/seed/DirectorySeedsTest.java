package org.commonplace.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.commonplace.community.Activity;
import org.junit.jupiter.api.Test;

class DirectorySeedsTest {

    @Test
    void thePackagedFilesParseAndMarkTheirContentAsFictional() {
        DirectorySeeds.Content content = DirectorySeeds.readPackaged(true);
        assertThat(content.profiles()).extracting(DirectorySeeds.ProfileSeed::username)
                .contains("ada", "edith", "mo", "mia", "otto", "priya", "tomas", "june", "lars");
        assertThat(content.caseStudies()).hasSize(2)
                .allSatisfy(c -> assertThat(c.content().tried()).containsIgnoringCase("fictional example"));
        assertThat(content.communities()).hasSizeGreaterThanOrEqualTo(4)
                .allSatisfy(c -> assertThat(c.details().name()).contains("(illustrative)"));
        assertThat(content.communities()).extracting(c -> c.details().activity()).contains(Activity.VERY_ACTIVE, Activity.DORMANT);
    }

    @Test
    void productionReadsNoProfiles() {
        assertThat(DirectorySeeds.readPackaged(false).profiles()).isEmpty();
    }

    @Test
    void profileTagsAreNormalisedAndLinksKept() {
        String yaml = "profiles:\n  - username: zed\n    expertise: [Wiki Gardening, wiki  gardening, Moderation]\n"
                + "    links: [https://example.org/zed]\n    consulting: yes\n    consultingTerms: ask\n";
        DirectorySeeds.ProfileSeed p = DirectorySeeds.profiles(new StringReader(yaml)).get(0);
        assertThat(p.expertise()).containsExactly("wiki gardening", "moderation");
        assertThat(p.consulting()).isTrue();
        assertThat(p.links()).containsExactly("https://example.org/zed");
    }

    @Test
    void aRecordBreakingAFormRuleIsReportedWithFileAndLine() {
        String yaml = "communities:\n  - key: a\n    name: A\n    url: https://a.example.org\n    platform: X\n    activity: active\n"
                + "  - key: b\n    name: B\n    url: javascript:alert(1)\n    platform: X\n    activity: active\n";
        assertThatThrownBy(() -> DirectorySeeds.communities(new StringReader(yaml)))
                .isInstanceOf(SeedException.class).hasMessageContaining(DirectorySeeds.COMMUNITIES).hasMessageContaining("line 7")
                .hasMessageContaining("web address");
    }

    @Test
    void unknownActivityDuplicateKeysAndBrokenYamlAreRefused() {
        String badActivity = "communities:\n  - key: a\n    name: A\n    url: https://a.example.org\n    platform: X\n    activity: lively\n";
        assertThatThrownBy(() -> DirectorySeeds.communities(new StringReader(badActivity))).hasMessageContaining("very active, active, quiet or dormant");
        String twice = "profiles:\n  - username: abc\n  - username: ABC\n";
        assertThatThrownBy(() -> DirectorySeeds.profiles(new StringReader(twice))).hasMessageContaining("appears twice").hasMessageContaining("line 3");
        assertThatThrownBy(() -> DirectorySeeds.caseStudies(new StringReader("caseStudies: [\n  - x"))).hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> DirectorySeeds.caseStudies(new StringReader("other: []"))).hasMessageContaining("caseStudies");
    }

    @Test
    void aCaseStudyMissingARequiredPartNamesIt() {
        String yaml = "caseStudies:\n  - key: a\n    title: T\n    organisation: O\n    sector: S\n    region: R\n    tried: t\n    outcome: o\n";
        assertThatThrownBy(() -> DirectorySeeds.caseStudies(new StringReader(yaml))).hasMessageContaining("\"lessons\" is missing")
                .hasMessageContaining("line 2");
    }
}
