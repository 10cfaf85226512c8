package org.commonplace.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.commonplace.space.Role;
import org.commonplace.space.Visibility;
import org.junit.jupiter.api.Test;

class SeedReaderTest {

    @Test
    void thePackagedSeedHasEveryKindOfSpaceAndTheDemoAccounts() {
        SeedContent seed = SeedReader.readPackaged(true);
        assertThat(seed.spaces()).extracting(SeedContent.SpaceSeed::visibility)
                .contains(Visibility.PUBLIC, Visibility.MEMBERS, Visibility.INVITE_ONLY);
        assertThat(seed.demoAccounts()).extracting(SeedContent.AccountSeed::username)
                .containsExactlyInAnyOrder("ada", "edith", "mo", "mia", "otto", "priya", "tomas", "june", "lars");
        SeedContent.SpaceSeed inviteOnly = seed.spaces().stream().filter(s -> s.visibility() == Visibility.INVITE_ONLY).findFirst().orElseThrow();
        assertThat(seed.demoAccounts()).filteredOn(a -> a.memberships().containsKey(inviteOnly.slug()))
                .extracting(SeedContent.AccountSeed::username).contains("edith", "mia");
        assertThat(seed.demoPassword()).isEqualTo("commonplace-demo");
    }

    @Test
    void productionSeedHasNoDemoAccounts() {
        assertThat(SeedReader.readPackaged(false).demoAccounts()).isEmpty();
    }

    @Test
    void brokenJsonIsReportedWithFileAndLine() {
        String spaces = "{\n  \"spaces\": [\n    { \"slug\": \"a\",\n      \"name\" \"A\" }\n  ]\n}";
        assertThatThrownBy(() -> new SeedReader().read(new StringReader(spaces), null))
                .isInstanceOf(SeedException.class)
                .hasMessageContaining(SeedReader.SPACES)
                .hasMessageContaining("line 4");
    }

    @Test
    void aWrongValueIsReportedAtTheLineOfItsObject() {
        String spaces = "{\n \"spaces\": [\n  {\"slug\": \"a\", \"name\": \"A\", \"visibility\": \"PUBLIC\"},\n"
                + "  {\"slug\": \"b\",\n   \"name\": \"B\",\n   \"visibility\": \"PUBLIK\"}\n ]\n}";
        assertThatThrownBy(() -> new SeedReader().read(new StringReader(spaces), null))
                .isInstanceOf(SeedException.class)
                .hasMessageContaining("line 4")
                .hasMessageContaining("PUBLIK");
    }

    @Test
    void membershipsMustNameKnownSpacesAndRoles() {
        String spaces = "{\"spaces\": [{\"slug\": \"a\", \"name\": \"A\", \"visibility\": \"public\"}]}";
        String demo = "{\"password\": \"pw\", \"accounts\": [\n {\"username\": \"x1\", \"displayName\": \"X\", \"memberships\": {\"a\": \"editor\"}},\n"
                + " {\"username\": \"x2\", \"displayName\": \"Y\", \"memberships\": {\"zz\": \"member\"}}]}";
        assertThatThrownBy(() -> new SeedReader().read(new StringReader(spaces), new StringReader(demo)))
                .isInstanceOf(SeedException.class)
                .hasMessageContaining(SeedReader.DEMO_ACCOUNTS)
                .hasMessageContaining("line 3")
                .hasMessageContaining("zz");
        String good = "{\"password\": \"pw\", \"accounts\": [{\"username\": \"x1\", \"displayName\": \"X\", \"memberships\": {\"a\": \"editor\"}}]}";
        assertThat(new SeedReader().read(new StringReader(spaces), new StringReader(good)).demoAccounts().get(0).memberships())
                .containsEntry("a", Role.EDITOR);
    }

    @Test
    void seedPagesHaveTitlesTagsAndBodies() {
        SeedContent seed = SeedReader.readPackaged(false);
        SeedContent.PageSeed welcome = seed.spaces().stream().filter(sp -> sp.slug().equals("commons")).findFirst().orElseThrow()
                .pages().stream().filter(pg -> pg.slug().equals("welcome")).findFirst().orElseThrow();
        assertThat(welcome.title()).isEqualTo("Welcome");
        assertThat(welcome.tags()).contains("start-here");
        assertThat(welcome.markdown()).startsWith("Welcome to").doesNotContain("title:");
    }

