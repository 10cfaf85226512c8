package org.commonplace.space.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.commonplace.forum.Board;
import org.commonplace.forum.ForumService;
import org.commonplace.space.Action;
import org.commonplace.space.CurrentViewer;
import org.commonplace.space.Role;
import org.commonplace.space.Space;
import org.commonplace.space.SpaceAccess;
import org.commonplace.space.SpaceService;
import org.commonplace.wiki.HistoryService;
import org.commonplace.wiki.RecentChange;

/** {@code /s/{space}}: the space's home. A space the viewer may not see answers 404. */
@Named("spaceHome")
@RequestScoped
public class SpaceHomeBacking {

    @Inject
    SpaceService spaces;

    @Inject
    SpaceAccess access;

    @Inject
    CurrentViewer viewer;

    @Inject
    HistoryService history;

    @Inject
    ForumService forum;

    private String slug;
    private Space space;
    private long memberCount;
    private List<RecentChange> changes;
    private List<Board> boards;

    public void load() {
        space = spaces.get(viewer.get(), slug);
        memberCount = spaces.memberCount(space);
        changes = history.latestChanges(viewer.get(), slug, false, 10);
        boards = forum.boards(viewer.get(), slug);
    }

    public List<Board> getBoards() {
        return boards;
    }

    public List<RecentChange> getChanges() {
        return changes;
    }

    public boolean isCanEdit() {
        return access.may(viewer.get(), space, Action.EDIT);
    }

    public Space getSpace() {
        return space;
    }

    public long getMemberCount() {
        return memberCount;
    }

    public Role getRole() {
        return viewer.get().roleIn(space.getId()).orElse(null);
    }

    public boolean isCanAdminister() {
        return access.may(viewer.get(), space, Action.ADMINISTER);
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }
}
