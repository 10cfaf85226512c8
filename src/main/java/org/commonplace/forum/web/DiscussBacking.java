package org.commonplace.forum.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.commonplace.forum.ForumService;
import org.commonplace.forum.ForumThread;
import org.commonplace.shared.BusinessException;
import org.commonplace.shared.NotFoundException;
import org.commonplace.space.Action;
import org.commonplace.space.CurrentViewer;
import org.commonplace.space.Space;
import org.commonplace.space.SpaceAccess;
import org.commonplace.space.SpaceService;
import org.commonplace.web.Messages;
import org.commonplace.wiki.Page;
import org.commonplace.wiki.WikiService;
import org.omnifaces.util.Faces;

/**
 * {@code /s/{space}/wiki/{page}/discuss}, where a page's "Discuss" link leads: straight to the page's thread
 * when it exists; otherwise an offer to start it (a POST, so no GET ever creates anything).
 */
@Named("discuss")
@RequestScoped
public class DiscussBacking {

    @Inject
    ForumService forum;

    @Inject
    WikiService wiki;

    @Inject
    SpaceService spaces;

    @Inject
    SpaceAccess access;

    @Inject
    CurrentViewer viewer;

    private String space;
    private String page;
    private String pageTitle;
    private boolean canPost;

    public void load() {
        Optional<ForumThread> thread = forum.discussionOf(viewer.get(), space, page);
        if (thread.isPresent()) {
            Faces.redirect("t/%s", thread.get().getId());
            return;
        }
        Space s = spaces.get(viewer.get(), space);
        pageTitle = wiki.find(viewer.get(), space, page).map(Page::getTitle).orElseThrow(() -> new NotFoundException("There is no such page."));
        canPost = access.may(viewer.get(), s, Action.POST);
    }

    public void start() {
        try {
            ForumThread thread = forum.discuss(viewer.get(), space, page);
            Faces.redirect("t/%s", thread.getId());
        } catch (BusinessException e) {
            Messages.show(e, null);
        }
    }

    public String getPageTitle() {
        return pageTitle;
    }

    public boolean isCanPost() {
        return canPost;
    }

    public String getSpace() {
        return space;
    }

    public void setSpace(String space) {
        this.space = space;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
