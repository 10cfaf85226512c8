package org.commonplace.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.commonplace.markup.Heading;
import org.commonplace.markup.HtmlSanitizer;
import org.commonplace.markup.HtmlText;
import org.commonplace.markup.MarkupRenderer;
import org.commonplace.markup.Rendered;
import org.commonplace.markup.Slugs;
import org.commonplace.markup.WikiLinkRef;
import org.commonplace.people.Account;
import org.commonplace.people.PasswordHasher;
import org.commonplace.shared.Tokens;
import org.commonplace.wiki.Page;
import org.commonplace.wiki.WikiLinkStates;
import org.flywaydb.core.Flyway;

/**
 * Writes a deterministic data set for the benchmark straight into the database with JDBC batches: accounts,
 * spaces with memberships, wiki pages with revision chains, boards, and threads whose posts form branching
 * reply trees. Everything is stored the way the application stores it: Markdown rendered at "save" time by the
 * same renderer ({@link WikiLinkStates#render}, i.e. {@link MarkupRenderer} + sanitizer, with the same table of
 * contents as {@code WikiService}), content hashes, page links and tags of the current revision, and each post's
 * materialised path (ancestors' ids and its own, zero-padded to 12 digits) and depth as {@code forum/Post} keeps
 * them. The schema comes from the application's own Flyway migrations, run here first (a no-op when the
 * application already migrated the database).
 *
 * <pre>
 * mvn -Pbench test-compile exec:java@generate -Dbench.scale=medium -Dbench.db.url=jdbc:h2:file:/path/h2/commonplace
 * </pre>
 *
 * The same seed and scale always give the same rows (ids depend on what the database held before). A second
 * run against a database that already holds generated data changes nothing. Every generated account has the
 * password {@value #PASSWORD}; they share one PBKDF2 hash so that generating thousands of accounts takes no
 * time (a benchmark shortcut, not something the application would do).
 */
public final class DataGenerator {

    public static final String USER = "benchuser";
    public static final String PASSWORD = "bench-password";
    static final int BIG_THREAD_POSTS = 500;
    /** Same zero padding as {@code forum.Post.PATH_SEGMENT}. */
    static final int PATH_SEGMENT = 12;
    static final String SPACE_PREFIX = "bench-";
    private static final Instant EPOCH = Instant.parse("2024-01-02T08:00:00Z");
    private static final int BATCH = 500;

    private final Connection db;
    private final Scale scale;
    private final Random random;
    private final Map<String, Long> nextIds = new HashMap<>();
    private final Manifest manifest = new Manifest();
    private final boolean postgres;

    private final List<Long> spaceIds = new ArrayList<>();
    private final List<String> spaceSlugs = new ArrayList<>();
    private final List<Boolean> spacePublic = new ArrayList<>();
    private final List<Long> accountIds = new ArrayList<>();
    private final List<String> usernames = new ArrayList<>();
    private final Map<String, Long> spaceIdBySlug = new HashMap<>();
    private final Map<String, Long> counts = new LinkedHashMap<>();

