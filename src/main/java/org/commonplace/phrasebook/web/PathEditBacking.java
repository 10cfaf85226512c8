package org.commonplace.phrasebook.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.commonplace.phrasebook.PhrasebookService;
import org.commonplace.phrasebook.StartPath;
import org.commonplace.phrasebook.StartPathService;
import org.commonplace.shared.BusinessException;
import org.commonplace.shared.ForbiddenException;
import org.commonplace.space.CurrentViewer;
import org.commonplace.space.Space;
import org.commonplace.web.Messages;
import org.omnifaces.util.Faces;

/** {@code /start/new} and {@code /start/{path}/edit}: editors curate a path's title, description and steps. */
@Named("pathEdit")
@ViewScoped
public class PathEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StartPathService paths;

    @Inject
    PhrasebookService phrasebook;

    @Inject
    CurrentViewer viewer;

    private String path;
    private boolean loaded;
    private String title;
    private String description;
    private String steps;
    private String space;
    private transient List<Space> spaces;

    public void load() {
        spaces = phrasebook.editableSpaces(viewer.get());
        if (loaded) {
            return;
        }
        loaded = true;
        if (path != null) {
            StartPathService.PathView v = paths.view(viewer.get(), path, null);
            if (!v.canEdit()) {
                throw new ForbiddenException("Only editors curate this path.");
            }
            title = v.title();
            description = v.description();
            steps = v.stepsText();
            space = v.spaceSlug();
        } else if (!phrasebook.mayEditSomewhere(viewer.get())) {
            throw new ForbiddenException("Only editors curate start-here paths.");
        }
    }

    public String save() {
        try {
            StartPath p = paths.save(viewer.get(), path, space, title, description, steps);
            PhraseMessages.info("pathEdit.saved");
            Faces.redirect("start/%s", p.getSlug());
        } catch (BusinessException e) {
            Messages.show(e, "path-form");
        }
        return null;
    }

    public String delete() {
        try {
            paths.delete(viewer.get(), path);
            PhraseMessages.info("pathEdit.deleted");
            Faces.redirect("start");
        } catch (BusinessException e) {
            Messages.show(e, null);
        }
        return null;
    }

    public boolean isSiteAdmin() {
        return viewer.get().siteAdmin();
    }

    public boolean isExisting() {
        return path != null;
    }

    public List<Space> getSpaces() {
        return spaces;
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getSteps() {
        return steps;
    }

    public void setSteps(String steps) {
        this.steps = steps;
    }

    public String getSpace() {
        return space;
    }

    public void setSpace(String space) {
        this.space = space;
    }
}
