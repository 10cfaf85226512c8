package org.commonplace.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonplace.forum.Post;
import org.commonplace.forum.PostCreated;
import org.commonplace.people.Account;
import org.commonplace.people.AccountStatus;
import org.commonplace.space.Action;
import org.commonplace.space.Space;
import org.commonplace.space.SpaceAccess;
import org.commonplace.space.Viewers;

/**
 * Reacts to a new post inside the transaction that writes it, so the post, its notifications and the author's
 * follow commit (or roll back) together. The author follows the thread; then everyone with a reason to hear
 * about the post gets one notification, for the strongest reason (mention, then reply, then following).
 * Nobody is told about their own post, and nobody who may not SEE the space, whatever the post says: an
 * invite-only space's mention of an outsider stays inside it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PostNotifier {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SpaceAccess access;

    @Inject
    Viewers viewers;

    @Inject
    SubscriptionService subscriptions;

    void onPostCreated(@Observes PostCreated event) {
        Map<Long, NotificationKind> reasons = reasons(event);
        if (event.authorId() != null) {
            reasons.remove(event.authorId());
            subscriptions.subscribeToThread(event.authorId(), event.threadId());
        }
        if (reasons.isEmpty()) {
            return;
        }
        Space space = em.find(Space.class, event.spaceId());
        String actor = em.find(Post.class, event.postId()).getAuthorName();
        Instant now = clock.instant();
        List<Account> recipients = em.createQuery("select a from Account a where a.id in :ids", Account.class)
                .setParameter("ids", reasons.keySet()).getResultList();
        for (Account account : recipients) {
            if (account.getStatus() == AccountStatus.ACTIVE && access.may(viewers.of(account), space, Action.SEE)) {
                em.persist(new Notification(account.getId(), reasons.get(account.getId()), event.threadId(), event.postId(), actor, now));
            }
        }
    }

    /** Each interested account with its strongest reason; who may see the post is decided afterwards. */
    private Map<Long, NotificationKind> reasons(PostCreated event) {
        Map<Long, NotificationKind> reasons = new HashMap<>();
        em.createQuery("select distinct s.accountId from Subscription s where s.threadId = :t or s.boardId = :b", Long.class)
                .setParameter("t", event.threadId()).setParameter("b", event.boardId())
                .getResultList().forEach(id -> reasons.put(id, NotificationKind.FOLLOWED));
        if (event.parentAuthorId() != null) {
            reasons.put(event.parentAuthorId(), NotificationKind.REPLY);
        }
        Set<String> mentioned = Mentions.in(event.markdown());
        if (!mentioned.isEmpty()) {
            em.createQuery("select a.id from Account a where a.usernameKey in :keys", Long.class)
                    .setParameter("keys", mentioned).getResultList()
                    .forEach(id -> reasons.put(id, NotificationKind.MENTION));
        }
        return reasons;
    }
}