    @Test
    void aPageFileWithoutTitleIsReportedWithFileAndLine() {
        String spaces = "{\"spaces\": [{\"slug\": \"a\", \"name\": \"A\", \"visibility\": \"PUBLIC\", \"pages\": [\"p.md\"]}]}";
        assertThatThrownBy(() -> new SeedReader().read(new StringReader(spaces), null,
                path -> new StringReader("---\ntitel: Oops\n---\nbody\n")))
                .isInstanceOf(SeedException.class)
                .hasMessageContaining("seed-content/pages/a/p.md")
                .hasMessageContaining("line 2")
                .hasMessageContaining("titel");
    }

    @org.junit.jupiter.api.Test
    void theSeedHasALongBranchingExampleThread() {
        SeedContent seed = SeedReader.readPackaged(true);
        SeedContent.ThreadSeed thread = seed.spaces().stream().flatMap(s -> s.boards().stream()).flatMap(b -> b.threads().stream())
                .filter(t -> t.title().startsWith("Keeping quiet voices")).findFirst().orElseThrow();
        org.assertj.core.api.Assertions.assertThat(thread.posts()).hasSizeGreaterThanOrEqualTo(30);
        org.assertj.core.api.Assertions.assertThat(thread.posts().get(0).markdown()).contains("Example content");
        org.assertj.core.api.Assertions.assertThat(thread.posts().stream().map(SeedContent.PostSeed::parent).filter(java.util.Objects::nonNull).distinct().count())
                .isGreaterThan(5);
    }

