package org.commonplace.forum.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;
import org.commonplace.forum.ForumService;
import org.commonplace.forum.Post;
import org.commonplace.forum.ThreadView;
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
    ForumService forum;

    @Inject
    CurrentViewer viewer;

    private Long id;
    private Long replyTo;
    private transient ThreadView view;
    private String markdown;
    private final String formKey = UUID.randomUUID().toString();

    public void load() {
        view = forum.thread(viewer.get(), id == null ? -1 : id);
        if (replyTo != null && view.posts().stream().noneMatch(p -> p.post().getId().equals(replyTo))) {
            replyTo = null;
        }
    }

    public void reply() {
        try {
            Post post = forum.reply(viewer.get(), id, replyTo, markdown, formKey);
            Faces.redirect("t/%s#p%s", id, post.getId());
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

    /** Indentation steps for a post; deep branches stop indenting so text stays readable on a phone. */
    public int indent(Post post) {
        return Math.min(post.getDepth(), 6);
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
