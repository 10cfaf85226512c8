package org.commonplace.forum.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.commonplace.forum.Board;
import org.commonplace.forum.ForumService;
import org.commonplace.forum.Post;
import org.commonplace.forum.ThreadView;
import org.commonplace.forum.ThreadWindow;
import org.commonplace.notify.MentionService;
import org.commonplace.notify.NotificationService;
import org.commonplace.notify.ReadStateService;
import org.commonplace.shared.BusinessException;
import org.commonplace.space.CurrentViewer;
import org.commonplace.web.Messages;
import org.omnifaces.util.Faces;

/**
 * {@code /t/{id}}: a thread read as a tree (indented by depth) and the reply form. {@code ?to=postId}
 * answers that post; without it the reply answers the thread. The form's idempotency key makes a double
 * submit create one post.
 */
@Named("thread")
@ViewScoped
public class ThreadBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    org.commonplace.phrasebook.TermMarking termMarking;

    @Inject
    ForumService forum;

    @Inject
    CurrentViewer viewer;

    @Inject
    ReadStateService readState;

    @Inject
    NotificationService notifications;

    @Inject
    MentionService mentionService;

    private Long id;
    private Long replyTo;
    private Long editId;
    private Long hideId;
    private String order;
    private Integer page;
    private Long post;
    private Long branch;
    private String editMarkdown;
    private String hideReason;
    private String moveTo;
    private transient List<Board> boards;
    private Long firstUnread;
    private transient ThreadView view;
    private String markdown;
    private final String formKey = UUID.randomUUID().toString();

    public void load() {
        Long focus = post != null ? post : replyTo != null ? replyTo : editId != null ? editId : hideId;
        view = forum.thread(viewer.get(), id == null ? -1 : id, ThreadWindow.page(isFlat(), branch, focus, page));
        // phrasebook terms are marked at view time (the stored HTML and the REST html field stay unmarked)
        view = termMarking.markThread(view);
        if (replyTo != null && !view.shows(replyTo)) {
            replyTo = null;
        }
        if (editId != null && editMarkdown == null) {
            editMarkdown = view.posts().stream().filter(p -> p.post().getId().equals(editId) && p.mine() && !p.post().isDeleted())
                    .map(p -> p.post().getMarkdown()).findFirst().orElse(null);
            if (editMarkdown == null) {
                editId = null;
            }
        }
        if (view.canModerate()) {
            boards = forum.boards(viewer.get(), view.space().getSlug());
        }
        if (viewer.get().signedIn() && !jakarta.faces.context.FacesContext.getCurrentInstance().isPostback()) {
            firstUnread = readState.firstUnread(viewer.get(), id).orElse(null);
            readState.markRead(viewer.get(), id, view.newestPostId());
            notifications.markThreadRead(viewer.get(), id);
        }
    }

    /** The first post the reader had not seen when the page opened, or null. */
    public Long getFirstUnread() {
        return firstUnread;
    }

    /** Whether a post is new to this reader (written after what they had read). */
    public boolean isNew(long postId) {
        return firstUnread != null && postId >= firstUnread;
    }

    /** Mention suggestions for the reply box (PrimeFaces completes the word after "@"). */
    public List<String> mentions(String prefix) {
        return mentionService.suggest(viewer.get(), view.space().getSlug(), prefix).stream().map(m -> m.username()).toList();
    }

    /** This page's posts in tree order, or in the order they were written ({@code ?order=flat}). */
    public List<ThreadView.PostView> getPosts() {
        return view.posts();
    }

    /**
     * Where a link to a post goes: its anchor when it is on this page, otherwise the thread opened at the page
     * (and branch) that holds it.
     */
    public String link(long postId) {
        return view.shows(postId) ? "#p" + postId : permalink(postId);
    }

    /** A post's address that works from anywhere: the thread opened where the post is. */
    public String permalink(long postId) {
        return Faces.getRequestContextPath() + "/t/" + id + "?post=" + postId + (isFlat() ? "&order=flat" : "") + "#p" + postId;
    }

    /** Another page of this view (same order and branch). */
    public String pageUrl(int number) {
        StringBuilder url = new StringBuilder(Faces.getRequestContextPath()).append("/t/").append(id).append("?page=").append(number);
        if (isFlat()) {
            url.append("&order=flat");
        }
        if (view.branchRoot() != null) {
            url.append("&branch=").append(view.branchRoot().getId());
        }
        return url.toString();
    }

    /** The view one level up from a continued branch: the branch above it, or the whole thread. */
    public String upUrl() {
        Post root = view.branchRoot();
        return root == null ? null : permalink(root.getId());
    }

    /** Where a branch that continues below a post is read. */
    public String branchUrl(long postId) {
        return Faces.getRequestContextPath() + "/t/" + id + "?branch=" + postId;
    }

    /** "page 2 of 5" */
    public String getPageLabel() {
        return Messages.text("forum.pageOf", view.page(), view.pageCount());
    }

    public String getBranchNote() {
        return view.branchRoot() == null ? "" : Messages.text("forum.branchNote", view.branchRoot().getAuthorName());
    }

    public String continueLabel(long postId) {
        return Messages.text("forum.continueBranch", continued(postId));
    }

    /** How many replies continue below a post on their own view (0 when its replies are shown here). */
    public long continued(long postId) {
        return view.continued().getOrDefault(postId, 0L);
    }

    public boolean isFlat() {
        return "flat".equals(order);
    }

    /** On a question board, the asker and moderators mark the answer. */
    public boolean isCanMarkAnswer() {
        return view.board().isQuestions() && viewer.get().signedIn()
                && (viewer.get().accountId().equals(view.thread().getAuthorId()) || view.canModerate());
    }

    /** The reply marked as the answer, shown right under the question; null when there is none. */
    public ThreadView.PostView getAnswer() {
        return view.answer();
    }

    public void toggleAnswer(long postId) {
        act(() -> forum.toggleAnswer(viewer.get(), postId), postId);
    }

    public void toggleHelpful(long postId) {
        act(() -> forum.toggleHelpful(viewer.get(), postId), postId);
    }

    public void deletePost(long postId) {
        act(() -> forum.deletePost(viewer.get(), postId), postId);
    }

    public void saveEdit() {
        try {
            forum.editPost(viewer.get(), editId, editMarkdown);
            Faces.redirect("t/%s?post=%s#p%s", id, editId, editId);
        } catch (BusinessException e) {
            Messages.show(e, null);
        }
    }

    public void hide() {
        try {
            forum.hidePost(viewer.get(), hideId, hideReason);
            Faces.redirect("t/%s?post=%s#p%s", id, hideId, hideId);
        } catch (BusinessException e) {
            Messages.show(e, null);
        }
    }

    public void unhide(long postId) {
        act(() -> forum.unhidePost(viewer.get(), postId), postId);
    }

    public void move() {
        try {
            forum.moveThread(viewer.get(), id, moveTo);
            Faces.redirect("t/%s", id);
        } catch (BusinessException e) {
            Messages.show(e, null);
        }
    }

    private void act(Runnable action, long postId) {
        try {
            action.run();
        } catch (BusinessException e) {
            Messages.show(e, null);
        }
        Faces.redirect("t/%s?post=%s#p%s", id, postId, postId);
    }

    public void reply() {
        try {
            Post post = forum.reply(viewer.get(), id, replyTo, markdown, formKey);
            Faces.redirect("t/%s?post=%s#p%s", id, post.getId(), post.getId());
        } catch (BusinessException e) {
            Messages.show(e, "reply");
        }
    }

    /** Moderators: lock or unlock, pin or unpin; then back to the thread. */
    public void toggleLock() {
        forum.lock(viewer.get(), id, !view.thread().isLocked());
        Faces.redirect("t/%s", id);
    }

    public void togglePin() {
        forum.pin(viewer.get(), id, !view.thread().isPinned());
        Faces.redirect("t/%s", id);
    }

    /** The post being answered, for the "Replying to" line. */
    public Post getReplyPost() {
        return replyTo == null ? null : view.posts().stream().map(ThreadView.PostView::post)
                .filter(p -> p.getId().equals(replyTo)).findFirst().orElse(null);
    }

    /** Indentation steps for a post below this view's root; deep branches stop indenting so text stays readable. */
    public int indent(Post post) {
        return Math.min(view.relativeDepth(post), 6);
    }

    public List<Board> getBoards() {
        return boards;
    }

    public Long getEditId() {
        return editId;
    }

    public void setEditId(Long editId) {
        this.editId = editId;
    }

    public Long getHideId() {
        return hideId;
    }

    public void setHideId(Long hideId) {
        this.hideId = hideId;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    public Long getPost() {
        return post;
    }

    public void setPost(Long post) {
        this.post = post;
    }

    public Long getBranch() {
        return branch;
    }

    public void setBranch(Long branch) {
        this.branch = branch;
    }

    public String getOrder() {
        return order;
    }

    public void setOrder(String order) {
        this.order = order;
    }

    public String getEditMarkdown() {
        return editMarkdown;
    }

    public void setEditMarkdown(String editMarkdown) {
        this.editMarkdown = editMarkdown;
    }

    public String getHideReason() {
        return hideReason;
    }

    public void setHideReason(String hideReason) {
        this.hideReason = hideReason;
    }

    public String getMoveTo() {
        return moveTo;
    }

    public void setMoveTo(String moveTo) {
        this.moveTo = moveTo;
    }

    public ThreadView getView() {
        return view;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getReplyTo() {
        return replyTo;
    }

    public void setReplyTo(Long replyTo) {
        this.replyTo = replyTo;
    }

    public String getMarkdown() {
        return markdown;
    }

    public void setMarkdown(String markdown) {
        this.markdown = markdown;
    }
}
