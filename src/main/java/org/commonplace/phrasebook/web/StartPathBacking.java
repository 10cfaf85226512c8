package org.commonplace.phrasebook.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.commonplace.phrasebook.StartPathService;
import org.commonplace.space.CurrentViewer;

/** {@code /start/{path}?step=N}: one step of a start-here path open, with previous and next; and the list at {@code /start}. */
@Named("startPath")
@RequestScoped
public class StartPathBacking {

    @Inject
    StartPathService paths;

    @Inject
    CurrentViewer viewer;

    private String path;
    private Integer step;
    private StartPathService.PathView view;
    private List<StartPathService.PathSummary> all;

    public void load() {
        view = paths.view(viewer.get(), path, step);
    }

    /** The paths the viewer may read (the home page and {@code /start}). */
    public List<StartPathService.PathSummary> getAll() {
        if (all == null) {
            all = paths.paths(viewer.get());
        }
        return all;
    }

    public boolean isCanCreate() {
        return viewer.get().siteAdmin() || viewer.get().roles().values().stream().anyMatch(r -> r.atLeast(org.commonplace.space.Role.EDITOR));
    }

    public boolean isSignedIn() {
        return viewer.get().signedIn();
    }

    public String getProgress() {
        long done = view.steps().stream().filter(StartPathService.StepView::visited).count();
        return PhraseMessages.text("path.progress", done, view.steps().size());
    }

    public String stepOf(StartPathService.StepView s) {
        return PhraseMessages.text("path.stepOf", s.index(), view.steps().size());
    }

    public String kindLabel(StartPathService.StepView s) {
        return PhraseMessages.text("kind." + s.kind().name());
    }

    public StartPathService.PathView getView() {
        return view;
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public Integer getStep() {
        return step;
    }

    public void setStep(Integer step) {
        this.step = step;
    }
}
