package org.commonplace.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.commonplace.wiki.WikiLinkStates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Generates the small set into an in-memory H2 database (schema from the real migrations) and checks its shape. */
class DataGeneratorTest {

    private static Connection db;
    private static DataGenerator generator;

    @BeforeAll
    static void generate() throws SQLException {
        db = generated("gen_a");
        generator = new DataGenerator(db, Scale.SMALL, 7);
        generator.generate();
    }

    private static Connection generated(String name) throws SQLException {
        String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        DataGenerator.migrate(url, "sa", "sa");
        return DriverManager.getConnection(url, "sa", "sa");
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    private static long number(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void writesTheScaleCounts() throws SQLException {
        assertThat(number("SELECT COUNT(*) FROM page")).isEqualTo(Scale.SMALL.pages);
        assertThat(number("SELECT COUNT(*) FROM post")).isEqualTo(Scale.SMALL.posts);
        assertThat(number("SELECT COUNT(*) FROM space WHERE slug LIKE 'bench-%'")).isEqualTo(Scale.SMALL.spaces);
        assertThat(number("SELECT COUNT(*) FROM forum_thread WHERE post_count = 500")).isGreaterThanOrEqualTo(Scale.SMALL.bigThreads);
        assertThat(number("SELECT COUNT(*) FROM forum_thread t WHERE t.post_count <> (SELECT COUNT(*) FROM post p WHERE p.thread_id = t.id)"))
                .isZero();
        assertThat(generator.manifest().bigThreads).hasSize(Scale.SMALL.bigThreads);
        assertThat(generator.manifest().pages).isNotEmpty().allMatch(p -> p.startsWith("/s/bench-"));
    }

    @Test
    void postPathsAndDepthsFollowTheReplyTree() throws SQLException {
        Map<Long, String> paths = new HashMap<>();
        Map<Long, Integer> depths = new HashMap<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT id, path, depth FROM post")) {
            while (r.next()) {
                paths.put(r.getLong(1), r.getString(2));
                depths.put(r.getLong(1), r.getInt(3));
            }
        }
        int replies = 0;
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT id, parent_id, path, depth FROM post")) {
            while (r.next()) {
                String own = String.format("%012d", r.getLong(1));
                long parent = r.getLong(2);
                if (r.wasNull()) {
                    assertThat(r.getString(3)).isEqualTo(own);
                    assertThat(r.getInt(4)).isZero();
                } else {
                    replies++;
                    assertThat(r.getString(3)).isEqualTo(paths.get(parent) + "." + own);
                    assertThat(r.getInt(4)).isEqualTo(depths.get(parent) + 1);
                }
            }
        }
        assertThat(replies).isGreaterThan(Scale.SMALL.posts / 2);
        assertThat(number("SELECT MAX(depth) FROM post")).isGreaterThanOrEqualTo(3);
    }

    @Test
    void revisionChainsEndAtTheCurrentRevisionAndStoreRenderedHtml() throws SQLException {
        assertThat(number("SELECT COUNT(*) FROM page p WHERE p.current_revision <> (SELECT MAX(number) FROM revision r WHERE r.page_id = p.id)"))
                .isZero();
        assertThat(number("SELECT COUNT(*) FROM page p WHERE p.current_revision <> (SELECT COUNT(*) FROM revision r WHERE r.page_id = p.id)"))
                .isZero();
        assertThat(number("SELECT COUNT(*) FROM revision")).isGreaterThan(Scale.SMALL.pages);
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                "SELECT sp.slug, r.markdown, r.html FROM revision r JOIN page p ON p.id = r.page_id JOIN space sp ON sp.id = p.space_id "
                        + "ORDER BY r.id FETCH FIRST 20 ROWS ONLY")) {
            while (r.next()) {
                assertThat(r.getString(3)).isEqualTo(DataGenerator.withToc(WikiLinkStates.render(r.getString(1), r.getString(2))));
            }
        }
        assertThat(number("SELECT COUNT(*) FROM page_link")).isPositive();
    }

    @Test
    void sameSeedSameContentAndASecondRunWritesNothing() throws SQLException {
        try (Connection other = generated("gen_b")) {
            DataGenerator again = new DataGenerator(other, Scale.SMALL, 7);
            again.generate();
            assertThat(digest(other)).isEqualTo(digest(db));
            assertThat(new DataGenerator(other, Scale.SMALL, 7).alreadyGenerated()).isTrue();
        }
    }

    @Test
    void theApplicationsOwnInsertsGetFreshIds() throws SQLException {
        long max = number("SELECT MAX(id) FROM space");
        try (Statement s = db.createStatement()) {
            s.executeUpdate("INSERT INTO space (slug, name, visibility, created_at, last_activity_at) "
                    + "VALUES ('after-bench', 'After', 'PUBLIC', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        }
        assertThat(number("SELECT id FROM space WHERE slug = 'after-bench'")).isGreaterThan(max);
    }

    private static String digest(Connection c) throws SQLException {
        StringBuilder b = new StringBuilder();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT p.slug, r.number, r.content_hash FROM revision r JOIN page p ON p.id = r.page_id ORDER BY p.slug, r.number")) {
            while (r.next()) {
                b.append(r.getString(1)).append(r.getInt(2)).append(r.getString(3));
            }
        }
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT path, markdown FROM post ORDER BY path")) {
            while (r.next()) {
                b.append(r.getString(1)).append(r.getString(2).hashCode());
            }
        }
        return org.commonplace.shared.Tokens.sha256(b.toString());
    }
}
