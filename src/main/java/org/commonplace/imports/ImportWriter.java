package org.commonplace.imports;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commonplace.forum.Board;
import org.commonplace.forum.ForumThread;
import org.commonplace.forum.ImportedPosts;
import org.commonplace.forum.Post;
import org.commonplace.imports.ImportItem.Kind;
import org.commonplace.imports.Units.AccountUnit;
import org.commonplace.imports.Units.FileUnit;
import org.commonplace.imports.Units.InlineFile;
import org.commonplace.imports.Units.MemberUnit;
import org.commonplace.imports.Units.PageUnit;
import org.commonplace.imports.Units.PostUnit;
import org.commonplace.imports.Units.RevisionUnit;
import org.commonplace.imports.Units.SpaceUnit;
import org.commonplace.imports.Units.ThreadUnit;
import org.commonplace.markup.Slugs;
import org.commonplace.people.Account;
import org.commonplace.people.AccountStatus;
import org.commonplace.shared.InvalidInputException;
import org.commonplace.shared.Tokens;
import org.commonplace.space.Role;
import org.commonplace.space.Space;
import org.commonplace.space.SpaceService;
import org.commonplace.space.Viewer;
import org.commonplace.space.Viewers;
import org.commonplace.space.Visibility;
import org.commonplace.wiki.Attachment;
import org.commonplace.wiki.FileService;
import org.commonplace.wiki.ImportedHistory;
import org.commonplace.wiki.Page;
import org.commonplace.wiki.Revision;

