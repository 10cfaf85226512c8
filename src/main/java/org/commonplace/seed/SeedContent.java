package org.commonplace.seed;

import java.util.List;
import java.util.Map;
import org.commonplace.space.Role;
import org.commonplace.space.Visibility;

/** What the seed files say, parsed and checked, before anything touches the database. */
public record SeedContent(List<SpaceSeed> spaces, String demoPassword, List<AccountSeed> demoAccounts) {

    public record SpaceSeed(String slug, String name, String description, Visibility visibility, List<PageSeed> pages,
            List<BoardSeed> boards) {
        public SpaceSeed {
            pages = List.copyOf(pages);
            boards = List.copyOf(boards);
        }
    }

    /** A discussion board of a space. */
    public record BoardSeed(String slug, String name, String description, boolean questions) {
    }

    /** A wiki page from {@code seed-content/pages/<space>/<file>.md}: front matter (title, tags) and Markdown. */
    public record PageSeed(String file, String slug, String title, String tags, String markdown) {
    }

    public record AccountSeed(String username, String displayName, String email, boolean siteAdmin, Map<String, Role> memberships) {
    }
}
