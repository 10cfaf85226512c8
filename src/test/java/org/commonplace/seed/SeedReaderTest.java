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
                .containsExactlyInAnyOrder("ada", "edith", "mo", "mia", "otto");
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
}
