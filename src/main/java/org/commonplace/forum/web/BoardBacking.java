package org.commonplace.forum.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;
import org.commonplace.forum.Board;
import org.commonplace.forum.ForumService;
import org.commonplace.forum.ForumThread;
import org.commonplace.notify.ReadStateService;
import org.commonplace.shared.BusinessException;
import org.commonplace.shared.PageRequest;
import org.commonplace.shared.Paged;
import org.commonplace.space.Action;
import org.commonplace.space.CurrentViewer;
import org.commonplace.space.SpaceAccess;
import org.commonplace.web.Messages;
import org.omnifaces.util.Faces;

/**
 * {@code /s/{space}/forum/{board}}: the threads of a board and the form to start one. The form carries an
 * idempotency key made when the page opened, so a double click or a re-sent form starts one thread.
 */
@Named("board")
@ViewScoped
public class BoardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ForumService forum;

    @Inject
    SpaceAccess access;

    @Inject
    ReadStateService readState;

    @Inject
    CurrentViewer viewer;

    private String space;
    private String slug;
    private Integer page;
    private String filter;
    private transient Board board;
    private transient Paged<ForumThread> threads;
    private transient java.util.Map<Long, Long> newCounts;
    private transient java.util.Map<Long, java.util.List<String>> participants;
    private String title;
    private String markdown;
    private final String formKey = UUID.randomUUID().toString();

    public void load() {
        board = forum.board(viewer.get(), space, slug);
        Boolean answered = "answered".equals(filter) ? Boolean.TRUE : "unanswered".equals(filter) ? Boolean.FALSE : null;
        threads = forum.threads(viewer.get(), space, slug, answered, new PageRequest(page == null ? 1 : page, 30));
        newCounts = readState.newCounts(viewer.get(), threads.items().stream().map(ForumThread::getId).toList());
        participants = forum.participants(threads.items());
    }

    public void start() {
        try {
            ForumThread thread = forum.startThread(viewer.get(), space, slug, title, markdown, formKey);
            Faces.redirect("t/%s", thread.getId());
        } catch (BusinessException e) {
            Messages.show(e, "newThread");
        }
    }

    /** Posts the signed-in reader has not seen in this thread (0 for anonymous readers). */
    public long newIn(long threadId) {
        return newCounts.getOrDefault(threadId, 0L);
    }

    /** The most active participants of a listed thread (at most {@value ForumService#PARTICIPANTS_SHOWN}). */
    public java.util.List<String> participants(long threadId) {
        java.util.List<String> all = participants.getOrDefault(threadId, java.util.List.of());
        return all.subList(0, Math.min(all.size(), ForumService.PARTICIPANTS_SHOWN));
    }

    /** How many more took part than are shown. */
    public int moreParticipants(long threadId) {
        return Math.max(0, participants.getOrDefault(threadId, java.util.List.of()).size() - ForumService.PARTICIPANTS_SHOWN);
    }

    public boolean isCanPost() {
        return access.may(viewer.get(), board.getSpace(), Action.POST);
    }

    public Board getBoard() {
        return board;
    }

    public Paged<ForumThread> getThreads() {
        return threads;
    }

    public String getSpace() {
        return space;
    }

    public void setSpace(String space) {
        this.space = space;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getMarkdown() {
        return markdown;
    }

    public void setMarkdown(String markdown) {
        this.markdown = markdown;
    }
}
