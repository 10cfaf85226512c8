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

    /** A discussion board of a space, with its seeded threads (demo mode only). */
    public record BoardSeed(String slug, String name, String description, boolean questions, List<ThreadSeed> threads) {
        public BoardSeed {
            threads = List.copyOf(threads);
        }

        public BoardSeed(String slug, String name, String description, boolean questions) {
            this(slug, name, description, questions, List.of());
        }
    }

    /**
     * A thread from {@code seed-content/threads/<space>/<file>.md}: example content written for the demo;
     * {@code answer} is the ref of the reply marked as the answer on a question board (null: none).
     */
    public record ThreadSeed(String file, String title, String answer, List<PostSeed> posts) {
        public ThreadSeed {
            posts = List.copyOf(posts);
        }

        public ThreadSeed(String file, String title, List<PostSeed> posts) {
            this(file, title, null, posts);
        }
    }

    /** A post of a seeded thread; {@code parent} is the ref of the post it answers (null: the thread). */
    public record PostSeed(String ref, String author, String parent, String markdown) {
    }

    /** A wiki page from {@code seed-content/pages/<space>/<file>.md}: front matter (title, tags) and Markdown. */
    public record PageSeed(String file, String slug, String title, String tags, String markdown) {
    }

    public record AccountSeed(String username, String displayName, String email, boolean siteAdmin, Map<String, Role> memberships) {
    }
}
