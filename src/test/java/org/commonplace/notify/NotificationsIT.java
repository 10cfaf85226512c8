package org.commonplace.notify;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.util.List;
import org.commonplace.forum.ForumService;
import org.commonplace.forum.ForumThread;
import org.commonplace.forum.Post;
import org.commonplace.people.AccountService;
import org.commonplace.shared.PageRequest;
import org.commonplace.space.Membership;
import org.commonplace.space.Role;
import org.commonplace.space.SpaceService;
import org.commonplace.space.Viewer;
import org.commonplace.space.Viewers;
import org.commonplace.space.Visibility;
import org.commonplace.testsupport.Deployments;
import org.commonplace.testsupport.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Follows, notifications (who is told, and who never is), mention suggestions and read state against the real database. */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(NotificationsIT.class);
    }

    @Inject
    ForumService forum;

    @Inject
    SpaceService spaces;

    @Inject
    AccountService accounts;

    @Inject
    Viewers viewers;

    @Inject
    NotificationService notifications;

    @Inject
    SubscriptionService subscriptions;

    @Inject
    ReadStateService readState;

    @Inject
    MentionService mentions;

    private Viewer user(String username) {
        return viewers.byUsername(username).orElseThrow();
    }

    /** One public space for the whole class, so the tests do not crowd other tests' space listings. */
    private static String publicSpace;

    /** A new board in the class's public space; returns {space, board}. */
    private String[] newBoard() {
        if (publicSpace == null) {
            publicSpace = "notify-" + TestData.unique();
            spaces.create(user("ada"), publicSpace, "Notify test", "", Visibility.PUBLIC);
        }
        String board = "b-" + TestData.unique();
        forum.createBoard(user("ada"), publicSpace, board, "Talk", "", false);
        return new String[] {publicSpace, board};
    }

    private long openingPost(ForumThread thread) {
        return forum.thread(user("ada"), thread.getId()).posts().get(0).post().getId();
    }

    /** The viewer's listed notifications about one thread. */
    private List<NotificationView> about(Viewer viewer, long threadId) {
        return notifications.list(viewer, new PageRequest(1, PageRequest.MAX_SIZE)).items().stream()
                .filter(n -> n.threadId() == threadId).toList();
    }

    @Test
    void aReplyNotifiesTheParentsAuthorOnce() {
        String[] b = newBoard();
        ForumThread thread = forum.startThread(user("edith"), b[0], b[1], "Question", "What do you think?", null);
        Post reply = forum.reply(user("mo"), thread.getId(), openingPost(thread), "I think so.", null);
        List<NotificationView> edith = about(user("edith"), thread.getId());
        assertThat(edith).as("one notification per person and post, for the strongest reason").hasSize(1);
        assertThat(edith.get(0).kind()).isEqualTo(NotificationKind.REPLY);
        assertThat(edith.get(0).actorName()).isEqualTo("mo");
        assertThat(edith.get(0).threadTitle()).isEqualTo("Question");
        assertThat(edith.get(0).link()).isEqualTo("/t/" + thread.getId() + "?post=" + reply.getId() + "#p" + reply.getId());
        assertThat(edith.get(0).unread()).isTrue();
        assertThat(about(user("mo"), thread.getId())).as("nobody is told about their own post").isEmpty();
    }

    @Test
    void aMentionNotifiesTheMentionedMemberButNotCode() {
        String[] b = newBoard();
        ForumThread thread = forum.startThread(user("ada"), b[0], b[1], "Mentions", "Hello @mia, see `@mo`\n```\n@otto\n```", null);
        List<NotificationView> mia = about(user("mia"), thread.getId());
        assertThat(mia).extracting(NotificationView::kind).containsExactly(NotificationKind.MENTION);
        assertThat(mia.get(0).actorName()).isEqualTo("ada");
        assertThat(about(user("mo"), thread.getId())).isEmpty();
        assertThat(about(user("otto"), thread.getId())).isEmpty();
    }

    @Test
    void aMentionInAnInviteOnlySpaceNeverReachesAnOutsider() {
        String board = "notify-" + TestData.unique();
        forum.createBoard(user("ada"), "stewards", board, "Notify test", "", false);
        ForumThread thread = forum.startThread(user("ada"), "stewards", board, "Private", "@otto and @edith, please look.", null);
        assertThat(about(user("otto"), thread.getId())).as("otto may not see stewards").isEmpty();
        assertThat(about(user("edith"), thread.getId())).extracting(NotificationView::kind).containsExactly(NotificationKind.MENTION);
    }

    @Test
    void followersOfTheThreadAndTheBoardAreNotifiedAndTheAuthorNever() {
        String[] b = newBoard();
        ForumThread thread = forum.startThread(user("ada"), b[0], b[1], "Followed", "opening", null);
        subscriptions.followThread(user("edith"), thread.getId());
        subscriptions.followBoard(user("mia"), forum.board(user("ada"), b[0], b[1]).getId());
        forum.reply(user("ada"), thread.getId(), null, "news", null);
        assertThat(about(user("edith"), thread.getId())).extracting(NotificationView::kind).containsExactly(NotificationKind.FOLLOWED);
        assertThat(about(user("mia"), thread.getId())).extracting(NotificationView::kind).containsExactly(NotificationKind.FOLLOWED);
        assertThat(about(user("ada"), thread.getId())).isEmpty();
        subscriptions.unfollowThread(user("edith"), thread.getId());
        forum.reply(user("ada"), thread.getId(), null, "more news", null);
        assertThat(about(user("edith"), thread.getId())).as("unfollowed: no new notification").hasSize(1);
    }

    @Test
    void postingMakesTheAuthorAFollower() {
        String[] b = newBoard();
        ForumThread thread = forum.startThread(user("ada"), b[0], b[1], "Auto-follow", "opening", null);
        assertThat(subscriptions.isFollowingThread(user("ada"), thread.getId())).isTrue();
        assertThat(subscriptions.isFollowingThread(user("mo"), thread.getId())).isFalse();
        forum.reply(user("mo"), thread.getId(), null, "me too", null);
        assertThat(subscriptions.isFollowingThread(user("mo"), thread.getId())).isTrue();
        assertThat(about(user("ada"), thread.getId())).extracting(NotificationView::kind).containsExactly(NotificationKind.FOLLOWED);
    }

    @Test
    void markReadAndMarkAllReadChangeTheUnreadCount() {
        String[] b = newBoard();
        notifications.markAllRead(user("mia"));
        assertThat(notifications.unreadCount(user("mia"))).isZero();
        ForumThread thread = forum.startThread(user("ada"), b[0], b[1], "Counting", "@mia one", null);
        forum.startThread(user("ada"), b[0], b[1], "Counting again", "@mia two", null);
        assertThat(notifications.unreadCount(user("mia"))).isEqualTo(2);
        notifications.markRead(user("mia"), about(user("mia"), thread.getId()).get(0).id());
        assertThat(notifications.unreadCount(user("mia"))).isEqualTo(1);
        assertThat(about(user("mia"), thread.getId()).get(0).unread()).isFalse();
        notifications.markAllRead(user("mia"));
        assertThat(notifications.unreadCount(user("mia"))).isZero();
    }

    @Test
    void readingAThreadMarksItsNotificationsRead() {
        String[] b = newBoard();
        ForumThread thread = forum.startThread(user("ada"), b[0], b[1], "Seen", "@mo look", null);
        ForumThread other = forum.startThread(user("ada"), b[0], b[1], "Unseen", "@mo and here", null);
        notifications.markThreadRead(user("mo"), thread.getId());
        assertThat(about(user("mo"), thread.getId())).extracting(NotificationView::unread).containsExactly(false);
        assertThat(about(user("mo"), other.getId())).extracting(NotificationView::unread).containsExactly(true);
    }

    @Test
    void aNotificationFromASpaceTheReaderCanNoLongerSeeIsNotListed() {
        String space = "notify-" + TestData.unique();
        spaces.create(user("ada"), space, "Closed", "", Visibility.INVITE_ONLY);
        forum.createBoard(user("ada"), space, "talk", "Talk", "", false);
        spaces.admit(spaces.findBySlug(space).orElseThrow(), accounts.findByUsername("mia").orElseThrow(), Role.MEMBER);
        ForumThread thread = forum.startThread(user("ada"), space, "talk", "Inside", "@mia welcome", null);
        assertThat(about(user("mia"), thread.getId())).hasSize(1);
        long unreadBefore = notifications.unreadCount(user("mia"));
        Membership mia = spaces.members(user("ada"), space, new PageRequest(1, PageRequest.MAX_SIZE)).items().stream()
                .filter(m -> m.getAccount().getUsername().equals("mia")).findFirst().orElseThrow();
        spaces.removeMember(user("ada"), space, mia.getId());
        assertThat(about(user("mia"), thread.getId())).as("access is checked again when reading").isEmpty();
        assertThat(notifications.unreadCount(user("mia"))).isEqualTo(unreadBefore - 1);
    }

    @Test
    void readStateCountsNewPostsAndFindsTheFirstUnread() {
        String[] b = newBoard();
        ForumThread thread = forum.startThread(user("ada"), b[0], b[1], "Reading", "one", null);
        long first = openingPost(thread);
        long second = forum.reply(user("ada"), thread.getId(), null, "two", null).getId();
        long third = forum.reply(user("ada"), thread.getId(), null, "three", null).getId();
        ForumThread other = forum.startThread(user("ada"), b[0], b[1], "Other", "alone", null);
        List<Long> ids = List.of(thread.getId(), other.getId());
        assertThat(readState.newCounts(user("edith"), ids)).containsEntry(thread.getId(), 3L).containsEntry(other.getId(), 1L);
        assertThat(readState.firstUnread(user("edith"), thread.getId())).contains(first);
        readState.markRead(user("edith"), thread.getId(), second);
        assertThat(readState.newCounts(user("edith"), ids)).containsEntry(thread.getId(), 1L).containsEntry(other.getId(), 1L);
        assertThat(readState.firstUnread(user("edith"), thread.getId())).contains(third);
        readState.markRead(user("edith"), thread.getId(), first);
        assertThat(readState.firstUnread(user("edith"), thread.getId())).as("never moves backwards").contains(third);
        readState.markRead(user("edith"), thread.getId(), third);
        assertThat(readState.newCounts(user("edith"), ids)).containsEntry(thread.getId(), 0L);
        assertThat(readState.firstUnread(user("edith"), thread.getId())).isEmpty();
        assertThat(readState.newCounts(Viewer.anonymous(), ids)).isEmpty();
    }

    @Test
    void mentionSuggestionsOfferOnlyPeopleWhoMaySeeTheSpace() {
        String[] b = newBoard();
        assertThat(mentions.suggest(user("ada"), b[0], "OT")).extracting(MentionSuggestion::username).contains("otto");
        assertThat(mentions.suggest(user("ada"), "stewards", "ot")).extracting(MentionSuggestion::username).doesNotContain("otto");
        assertThat(mentions.suggest(user("ada"), "stewards", "@ed")).extracting(MentionSuggestion::username).contains("edith");
        assertThat(mentions.suggest(user("ada"), b[0], "")).hasSizeLessThanOrEqualTo(MentionService.MAX_SUGGESTIONS);
    }
}