    DataGenerator(Connection db, Scale scale, long seed) throws SQLException {
        this.db = db;
        this.scale = scale;
        this.random = new Random(seed);
        this.postgres = db.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = Args.parse(args);
        Scale scale = Scale.parse(opts.getOrDefault("scale", "small"));
        String url = opts.get("url");
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("--url is required (jdbc:h2:file:<data>/h2/commonplace or jdbc:postgresql://...)");
        }
        String user = opts.getOrDefault("user", url.startsWith("jdbc:h2:") ? "sa" : "postgres");
        String password = opts.getOrDefault("password", url.startsWith("jdbc:h2:") ? "sa" : "");
        long seed = Long.parseLong(opts.getOrDefault("seed", "20260101"));
        Path manifestFile = Path.of(opts.getOrDefault("manifest", "target/bench/manifest.json"));
        long started = System.nanoTime();
        migrate(url, user, password);
        System.out.printf(Locale.ROOT, "schema ready after %.1f s%n", (System.nanoTime() - started) / 1e9);
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            DataGenerator generator = new DataGenerator(c, scale, seed);
            if (generator.alreadyGenerated()) {
                System.out.println("The database already holds generated data (space " + SPACE_PREFIX + "01); nothing written.");
                if (!Files.exists(manifestFile)) {
                    System.out.println("No manifest at " + manifestFile + ": generate into a fresh database to get one.");
                }
                return;
            }
            generator.generate();
            Files.createDirectories(manifestFile.toAbsolutePath().getParent());
            Files.writeString(manifestFile, generator.manifest.toJson(scale), StandardCharsets.UTF_8);
            System.out.printf(Locale.ROOT, "Generated %s in %.1f s: %s; manifest %s%n", scale.name().toLowerCase(Locale.ROOT),
                    (System.nanoTime() - started) / 1e9, generator.counts, manifestFile);
        }
    }

    /** The application's migrations, configured as {@code shared/DatabaseMigrations} configures them. */
    static void migrate(String url, String user, String password) {
        Flyway.configure(DataGenerator.class.getClassLoader())
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .placeholders(Map.of("blob", url.startsWith("jdbc:postgresql:") ? "BYTEA" : "BLOB"))
                .load()
                .migrate();
    }

    boolean alreadyGenerated() throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT COUNT(*) FROM space WHERE slug = ?")) {
            s.setString(1, SPACE_PREFIX + "01");
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1) > 0;
            }
        }
    }

    Map<String, Long> counts() {
        return counts;
    }

    Manifest manifest() {
        return manifest;
    }

    void generate() throws SQLException {
        db.setAutoCommit(false);
        for (String table : List.of("account", "space", "membership", "page", "revision", "page_link", "board", "forum_thread", "post")) {
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
                r.next();
                nextIds.put(table, r.getLong(1) + 1);
            }
        }
        long t0 = System.nanoTime();
        accounts();
        spaces();
        long t1 = System.nanoTime();
        pages();
        long t2 = System.nanoTime();
        forum();
        long t3 = System.nanoTime();
        System.out.printf(Locale.ROOT, "accounts and spaces %.1f s, pages %.1f s, forum %.1f s%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9);
        // Explicit ids were used; move each identity past them so the application's own inserts do not collide.
        try (Statement s = db.createStatement()) {
            for (Map.Entry<String, Long> e : nextIds.entrySet()) {
                s.execute("ALTER TABLE " + e.getKey() + " ALTER COLUMN id RESTART WITH " + e.getValue());
            }
        }
        db.commit();
    }

    private long id(String table) {
        return nextIds.merge(table, 1L, Long::sum) - 1;
    }

    private void count(String what, long n) {
        counts.merge(what, n, Long::sum);
    }

    private static OffsetDateTime at(long minutes) {
        return EPOCH.plusSeconds(minutes * 60).atOffset(ZoneOffset.UTC);
    }

    // --- accounts, spaces, memberships ---

    private void accounts() throws SQLException {
        String hash = new PasswordHasher().hash(PASSWORD);
        try (PreparedStatement s = db.prepareStatement("INSERT INTO account (id, username, username_key, display_name, email, email_key, "
                + "password_hash, credential_version, site_admin, status, organisation, created_at, version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, 0, FALSE, 'ACTIVE', ?, ?, 0)");
                PreparedStatement tag = db.prepareStatement("INSERT INTO account_expertise (account_id, tag) VALUES (?, ?)")) {
            for (int i = 0; i < scale.accounts; i++) {
                String username = i == 0 ? USER : String.format(Locale.ROOT, "member%05d", i);
                String email = username + "@bench.example";
                long id = id("account");
                s.setLong(1, id);
                s.setString(2, username);
                s.setString(3, username);
                s.setString(4, i == 0 ? "Bench User" : Text.pick(random, Text.ADJECTIVES) + " " + Text.pick(random, Text.NOUNS) + " " + i);
                s.setString(5, email);
                s.setString(6, Account.emailKey(email));
                s.setString(7, hash);
                s.setString(8, "Practice Group " + (i % 17));
                s.setObject(9, at(i));
                s.addBatch();
                tag.setLong(1, id);
                tag.setString(2, Text.pick(random, Text.NOUNS).toLowerCase(Locale.ROOT));
                tag.addBatch();
                accountIds.add(id);
                usernames.add(username);
                flushEvery(s, i);
                flushEvery(tag, i); // after its accounts
            }
            s.executeBatch();
            tag.executeBatch();
        }
        count("accounts", scale.accounts);
        manifest.user = USER;
        manifest.password = PASSWORD;
    }

    private void spaces() throws SQLException {
        try (PreparedStatement s = db.prepareStatement("INSERT INTO space (id, slug, name, description, visibility, edit_policy, created_at, "
                + "last_activity_at, version) VALUES (?, ?, ?, ?, ?, 'MEMBERS', ?, ?, 0)");
                PreparedStatement m = db.prepareStatement("INSERT INTO membership (id, space_id, account_id, role, created_at, version) "
                        + "VALUES (?, ?, ?, ?, ?, 0)")) {
            int memberships = 0;
            for (int i = 0; i < scale.spaces; i++) {
                String slug = String.format(Locale.ROOT, "%s%02d", SPACE_PREFIX, i + 1);
                String visibility = i % 10 == 9 ? "INVITE_ONLY" : i % 5 == 4 ? "MEMBERS" : "PUBLIC";
                long id = id("space");
                String topic = Text.NOUNS.get(i % Text.NOUNS.size());
                s.setLong(1, id);
                s.setString(2, slug);
                s.setString(3, "Bench " + topic + " " + (i + 1));
                s.setString(4, "A generated space about " + topic.toLowerCase(Locale.ROOT) + ": " + Text.sentence(random));
                s.setString(5, visibility);
                s.setObject(6, at(i));
                s.setObject(7, at(500_000 + i));
                s.executeUpdate();
                spaceIds.add(id);
                spaceSlugs.add(slug);
                spacePublic.add(visibility.equals("PUBLIC"));
                spaceIdBySlug.put(slug, id);
                // The bench user edits everywhere; each other account belongs to a few spaces.
                Set<Integer> members = new TreeSet<>();
                members.add(0);
                for (int a = 1 + i % 3; a < scale.accounts; a += 3 + (i % 4)) {
                    members.add(a);
                }
                for (int a : members) {
                    m.setLong(1, id("membership"));
                    m.setLong(2, id);
                    m.setLong(3, accountIds.get(a));
                    m.setString(4, a == 0 ? "EDITOR" : a % 50 == 1 ? "MODERATOR" : a % 10 == 2 ? "EDITOR" : "MEMBER");
                    m.setObject(5, at(i + a));
                    m.addBatch();
                    flushEvery(m, ++memberships);
                }
            }
            m.executeBatch();
            count("spaces", scale.spaces);
            count("memberships", memberships);
        }
        db.commit();
    }

    // --- the wiki ---

    /** One page's generated history: every revision's Markdown, and what the last one renders to. */
    private record PageDraft(long id, int space, String slug, String title, List<String> markdown, Set<String> tags) {
    }

    private void pages() throws SQLException {
        int perSpace = (scale.pages + scale.spaces - 1) / scale.spaces;
        List<List<String>> titles = new ArrayList<>();
        for (int sp = 0; sp < scale.spaces; sp++) {
            List<String> t = new ArrayList<>();
            for (int i = 0; i < perSpace && sp * perSpace + i < scale.pages; i++) {
                t.add(title(i));
            }
            titles.add(t);
        }
        try (PreparedStatement p = db.prepareStatement("INSERT INTO page (id, space_id, slug, title, current_revision, deleted, created_at, "
                + "updated_at, version) VALUES (?, ?, ?, ?, ?, FALSE, ?, ?, 0)");
                PreparedStatement r = db.prepareStatement("INSERT INTO revision (id, page_id, number, title, markdown, html, renderer_version, "
                        + "author_id, author_name, created_at, summary, minor, parent_number, size, content_hash) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement l = db.prepareStatement("INSERT INTO page_link (id, page_id, target_space_id, target_slug, target_title) "
                        + "VALUES (?, ?, ?, ?, ?)");
                PreparedStatement t = db.prepareStatement("INSERT INTO page_tag (page_id, tag) VALUES (?, ?)")) {
            List<PageDraft> batch = new ArrayList<>();
            int n = 0;
            for (int sp = 0; sp < scale.spaces; sp++) {
                for (int i = 0; i < titles.get(sp).size(); i++) {
                    batch.add(draftPage(sp, i, titles));
                    if (batch.size() == 200) {
                        n += writePages(batch, p, r, l, t);
                        batch.clear();
                    }
                }
            }
            n += writePages(batch, p, r, l, t);
            count("pages", n);
        }
    }

    private static String title(int i) {
        int a = Text.ADJECTIVES.size();
        int b = Text.NOUNS.size();
        String base = Text.ADJECTIVES.get(i % a) + " " + Text.NOUNS.get((i / a) % b);
        return i < a * b ? base : base + " " + (i / (a * b) + 1);
    }

    private PageDraft draftPage(int sp, int index, List<List<String>> titles) {
        List<String> own = titles.get(sp);
        String title = own.get(index);
        List<String> blocks = new ArrayList<>();
        blocks.add(Text.paragraph(random, 3 + random.nextInt(3)));
        String[] sections = {"Why it matters", "How we run it", "What to watch for", "Variations", "Related"};
        int sectionCount = 2 + random.nextInt(4);
        for (int s = 0; s < sectionCount; s++) {
            StringBuilder b = new StringBuilder("## ").append(sections[s]).append("\n\n").append(Text.paragraph(random, 2 + random.nextInt(4)));
            int kind = random.nextInt(4);
            if (kind == 0) {
                b.append("\n\n").append(Text.bullets(random));
            } else if (kind == 1) {
                b.append("\n\n").append(Text.table(random));
            } else if (kind == 2) {
                b.append("\n\n> ").append(Text.sentence(random));
            }
            // Wiki links: mostly to pages of the same space, sometimes across spaces or to pages nobody wrote yet.
            int links = 1 + random.nextInt(3);
            b.append("\n\nSee also ");
            for (int k = 0; k < links; k++) {
                if (k > 0) {
                    b.append(", ");
                }
                int roll = random.nextInt(10);
                if (roll == 0) {
                    b.append("[[").append(Text.pick(random, Text.ADJECTIVES)).append(" unwritten ").append(Text.pick(random, Text.NOUNS)).append("]]");
                } else if (roll == 1 && scale.spaces > 1) {
                    int other = random.nextInt(scale.spaces);
                    b.append("[[").append(spaceSlugs.get(other)).append(':').append(titles.get(other).get(random.nextInt(titles.get(other).size()))).append("]]");
                } else {
                    b.append("[[").append(own.get(random.nextInt(own.size()))).append("]]");
                }
            }
            b.append('.');
            blocks.add(b.toString());
        }
        int revisions = Math.max(1, scale.revisions - 1 + random.nextInt(3));
        List<String> markdown = new ArrayList<>();
        for (int r = 1; r <= revisions; r++) {
            int shown = Math.max(1, (int) Math.ceil(blocks.size() * (double) r / revisions));
            String text = String.join("\n\n", blocks.subList(0, shown)) + "\n";
            if (r < revisions) {
                text = text.replaceFirst("\\.", ", at first.");
            }
            markdown.add(text);
        }
        Set<String> tags = new TreeSet<>();
        for (int k = random.nextInt(4); k > 0; k--) {
            tags.add(Text.pick(random, Text.TAGS));
        }
        return new PageDraft(id("page"), sp, Slugs.slugify(title), title, markdown, Page.normaliseTags(tags));
    }

    private int writePages(List<PageDraft> batch, PreparedStatement p, PreparedStatement r, PreparedStatement l, PreparedStatement t)
            throws SQLException {
        if (batch.isEmpty()) {
            return 0;
        }
        // Render every revision, in parallel: the expensive part, and the same work a save does.
        List<String[]> sources = new ArrayList<>();
        for (PageDraft d : batch) {
            for (String md : d.markdown()) {
                sources.add(new String[] {spaceSlugs.get(d.space()), md});
            }
        }
        Rendered[] rendered = new Rendered[sources.size()];
        IntStream.range(0, sources.size()).parallel().forEach(i -> rendered[i] = WikiLinkStates.render(sources.get(i)[0], sources.get(i)[1]));
        int k = 0;
        for (PageDraft d : batch) {
            long pageMinute = 10L * d.id() % 400_000;
            int revisions = d.markdown().size();
            p.setLong(1, d.id());
            p.setLong(2, spaceIds.get(d.space()));
            p.setString(3, d.slug());
            p.setString(4, d.title());
            p.setInt(5, revisions);
            p.setObject(6, at(pageMinute));
            p.setObject(7, at(pageMinute + 60L * (revisions - 1)));
            p.addBatch();
            Rendered last = null;
            for (int n = 1; n <= revisions; n++) {
                String md = d.markdown().get(n - 1);
                Rendered rd = rendered[k++];
                int author = n == 1 ? d.space() * 7 % accountIds.size() : random.nextInt(accountIds.size());
                r.setLong(1, id("revision"));
                r.setLong(2, d.id());
                r.setInt(3, n);
                r.setString(4, d.title());
                r.setString(5, md);
                r.setString(6, withToc(rd));
                r.setInt(7, MarkupRenderer.RENDERER_VERSION);
                r.setLong(8, accountIds.get(author));
                r.setString(9, usernames.get(author));
                r.setObject(10, at(pageMinute + 60L * (n - 1)));
                r.setString(11, n == 1 ? "First version" : "Expanded the " + (n % 2 == 0 ? "practice notes" : "examples"));
                r.setBoolean(12, n > 1 && n % 4 == 0);
                if (n == 1) {
                    r.setNull(13, java.sql.Types.INTEGER);
                } else {
                    r.setInt(13, n - 1);
                }
                r.setInt(14, md.length());
                r.setString(15, Tokens.sha256(md));
                r.addBatch();
                last = rd;
            }
            Set<String> seen = new java.util.HashSet<>();
            for (WikiLinkRef link : last.links()) {
                Long target = link.space() == null ? spaceIds.get(d.space()) : spaceIdBySlug.get(link.space());
                if (target != null && seen.add(target + "/" + link.slug())) {
                    l.setLong(1, id("page_link"));
                    l.setLong(2, d.id());
                    l.setLong(3, target);
                    l.setString(4, link.slug());
                    l.setString(5, link.title());
                    l.addBatch();
                }
            }
            for (String tag : d.tags()) {
                t.setLong(1, d.id());
                t.setString(2, tag);
                t.addBatch();
            }
            count("revisions", revisions);
            if (spacePublic.get(d.space())) {
                manifest.pages.add("/s/" + spaceSlugs.get(d.space()) + "/wiki/" + d.slug());
            }
        }
        p.executeBatch();
        r.executeBatch();
        l.executeBatch();
        t.executeBatch();
        db.commit();
        return batch.size();
    }

    /** The stored page HTML: the rendered body, preceded by a table of contents from three headings on (as WikiService does). */
    static String withToc(Rendered rendered) {
        if (!rendered.hasToc()) {
            return rendered.html();
        }
        StringBuilder toc = new StringBuilder("<div class=\"toc\"><p><strong>Contents</strong></p><ul>");
        for (Heading h : rendered.headings()) {
            toc.append("<li><a href=\"#").append(h.anchor()).append("\">").append(HtmlText.escape(h.text())).append("</a></li>");
        }
        toc.append("</ul></div>");
        return HtmlSanitizer.sanitize(toc.toString()) + rendered.html();
    }

    // --- the forum ---

    /** One post waiting for its batch: tree position is final, HTML comes from the parallel render. */
    private record PostDraft(long id, long thread, Long parent, String path, int depth, int author, String markdown, int space, long minute) {
    }

    private void forum() throws SQLException {
        List<long[]> boards = new ArrayList<>(); // {board id, space index}
        try (PreparedStatement b = db.prepareStatement("INSERT INTO board (id, space_id, slug, name, description, position, questions, created_at, version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            String[] names = {"General", "Help", "Methods", "Events", "Introductions"};
            for (int sp = 0; sp < scale.spaces; sp++) {
                for (int i = 0; i < scale.boardsPerSpace; i++) {
                    long id = id("board");
                    b.setLong(1, id);
                    b.setLong(2, spaceIds.get(sp));
                    b.setString(3, names[i].toLowerCase(Locale.ROOT));
                    b.setString(4, names[i]);
                    b.setString(5, "Generated board: " + Text.sentence(random));
                    b.setInt(6, i);
                    b.setBoolean(7, i == 1);
                    b.setObject(8, at(sp));
                    b.addBatch();
                    boards.add(new long[] {id, sp});
                }
            }
            b.executeBatch();
            count("boards", boards.size());
        }
        db.commit();
        // Thread sizes: a few threads of exactly 500 posts, the rest between 1 and 60 posts.
        List<Integer> sizes = new ArrayList<>();
        long remaining = scale.posts;
        for (int i = 0; i < scale.bigThreads && remaining >= BIG_THREAD_POSTS; i++) {
            sizes.add(BIG_THREAD_POSTS);
            remaining -= BIG_THREAD_POSTS;
        }
        while (remaining > 0) {
            int size = (int) Math.min(remaining, 1 + random.nextInt(60));
            sizes.add(size);
            remaining -= size;
        }
        try (PreparedStatement th = db.prepareStatement("INSERT INTO forum_thread (id, board_id, title, author_id, author_name, pinned, locked, "
                + "post_count, created_at, last_activity_at, version) VALUES (?, ?, ?, ?, ?, ?, FALSE, ?, ?, ?, 0)");
                PreparedStatement po = db.prepareStatement("INSERT INTO post (id, thread_id, parent_id, path, depth, author_id, author_name, "
                        + "markdown, html, renderer_version, created_at, version, deleted, helpful_count) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, FALSE, ?)")) {
            List<PostDraft> pending = new ArrayList<>();
            long minute = 0;
            for (int ti = 0; ti < sizes.size(); ti++) {
                int size = sizes.get(ti);
                // Big threads go to the first public space's first board, so anonymous readers can open them.
                long[] board = ti < scale.bigThreads ? boards.get(0) : boards.get(random.nextInt(boards.size()));
                int sp = (int) board[1];
                long threadId = id("forum_thread");
                int starter = random.nextInt(accountIds.size());
                long start = minute;
                List<PostDraft> posts = new ArrayList<>();
                for (int k = 0; k < size; k++) {
                    PostDraft parent = null;
                    if (k > 0 && random.nextInt(10) > 1) {
                        // Mostly answer a recent post, sometimes an older one: branching trees of varied depth.
                        int back = random.nextInt(4) == 0 ? random.nextInt(k) : Math.min(k - 1, random.nextInt(3));
                        parent = posts.get(k - 1 - back);
                        while (parent.depth() >= 11) {
                            parent = posts.get(indexOf(posts, parent.parent()));
                        }
                    }
                    long id = id("post");
                    String own = String.format(Locale.ROOT, "%0" + PATH_SEGMENT + "d", id);
                    int author = k == 0 ? starter : random.nextInt(accountIds.size());
                    PostDraft d = new PostDraft(id, threadId, parent == null ? null : parent.id(), parent == null ? own : parent.path() + "." + own,
                            parent == null ? 0 : parent.depth() + 1, author, postText(random, k, parent, sp), sp, start + k * 7L);
                    posts.add(d);
                }
                minute = start + size * 7L + 30;
                th.setLong(1, threadId);
                th.setLong(2, board[0]);
                th.setString(3, ti < scale.bigThreads ? "Long discussion " + (ti + 1) + ": " + Text.pick(random, Text.NOUNS).toLowerCase(Locale.ROOT)
                        : Text.sentence(random).replace("*", "").replace("`", ""));
                th.setLong(4, accountIds.get(starter));
                th.setString(5, usernames.get(starter));
                th.setBoolean(6, ti % 97 == 5);
                th.setInt(7, size);
                th.setObject(8, at(start));
                th.setObject(9, at(start + (size - 1) * 7L));
                th.addBatch();
                if (spacePublic.get(sp)) {
                    if (ti < scale.bigThreads) {
                        manifest.bigThreads.add(threadId);
                    } else if (size < 40 && manifest.replyThreads.size() < 400) {
                        manifest.replyThreads.add(threadId);
                    }
                }
                pending.addAll(posts);
                if (pending.size() >= 2_000) {
                    th.executeBatch();
                    writePosts(pending, po);
                    pending.clear();
                }
            }
            th.executeBatch();
            writePosts(pending, po);
            count("threads", sizes.size());
            count("posts", scale.posts);
        }
    }

    private static int indexOf(List<PostDraft> posts, long id) {
        for (int i = 0; i < posts.size(); i++) {
            if (posts.get(i).id() == id) {
                return i;
            }
        }
        return 0;
    }

    private String postText(Random r, int k, PostDraft parent, int sp) {
        StringBuilder b = new StringBuilder();
        if (parent != null && r.nextInt(5) == 0) {
            b.append("> ").append(Text.sentence(r)).append("\n\n");
        }
        if (r.nextInt(8) == 0) {
            b.append('@').append(usernames.get(r.nextInt(usernames.size()))).append(' ');
        }
        b.append(Text.paragraph(r, 1 + r.nextInt(4)));
        if (r.nextInt(6) == 0) {
            b.append("\n\n").append(Text.bullets(r));
        }
        if (r.nextInt(10) == 0) {
            b.append("\n\nSee [[").append(title(r.nextInt(Math.max(1, scale.pages / scale.spaces)))).append("]].");
        }
        return b.toString();
    }

    private void writePosts(List<PostDraft> posts, PreparedStatement po) throws SQLException {
        String[] html = new String[posts.size()];
        IntStream.range(0, posts.size()).parallel()
                .forEach(i -> html[i] = WikiLinkStates.render(spaceSlugs.get(posts.get(i).space()), posts.get(i).markdown()).html());
        for (int i = 0; i < posts.size(); i++) {
            PostDraft d = posts.get(i);
            po.setLong(1, d.id());
            po.setLong(2, d.thread());
            if (d.parent() == null) {
                po.setNull(3, java.sql.Types.BIGINT);
            } else {
                po.setLong(3, d.parent());
            }
            po.setString(4, d.path());
            po.setInt(5, d.depth());
            po.setLong(6, accountIds.get(d.author()));
            po.setString(7, usernames.get(d.author()));
            po.setString(8, d.markdown());
            po.setString(9, html[i]);
            po.setInt(10, MarkupRenderer.RENDERER_VERSION);
            po.setObject(11, at(d.minute()));
            po.setInt(12, (int) (d.id() % 7 == 0 ? d.id() % 5 : 0));
            po.addBatch();
            if ((i + 1) % BATCH == 0) {
                po.executeBatch();
            }
        }
        po.executeBatch();
        db.commit();
    }

    private static void flushEvery(PreparedStatement s, int i) throws SQLException {
        if ((i + 1) % BATCH == 0) {
            s.executeBatch();
        }
    }

    /** What the benchmark needs to know about the generated data: which URLs to open and which rows to write to. */
    static final class Manifest {
        String user;
        String password;
        final List<String> pages = new ArrayList<>();
        final List<Long> bigThreads = new ArrayList<>();
        final List<Long> replyThreads = new ArrayList<>();

        String toJson(Scale scale) {
            // Keep at most 2,000 page URLs, spread over the whole set.
            List<String> sample = new ArrayList<>();
            int step = Math.max(1, pages.size() / 2_000);
            for (int i = 0; i < pages.size(); i += step) {
                sample.add(pages.get(i));
            }
            StringBuilder b = new StringBuilder("{\n");
            b.append("  \"scale\": \"").append(scale.name().toLowerCase(Locale.ROOT)).append("\",\n");
            b.append("  \"user\": \"").append(user).append("\",\n");
            b.append("  \"password\": \"").append(password).append("\",\n");
            b.append("  \"pages\": [").append(String.join(", ", sample.stream().map(p -> "\"" + p + "\"").toList())).append("],\n");
            b.append("  \"bigThreads\": ").append(bigThreads).append(",\n");
            b.append("  \"replyThreads\": ").append(replyThreads).append(",\n");
            b.append("  \"searchTerms\": [\"facilitation\", \"bench\", \"circles\", \"retrospectives\", \"onboarding\", \"practice\"]\n");
            return b.append("}\n").toString();
        }
    }

    /** {@code --name value} pairs. */
    static final class Args {
        static Map<String, String> parse(String[] args) {
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < args.length; i++) {
                if (args[i] != null && args[i].startsWith("--") && i + 1 < args.length) {
                    String value = args[++i];
                    if (value != null && !value.isEmpty() && !value.startsWith("${")) {
                        m.put(args[i - 1].substring(2), value);
                    }
                }
            }
            return m;
        }
    }

    static void writeFile(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