/**
 * Writes one unit (a space, a page with its history, a thread with its posts, a member) in a transaction of its
 * own, so a bad record fails alone and an interrupted import keeps every unit written before. Each item is recorded
 * under its source key; an item whose key is already there is skipped. In a dry run the same work is done and
 * then rolled back, so the report counts exactly what a real run would create (a space a dry run would make is
 * made again, uncounted, in the transaction of each unit that goes into it).
 *
 * <p>Spaces are made through {@link SpaceService#create} in the name of the administrator who started the import,
 * with the same checks and limits as a space made by hand. Files an item refers to are stored as wiki attachments
 * through {@link FileService#attachImported} (the upload rules: allowed types, matching content, size limit): a
 * page's files on that page, a post's files on the space's page "Files imported from ..." (slug
 * {@code <format>-files}, made once); the item's Markdown then lists them with links (images inline).
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

    @Inject
    SpaceService spaces;

    @Inject
    Viewers viewers;

    @Inject
    FileService files;

    /** A space of its own (a Ning group) with its members; the importing administrator administers it too. */
    public ImportRun.Tally space(ImportRun run, SpaceUnit unit) {
        Space target = em.find(Space.class, run.spaceId());
        ImportRun.Tally tally = new ImportRun.Tally();
        if (findItem(target.getId(), unit.key()).isPresent()) {
            tally.skipped();
        } else {
            makeSpace(run, target, unit, tally, true);
        }
        endUnit(run);
        return tally;
    }

    public ImportRun.Tally page(ImportRun run, PageUnit unit) {
        ImportRun.Tally tally = new ImportRun.Tally();
        Space space = spaceFor(run, unit.spaceKey(), tally);
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
            String markdown = withFiles(run, space, page, unit.key() + ":file:", rev.key(), rev.markdown(), rev.files(), rev.inline(),
                    account == null ? null : account.getId(), rev.at(), tally);
            Revision revision = ImportedHistory.append(em, page, markdown, account == null ? null : account.getId(),
                    account == null ? cut(author.key(), 40) : account.getUsername(), rev.at(), rev.summary(), rev.minor());
            em.flush();
            record(run, space, rev.key(), Kind.REVISION, revision.getId(), author, rev.at(), rev.originalText());
            tally.created("revisions");
        }
        endUnit(run);
        return tally;
    }

    public ImportRun.Tally thread(ImportRun run, ThreadUnit unit) {
        ImportRun.Tally tally = new ImportRun.Tally();
        if (unit.posts().isEmpty()) {
            throw new InvalidInputException("posts", "the thread has no posts");
        }
        Space space = spaceFor(run, unit.spaceKey(), tally);
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
            String markdown = withFiles(run, space, null, run.format().code() + ":file:", p.key(), p.markdown(), p.files(), p.inline(),
                    account == null ? null : account.getId(), p.at(), tally);
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

    /**
     * The space a unit goes to: the target space, or the space made for its source key. In a dry run the space
     * was rolled back with its own unit, so it is made again here (and rolled back again, uncounted).
     */
    private Space spaceFor(ImportRun run, String spaceKey, ImportRun.Tally tally) {
        Space target = em.find(Space.class, run.spaceId());
        if (target == null) {
            throw new IllegalStateException("The target space no longer exists.");
        }
        if (spaceKey == null) {
            return target;
        }
        Optional<ImportItem> made = findItem(target.getId(), spaceKey);
        if (made.isPresent()) {
            Space space = em.find(Space.class, made.get().getTargetId());
            if (space == null) {
                throw new InvalidInputException("space", "the space an earlier import made for " + spaceKey + " no longer exists");
            }
            return space;
        }
        SpaceUnit definition = run.spaceUnit(spaceKey);
        if (run.dryRun() && definition != null) {
            return makeSpace(run, target, definition, tally, false);
        }
        throw new InvalidInputException("space", "its space (" + spaceKey + ") could not be made; see the problem reported for it");
    }

    private Space makeSpace(ImportRun run, Space target, SpaceUnit unit, ImportRun.Tally tally, boolean counted) {
        Viewer admin = importingAdmin(run);
        String name = unit.name() == null || unit.name().isBlank() ? unit.key() : unit.name().strip();
        if (name.length() > Space.NAME_MAX) {
            name = cut(name, Space.NAME_MAX).strip();
            if (counted) {
                tally.note("Space \"" + name + "…\": the name was longer than " + Space.NAME_MAX + " characters and was shortened");
            }
        }
        String description = unit.description() == null ? "" : unit.description().strip();
        if (description.length() > Space.DESCRIPTION_MAX) {
            description = cut(description, Space.DESCRIPTION_MAX - 1).strip() + "…";
            if (counted) {
                tally.note("Space \"" + name + "\": the description was longer than " + Space.DESCRIPTION_MAX + " characters and was shortened");
            }
        }
        Visibility visibility = unit.inviteOnly() ? Visibility.INVITE_ONLY : target.getVisibility();
        Space space = spaces.create(admin, distinctSpaceSlug(name), name, description, visibility);
        em.flush();
        record(run, target, unit.key(), Kind.SPACE, space.getId(), null, null, null);
        if (!counted) {
            return space;
        }
        spaces.admit(space, em.find(Account.class, admin.accountId()), Role.ADMIN);
        int members = 1;
        tally.created("memberships");
        for (MemberUnit member : unit.members()) {
            Account account = resolve(member.author(), null, tally);
            if (account == null || account.getId().equals(admin.accountId())) {
                continue;
            }
            spaces.admit(space, account, member.admin() ? Role.ADMIN : Role.MEMBER);
            members++;
            tally.created("memberships");
        }
        String seen = switch (visibility) {
            case INVITE_ONLY -> "invite only";
            case MEMBERS -> "members only";
            case PUBLIC -> "public";
        };
        tally.space(space.getSlug() + " — " + space.getName() + " (" + seen + ", " + members + (members == 1 ? " member)" : " members)"));
        return space;
    }

    /** The administrator who started the run, as the space service sees them (it checks they are a site administrator). */
    private Viewer importingAdmin(ImportRun run) {
        Account account = run.adminId() == null ? null : em.find(Account.class, run.adminId());
        if (account == null || !account.canSignIn()) {
            throw new InvalidInputException("space", "the administrator who started this import cannot act any more, so no space is made");
        }
        return viewers.of(account);
    }

    private String distinctSpaceSlug(String name) {
        String base = Slugs.slugify(name, "group");
        if (base.length() > Space.SLUG_MAX - 4) {
            base = base.substring(0, Space.SLUG_MAX - 4);
        }
        base = base.replaceAll("^-+|-+$", "");
        if (base.isEmpty() || !Space.SLUG.matcher(base).matches()) {
            base = "group";
        }
        String slug = base;
        for (int i = 2; spaces.findBySlug(slug).isPresent(); i++) {
            slug = base + "-" + i;
        }
        return slug;
    }

    /**
     * The Markdown of an item with its files: the files its text refers to (inline tokens) stored and linked in place,
     * then the listed files under it — each file in the archive stored (once per key) and linked, images inline —, a
     * missing one named as missing, a refused one named with the reason (and reported).
     *
     * @param own the page the files go on, or null for the space's page of imported files
     */
    private String withFiles(ImportRun run, Space space, Page own, String keyPrefix, String itemKey, String text, List<FileUnit> refs,
            List<InlineFile> inline, Long uploaderId, Instant at, ImportRun.Tally tally) {
        String markdown = inline.isEmpty() ? text : InlineFileText.render(text, inline, itemKey, file -> {
            return shown(storeFile(run, space, own, keyPrefix + file.path(), file, uploaderId, at, tally));
        }, new InlineFileText.Report() {
            @Override
            public void failed(String problem) {
                tally.failed(problem);
            }

            @Override
            public void note(String problem) {
                tally.note(problem);
            }
        });
        if (refs.isEmpty()) {
            return markdown == null ? "" : markdown;
        }
        StringBuilder md = new StringBuilder(markdown == null ? "" : markdown.strip()).append("\n\n*Attachments:*\n");
        for (FileUnit file : refs) {
            md.append("\n- ");
            if (file.content() == null) {
                md.append(ImportText.plain(file.path())).append(" (").append(file.unavailable()).append(')');
                if (file.unavailable().startsWith("refused")) {
                    tally.failed("File " + file.path() + " of " + itemKey + " " + file.unavailable());
                } else {
                    tally.note("File " + file.path() + " of " + itemKey + ": " + file.unavailable());
                }
                continue;
            }
            try {
                InlineFileText.Stored stored = shown(storeFile(run, space, own, keyPrefix + file.path(), file, uploaderId, at, tally));
                md.append(InlineFileText.link(stored, ImportText.plain(stored.filename()), true));
            } catch (InvalidInputException e) {
                md.append(ImportText.plain(file.path())).append(" (not imported: ").append(e.getMessage()).append(')');
                tally.failed("File " + file.path() + " of " + itemKey + " not imported: " + e.getMessage());
            } catch (IOException | UncheckedIOException e) {
                md.append(ImportText.plain(file.path())).append(" (not imported: it could not be read)");
                tally.failed("File " + file.path() + " of " + itemKey + " could not be read: " + e.getMessage());
            }
        }
        return md.toString();
    }

    /** A stored file as the item's Markdown shows it: its wiki address, its name, whether it is an image. */
    private static InlineFileText.Stored shown(Attachment stored) {
        return new InlineFileText.Stored(FileService.url(stored.getPage().getSpace().getSlug(), stored.getPage().getSlug(), stored.getFilename()),
                stored.getFilename(), FileService.rasterImage(stored.getContentType()));
    }

    private Attachment storeFile(ImportRun run, Space space, Page own, String key, FileUnit file, Long uploaderId, Instant at,
            ImportRun.Tally tally) throws IOException {
        Optional<ImportItem> done = findItem(space.getId(), key);
        if (done.isPresent()) {
            Attachment existing = em.find(Attachment.class, done.get().getTargetId());
            if (existing != null) {
                return existing;
            }
        }
        FileService.CheckedFile checked;
        try (InputStream in = file.content().open()) {
            checked = FileService.checkImported(file.name(), in);
        }
        Page page = own != null ? own : filesPage(run, space, tally);
        Attachment stored = files.attachImported(page, checked, uploaderId, at == null ? clock.instant() : at);
        if (done.isEmpty()) {
            record(run, space, key, Kind.ATTACHMENT, stored.getId(), null, at, null);
        }
        tally.createdOnce("attachments", space.getId() + ":" + key);
        return stored;
    }

    /** The space's page for files of imported posts ("Files imported from Ning", slug {@code ning-files}), made once. */
    private Page filesPage(ImportRun run, Space space, ImportRun.Tally tally) {
        String key = run.format().code() + ":files-page";
        Optional<ImportItem> made = findItem(space.getId(), key);
        if (made.isPresent()) {
            Page page = em.find(Page.class, made.get().getTargetId());
            if (page == null) {
                throw new InvalidInputException("file", "the page of imported files was removed");
            }
            return page;
        }
        Instant now = clock.instant();
        String title = "Files imported from " + run.format().label();
        Page page = ImportedHistory.newPage(em, space, distinctSlug(space, run.format().code() + "-files"), title, now);
        em.flush();
        Account admin = run.adminId() == null ? null : em.find(Account.class, run.adminId());
        ImportedHistory.append(em, page, "Files attached to the discussions and blog posts imported from " + run.format().label()
                + ". Each post links to its own files; all of them are listed under this page's files.", admin == null ? null : admin.getId(),
                admin == null ? "import" : admin.getUsername(), now, "Imported from " + run.format().label(), false);
        em.flush();
        record(run, space, key, Kind.FILES_PAGE, page.getId(), null, now, null);
        tally.createdOnce("pages", space.getId() + ":" + key);
        return page;
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
