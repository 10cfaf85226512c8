package org.commonplace.imports;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commonplace.forum.Board;
import org.commonplace.forum.ForumThread;
import org.commonplace.forum.ImportedPosts;
import org.commonplace.forum.Post;
import org.commonplace.imports.ImportItem.Kind;
import org.commonplace.imports.Units.AccountUnit;
import org.commonplace.imports.Units.PageUnit;
import org.commonplace.imports.Units.PostUnit;
import org.commonplace.imports.Units.RevisionUnit;
import org.commonplace.imports.Units.ThreadUnit;
import org.commonplace.markup.Slugs;
import org.commonplace.people.Account;
import org.commonplace.people.AccountStatus;
import org.commonplace.shared.InvalidInputException;
import org.commonplace.shared.Tokens;
import org.commonplace.space.Space;
import org.commonplace.wiki.ImportedHistory;
import org.commonplace.wiki.Page;
import org.commonplace.wiki.Revision;

/**
 * Writes one unit (a page with its history, a thread with its posts, a member) in a transaction of its own, so
 * a bad record fails alone and an interrupted import keeps every unit written before. Each item is recorded
 * under its source key; an item whose key is already there is skipped. In a dry run the same work is done and
 * then rolled back, so the report counts exactly what a real run would create.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ImportWriter {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final String TRUNCATED = "\n\n*(Shortened on import: the original was longer than this site allows.)*";

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    @Inject
    Clock clock;

    public ImportRun.Tally page(ImportRun run, PageUnit unit) {
        Space space = em.find(Space.class, run.spaceId());
        ImportRun.Tally tally = new ImportRun.Tally();
        Page page = findItem(space.getId(), unit.key()).map(i -> em.find(Page.class, i.getTargetId())).orElse(null);
        if (page != null) {
            tally.skipped();
        } else {
            if (unit.revisions().isEmpty()) {
                throw new InvalidInputException("revisions", "the page has no revisions");
            }
            String title = Page.requireTitle(unit.title());
            RevisionUnit first = unit.revisions().get(0);
            String wanted = Slugs.slugify(title);
            String slug = distinctSlug(space, wanted);
            if (!slug.equals(wanted)) {
                tally.note("Page \"" + title + "\": the address " + wanted + " was taken, imported as " + slug);
            }
            page = ImportedHistory.newPage(em, space, slug, title, first.at());
            em.flush();
            record(run, space, unit.key(), Kind.PAGE, page.getId(), first.author(), first.at(), null);
            tally.created("pages");
        }
        for (RevisionUnit rev : unit.revisions()) {
            if (findItem(space.getId(), rev.key()).isPresent()) {
                tally.skipped();
                continue;
            }
            SourceAuthor author = rev.author() == null ? SourceAuthor.unknown() : rev.author();
            Account account = resolve(author, rev.at(), tally);
            Revision revision = ImportedHistory.append(em, page, rev.markdown(), account == null ? null : account.getId(),
                    account == null ? cut(author.key(), 40) : account.getUsername(), rev.at(), rev.summary(), rev.minor());
            em.flush();
            record(run, space, rev.key(), Kind.REVISION, revision.getId(), author, rev.at(), rev.originalText());
            tally.created("revisions");
        }
        endUnit(run);
        return tally;
    }

    public ImportRun.Tally thread(ImportRun run, ThreadUnit unit) {
        Space space = em.find(Space.class, run.spaceId());
        ImportRun.Tally tally = new ImportRun.Tally();
        if (unit.posts().isEmpty()) {
            throw new InvalidInputException("posts", "the thread has no posts");
        }
        ForumThread thread = findItem(space.getId(), unit.key()).map(i -> em.find(ForumThread.class, i.getTargetId())).orElse(null);
        if (thread != null) {
            tally.skipped();
        } else {
            PostUnit first = unit.posts().get(0);
            String title = unit.title() == null || unit.title().isBlank() ? "(no subject)" : cut(unit.title().strip(), ForumThread.TITLE_MAX);
            Board board = ImportedPosts.board(em, space, unit.boardSlug(), cut(unit.boardName(), 100),
                    "Imported from " + run.format().label() + ".", clock.instant());
            SourceAuthor author = first.author() == null ? SourceAuthor.unknown() : first.author();
            Account account = resolve(author, first.at(), tally);
            thread = ImportedPosts.thread(em, board, title, account == null ? null : account.getId(),
                    account == null ? cut(author.key(), 40) : account.getUsername(), first.at());
            record(run, space, unit.key(), Kind.THREAD, thread.getId(), author, first.at(), null);
            tally.created("threads");
        }
        Map<String, Post> byKey = new HashMap<>();
        for (PostUnit p : unit.posts()) {
            Optional<ImportItem> done = findItem(space.getId(), p.key());
            if (done.isPresent()) {
                Post existing = em.find(Post.class, done.get().getTargetId());
                if (existing != null) {
                    byKey.put(p.key(), existing);
                }
                tally.skipped();
                continue;
            }
            Post parent = null;
            if (p.parentKey() != null) {
                parent = byKey.get(p.parentKey());
                if (parent == null) {
                    parent = findItem(space.getId(), p.parentKey()).map(i -> em.find(Post.class, i.getTargetId())).orElse(null);
                }
            }
            SourceAuthor author = p.author() == null ? SourceAuthor.unknown() : p.author();
            Account account = resolve(author, p.at(), tally);
            String markdown = p.markdown() == null ? "" : p.markdown();
            if (markdown.length() > Post.MARKDOWN_MAX) {
                markdown = markdown.substring(0, Post.MARKDOWN_MAX - TRUNCATED.length()) + TRUNCATED;
                tally.note("Post " + p.key() + " was longer than " + Post.MARKDOWN_MAX + " characters and was shortened");
            }
            if (markdown.isBlank()) {
                markdown = "*(empty message)*";
            }
            Post post = ImportedPosts.post(em, thread, parent, account == null ? null : account.getId(),
                    account == null ? cut(author.key(), 40) : account.getUsername(), markdown, p.at());
            record(run, space, p.key(), Kind.POST, post.getId(), author, p.at(), null);
            byKey.put(p.key(), post);
            tally.created("posts");
        }
        endUnit(run);
        return tally;
    }

    /** A listed member: their placeholder account (or the account that already has their address). */
    public ImportRun.Tally account(ImportRun run, AccountUnit unit) {
        ImportRun.Tally tally = new ImportRun.Tally();
        resolve(unit.author(), unit.joined(), tally);
        if (tally.accounts.isEmpty()) {
            tally.skipped();
        }
        endUnit(run);
        return tally;
    }

    private void endUnit(ImportRun run) {
        em.flush();
        if (run.dryRun()) {
            transactions.setRollbackOnly();
        }
    }

    private Optional<ImportItem> findItem(Long spaceId, String key) {
        return em.createQuery("select i from ImportItem i where i.spaceId = :s and i.sourceKey = :k", ImportItem.class)
                .setParameter("s", spaceId).setParameter("k", key(key)).getResultStream().findFirst();
    }

    /** Keys longer than the column are replaced by a hash of themselves (still unique, still stable). */
    static String key(String key) {
        return key.length() <= ImportItem.KEY_MAX ? key : key.substring(0, 200) + "#" + Tokens.sha256(key);
    }

    private void record(ImportRun run, Space space, String key, Kind kind, Long targetId, SourceAuthor author, Instant at,
            String originalText) {
        em.persist(new ImportItem(space.getId(), key(key), run.format(), kind, targetId, run.jobId(), author == null ? null : author.label(),
                at, originalText, clock.instant()));
    }

    private String distinctSlug(Space space, String wanted) {
        String base = wanted.length() > Page.SLUG_MAX - 4 ? wanted.substring(0, Page.SLUG_MAX - 4) : wanted;
        String slug = base;
        for (int i = 2; slugTaken(space, slug); i++) {
            slug = base + "-" + i;
        }
        return slug;
    }

    private boolean slugTaken(Space space, String slug) {
        return em.createQuery("select count(p) from Page p where p.space = :s and p.slug = :slug", Long.class)
                .setParameter("s", space).setParameter("slug", slug).getSingleResult() > 0
                || em.createQuery("select count(r) from PageRedirect r where r.spaceId = :s and r.slug = :slug", Long.class)
                        .setParameter("s", space.getId()).setParameter("slug", slug).getSingleResult() > 0;
    }

    /**
     * The account for a source author: the one with their address; for a source without addresses the one with
     * their user name; otherwise a new placeholder (no password; claimable through its address). Anonymous
     * authors have none.
     */
    Account resolve(SourceAuthor author, Instant at, ImportRun.Tally tally) {
        if (author.anonymous()) {
            return null;
        }
        String email = author.email() == null ? null : author.email().strip();
        if (email != null && (email.length() > Account.EMAIL_MAX || !EMAIL.matcher(email).matches())) {
            email = null;
        }
        String emailKey = Account.emailKey(email);
        if (emailKey != null) {
            Optional<Account> byEmail = em.createQuery("select a from Account a where a.emailKey = :e", Account.class)
                    .setParameter("e", emailKey).getResultStream().findFirst();
            if (byEmail.isPresent()) {
                return byEmail.get();
            }
        }
        String base = usernameFrom(author.key());
        if (emailKey == null) {
            Optional<Account> byName = byUsername(base);
            if (byName.isPresent()) {
                return byName.get();
            }
        }
        String username = base;
        for (int i = 2; byUsername(username).isPresent(); i++) {
            String suffix = "-" + i;
            username = (base.length() + suffix.length() > Account.USERNAME_MAX ? base.substring(0, Account.USERNAME_MAX - suffix.length()) : base)
                    + suffix;
        }
        String display = author.displayName() == null || author.displayName().isBlank() ? username : cut(author.displayName().strip(), Account.DISPLAY_NAME_MAX);
        Account account = new Account(username, display, email, AccountStatus.PLACEHOLDER, at == null ? clock.instant() : at);
        em.persist(account);
        em.flush();
        tally.accounts.add(emailKey != null ? emailKey : "user:" + Account.key(base));
        return account;
    }

    private Optional<Account> byUsername(String username) {
        return em.createQuery("select a from Account a where a.usernameKey = :u", Account.class)
                .setParameter("u", Account.key(username)).getResultStream().findFirst();
    }

    /** A valid user name made from a source name: letters, digits, dots, dashes, underscores; 2 to 40 of them. */
    static String usernameFrom(String name) {
        String s = name == null ? "" : java.text.Normalizer.normalize(name.strip(), java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "").replaceAll("\\s+", "-").replaceAll("[^A-Za-z0-9_.-]", "");
        s = s.replaceAll("^[^A-Za-z0-9]+", "");
        if (s.length() > Account.USERNAME_MAX) {
            s = s.substring(0, Account.USERNAME_MAX);
        }
        if (s.length() < Account.USERNAME_MIN) {
            String hash = Tokens.sha256(name == null ? "" : name).substring(0, 8);
            s = "user-" + hash;
        }
        return s;
    }

    static String cut(String s, int max) {
        if (s == null) {
            return "";
        }
        if (s.length() <= max) {
            return s;
        }
        return s.substring(0, Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max);
    }
}
