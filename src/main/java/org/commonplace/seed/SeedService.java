package org.commonplace.seed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.logging.Logger;
import org.commonplace.forum.ForumService;
import org.commonplace.people.Account;
import org.commonplace.people.AccountService;
import org.commonplace.space.Space;
import org.commonplace.space.SpaceService;
import org.commonplace.space.Viewer;
import org.commonplace.wiki.Edit;
import org.commonplace.wiki.WikiService;

/**
 * Applies parsed seed content in one transaction. Each item has a key in the {@code seed_item} ledger and is
 * applied only if its key is absent, so the second run is a no-op whatever happened to the items since.
 */
@ApplicationScoped
@Transactional
public class SeedService {

    private static final Logger LOG = Logger.getLogger(SeedService.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AccountService accounts;

    @Inject
    SpaceService spaces;

    @Inject
    WikiService wiki;

    @Inject
    ForumService forum;

    @Inject
    org.commonplace.space.Viewers viewers;

    @Inject
    org.commonplace.casestudy.CaseStudyService caseStudies;

    @Inject
    org.commonplace.community.CommunityService communities;

    /** Seed pages are written by the application itself, not by a person. */
    static final Viewer SEED_AUTHOR = new Viewer(null, "commonplace", "Commonplace", true, Map.of());

    /** What one run did. */
    public record Report(int applied, int skipped) {
    }

    public Report apply(SeedContent content) {
        int applied = 0;
        int skipped = 0;
        for (SeedContent.SpaceSeed s : content.spaces()) {
            if (claim("space:" + s.slug())) {
                em.persist(new Space(s.slug(), s.name(), s.description(), s.visibility(), clock.instant()));
                applied++;
            } else {
                skipped++;
            }
        }
        em.flush();
        for (SeedContent.SpaceSeed s : content.spaces()) {
            for (SeedContent.BoardSeed b : s.boards()) {
                if (claim("board:" + s.slug() + "/" + b.slug())) {
                    forum.createBoard(SEED_AUTHOR, s.slug(), b.slug(), b.name(), b.description(), b.questions());
                    applied++;
                } else {
                    skipped++;
                }
            }
            for (SeedContent.PageSeed p : s.pages()) {
                if (claim("page:" + s.slug() + "/" + p.slug())) {
                    wiki.save(SEED_AUTHOR, s.slug(), p.slug(), new Edit(p.title(), p.markdown(), "Seed content", false, 0, p.tags()));
                    applied++;
                } else {
                    skipped++;
                }
            }
        }
        for (SeedContent.AccountSeed a : content.demoAccounts()) {
            if (claim("account:" + a.username())) {
                if (accounts.findByUsername(a.username()).isEmpty()) {
                    Account account = accounts.create(a.username(), a.displayName(), a.email(), content.demoPassword());
                    if (a.siteAdmin()) {
                        account.grantSiteAdmin();
                    }
                }
                applied++;
            } else {
                skipped++;
            }
            for (Map.Entry<String, org.commonplace.space.Role> m : a.memberships().entrySet()) {
                if (claim("membership:" + a.username() + "@" + m.getKey())) {
                    Account account = accounts.findByUsername(a.username()).orElse(null);
                    Space space = spaces.findBySlug(m.getKey()).orElse(null);
                    if (account != null && space != null) {
                        spaces.admit(space, account, m.getValue());
                    }
                    applied++;
                } else {
                    skipped++;
                }
            }
        }
        return new Report(applied, skipped);
    }

    /**
     * Seeds the example threads (demo mode only), after {@link #apply} committed their spaces, boards and authors:
     * posts are written by the forum's own writer in transactions of their own, which must see those rows.
     */
    public Report applyThreads(SeedContent content) {
        int applied = 0;
        int skipped = 0;
        if (!content.demoAccounts().isEmpty()) {
            for (SeedContent.SpaceSeed s : content.spaces()) {
                for (SeedContent.BoardSeed b : s.boards()) {
                    for (SeedContent.ThreadSeed t : b.threads()) {
                        if (claim("thread:" + s.slug() + "/" + b.slug() + "/" + t.file())) {
                            seedThread(s.slug(), b.slug(), t);
                            applied++;
                        } else {
                            skipped++;
                        }
                    }
                }
            }
        }
        return new Report(applied, skipped);
    }

    /** Writes a seeded thread post by post, as its (demo) authors. Threads are seeded in demo mode only. */
    private void seedThread(String space, String board, SeedContent.ThreadSeed t) {
        Map<String, Long> ids = new java.util.HashMap<>();
        Long threadId = null;
        for (SeedContent.PostSeed p : t.posts()) {
            Viewer author = viewers.byUsername(p.author()).orElseThrow(() -> new SeedException(t.file(), -1,
                    "the author \"" + p.author() + "\" is not a demo account"));
            if (threadId == null) {
                org.commonplace.forum.ForumThread thread = forum.startThread(author, space, board, t.title(), p.markdown(), null);
                threadId = thread.getId();
                ids.put(p.ref(), forum.thread(author, threadId).posts().get(0).post().getId());
            } else {
                ids.put(p.ref(), forum.reply(author, threadId, p.parent() == null ? null : ids.get(p.parent()), p.markdown(), null).getId());
            }
        }
        if (t.answer() != null) {
            // The replies were written in transactions of their own: read the thread as they left it.
            em.refresh(em.find(org.commonplace.forum.ForumThread.class, threadId));
            String asker = t.posts().get(0).author();
            forum.toggleAnswer(viewers.byUsername(asker).orElseThrow(), ids.get(t.answer()));
        }
    }

    /**
     * Seeds the directories: demo profiles (only for accounts that exist; a profile whose account is missing is
     * left for a later start), example case studies and illustrative community entries. Each record is applied once.
     */
    public Report applyDirectory(DirectorySeeds.Content content) {
        int applied = 0;
        int skipped = 0;
        for (DirectorySeeds.ProfileSeed p : content.profiles()) {
            Account account = accounts.findByUsername(p.username()).orElse(null);
            if (account == null) {
                skipped++;
            } else if (claim("profile:" + account.getUsername().toLowerCase(java.util.Locale.ROOT))) {
                account.updateProfile(p.organisation(), p.expertise(), p.bio(), p.links(), p.consulting(), p.consultingTerms(), clock.instant());
                applied++;
            } else {
                skipped++;
            }
        }
        for (DirectorySeeds.CaseStudySeed c : content.caseStudies()) {
            if (claim("case-study:" + c.key())) {
                if (caseStudies.find(c.key()).isEmpty()) {
                    caseStudies.createExample(c.key(), c.content());
                }
                applied++;
            } else {
                skipped++;
            }
        }
        for (DirectorySeeds.CommunitySeed c : content.communities()) {
            if (claim("community:" + c.key())) {
                if (communities.findByAddress(c.details().url()).isEmpty()) {
                    communities.createExample(c.details());
                }
                applied++;
            } else {
                skipped++;
            }
        }
        return new Report(applied, skipped);
    }

    /**
     * Production: makes sure a first site administrator exists, with the password from the environment.
     * Does nothing once any administrator exists.
     */
    public boolean ensureFirstAdmin(String username, String password, String email) {
        long admins = em.createQuery("select count(a) from Account a where a.siteAdmin = true", Long.class).getSingleResult();
        if (admins > 0) {
            return false;
        }
        if (password == null) {
            throw new IllegalStateException("No site administrator exists yet. Set COMMONPLACE_ADMIN_PASSWORD (and optionally "
                    + "COMMONPLACE_ADMIN_USERNAME, default \"admin\") for the first production start.");
        }
        Account admin = accounts.findByUsername(username).orElseGet(() -> accounts.create(username, username, email, password));
        admin.grantSiteAdmin();
        claim("admin:first");
        LOG.info(() -> "Created the first site administrator \"" + username + "\"");
        return true;
    }

    /** Records the key as applied; false if it was applied before. */
    private boolean claim(String key) {
        if (em.find(SeedItem.class, key) != null) {
            return false;
        }
        em.persist(new SeedItem(key, clock.instant()));
        return true;
    }
}