    @org.junit.jupiter.api.Test
    void aThreadFileNamesTheLineOfItsProblem() {
        String file = "---\ntitle: T\n---\n=== a by mia\nhello\n=== b by mo to zzz\nanswer\n";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ThreadFiles.parse("t.md", new java.io.StringReader(file)))
                .isInstanceOf(SeedException.class).hasMessageContaining("zzz");
    }

    private static SeedContent.SpaceSeed space(SeedContent seed, String slug) {
        return seed.spaces().stream().filter(s -> s.slug().equals(slug)).findFirst().orElseThrow();
    }

    @Test
    void theToolkitHasThePagesOtherFeaturesLinkToAndFourBoards() {
        SeedContent seed = SeedReader.readPackaged(true);
        SeedContent.SpaceSeed toolkit = space(seed, "toolkit");
        assertThat(toolkit.name()).isEqualTo("Online engagement toolkit");
        assertThat(toolkit.visibility()).isEqualTo(Visibility.PUBLIC);
        assertThat(toolkit.pages()).extracting(SeedContent.PageSeed::slug).contains("welcome", "engage", "inform", "collaborate",
                "worldview", "roles", "getting-started", "participating-well", "decision-making", "expert-help", "case-study-template",
                "case-study-library-network", "case-study-housing-coop");
        assertThat(toolkit.boards()).extracting(SeedContent.BoardSeed::slug).containsExactly("introductions", "ask", "tools", "case-studies");
        assertThat(toolkit.boards()).filteredOn(SeedContent.BoardSeed::questions).extracting(SeedContent.BoardSeed::slug).containsExactly("ask");
        for (SeedContent.BoardSeed b : toolkit.boards()) {
            assertThat(b.threads()).as(b.slug()).hasSizeBetween(2, 4);
            for (SeedContent.ThreadSeed t : b.threads()) {
                assertThat(t.posts()).as(t.file()).hasSizeGreaterThanOrEqualTo(3);
                assertThat(t.posts().stream().map(SeedContent.PostSeed::author).distinct().count()).as(t.file()).isGreaterThan(1);
                assertThat(t.posts().get(0).markdown()).as(t.file()).startsWith("*Example content");
            }
        }
        assertThat(space(seed, "toolkit").boards().get(1).threads()).allSatisfy(t -> assertThat(t.answer()).isNotNull());
    }

    @Test
    void everyToolkitPageIsWithinTheLengthBriefAndLinksToAnotherPage() {
        for (SeedContent.PageSeed p : space(SeedReader.readPackaged(false), "toolkit").pages()) {
            int words = p.markdown().split("\\s+").length;
            assertThat(words).as(p.file()).isBetween(300, 900);
            assertThat(p.markdown()).as(p.file()).contains("[[");
            assertThat(org.commonplace.markup.Slugs.slugify(p.title())).as("title of " + p.file() + " links to its slug")
                    .isEqualTo(p.slug());
        }
    }

    @Test
    void theLongToolsThreadBranchesDeeplyAmongManyAuthors() {
        SeedContent.ThreadSeed thread = space(SeedReader.readPackaged(true), "toolkit").boards().stream()
                .filter(b -> b.slug().equals("tools")).findFirst().orElseThrow().threads().get(0);
        assertThat(thread.title()).contains("Wiki or community network");
        assertThat(thread.posts()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(thread.posts().stream().map(SeedContent.PostSeed::author).distinct()).hasSizeGreaterThanOrEqualTo(6)
                .contains("priya", "tomas", "june", "lars", "ada", "edith", "mo", "mia", "otto");
        java.util.Map<String, String> parents = new java.util.HashMap<>();
        thread.posts().forEach(p -> parents.put(p.ref(), p.parent()));
        int deepest = 0;
        for (String ref : parents.keySet()) {
            int depth = 0;
            for (String at = parents.get(ref); at != null; at = parents.get(at)) {
                depth++;
            }
            deepest = Math.max(deepest, depth);
        }
        assertThat(deepest).isGreaterThanOrEqualTo(4);
    }

    @Test
    void theCircleIsInviteOnlyWithItsFourMembers() {
        SeedContent seed = SeedReader.readPackaged(true);
        SeedContent.SpaceSeed circle = space(seed, "circle");
        assertThat(circle.name()).isEqualTo("Practitioners' circle");
        assertThat(circle.visibility()).isEqualTo(Visibility.INVITE_ONLY);
        assertThat(circle.pages()).hasSize(1);
        assertThat(circle.boards()).singleElement().satisfies(b -> {
            assertThat(b.name()).isEqualTo("Round table");
            assertThat(b.threads()).hasSize(1);
        });
        java.util.Map<String, Role> members = new java.util.HashMap<>();
        seed.demoAccounts().forEach(a -> {
            if (a.memberships().containsKey("circle")) {
                members.put(a.username(), a.memberships().get("circle"));
            }
        });
        assertThat(members).containsExactlyInAnyOrderEntriesOf(java.util.Map.of("ada", Role.ADMIN, "edith", Role.EDITOR,
                "mia", Role.MEMBER, "priya", Role.MEMBER));
    }

    @Test
    void theToolkitRolesAreGivenToTheDemoAccounts() {
        java.util.Map<String, Role> roles = new java.util.HashMap<>();
        SeedReader.readPackaged(true).demoAccounts().forEach(a -> {
            if (a.memberships().containsKey("toolkit")) {
                roles.put(a.username(), a.memberships().get("toolkit"));
            }
        });
        assertThat(roles).containsEntry("edith", Role.EDITOR).containsEntry("mo", Role.MODERATOR)
                .containsEntry("priya", Role.MEMBER).containsEntry("tomas", Role.MEMBER).containsEntry("june", Role.MEMBER)
                .containsEntry("lars", Role.MEMBER);
    }

    @Test
    void aThreadMayNameItsAcceptedReply() throws Exception {
        String file = "---\ntitle: Q\nanswer: b\n---\n=== a by mia\nwhy?\n=== b by mo to a\nbecause\n";
        assertThat(ThreadFiles.parse("t.md", new StringReader(file)).answer()).isEqualTo("b");
        assertThat(ThreadFiles.parse("t.md", new StringReader("---\ntitle: Q\n---\n=== a by mia\nwhy?\n")).answer()).isNull();
    }

    @Test
    void theAcceptedReplyMustBeAReplyOfTheThread() {
        for (String answer : new String[] {"a", "zz"}) {
            String file = "---\ntitle: Q\nanswer: " + answer + "\n---\n=== a by mia\nwhy?\n=== b by mo to a\nbecause\n";
            assertThatThrownBy(() -> ThreadFiles.parse("t.md", new StringReader(file)))
                    .isInstanceOf(SeedException.class).hasMessageContaining("line 3").hasMessageContaining(answer);
        }
    }

    @Test
    void anAcceptedReplyNeedsAQuestionBoard() {
        String spaces = "{\"spaces\": [{\"slug\": \"a\", \"name\": \"A\", \"visibility\": \"PUBLIC\", \"boards\": [\n"
                + " {\"slug\": \"talk\", \"name\": \"Talk\", \"threads\": [\"q.md\"]}]}]}";
        String thread = "---\ntitle: Q\nanswer: b\n---\n=== a by mia\nwhy?\n=== b by mo to a\nbecause\n";
        assertThatThrownBy(() -> new SeedReader().read(new StringReader(spaces), null, path -> new StringReader(thread)))
                .isInstanceOf(SeedException.class).hasMessageContaining("seed-content/threads/a/q.md").hasMessageContaining("question board");
        String questions = spaces.replace("\"Talk\",", "\"Talk\", \"questions\": true,");
        assertThat(new SeedReader().read(new StringReader(questions), null, path -> new StringReader(thread))
                .spaces().get(0).boards().get(0).threads().get(0).answer()).isEqualTo("b");
    }
}
