package org.commonplace.wiki.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.commonplace.space.CurrentViewer;
import org.commonplace.wiki.HistoryService;
import org.commonplace.wiki.PageView;
import org.commonplace.wiki.WikiService;
import org.commonplace.wiki.text.BlameLine;

/**
 * {@code /s/{space}/wiki/{page}/blame}: each line of the current text with the revision and author that
 * introduced it. A run of lines from one revision names it once, so the page reads as blocks of authorship.
 */
@Named("wikiBlame")
@ViewScoped
public class BlameBacking extends PageScopedBacking {

    private static final long serialVersionUID = 1L;

    @Inject
    WikiService wiki;

    @Inject
    HistoryService history;

    @Inject
    CurrentViewer viewer;


    private List<Row> rows;

    /** One line and whether it starts a run of lines from the same revision. */
    public record Row(int lineNumber, String text, int revision, String author, boolean runStart) implements Serializable {
    }

    @Transactional
    public void load() {
        PageView view = wiki.view(viewer.get(), space, page, null);
        describe(view.page());
        List<BlameLine> lines = history.blame(viewer.get(), space, view.page().getSlug());
        rows = new ArrayList<>(lines.size());
        int previous = -1;
        for (BlameLine line : lines) {
            rows.add(new Row(line.lineNumber(), line.text(), line.revision(), line.author(), line.revision() != previous));
            previous = line.revision();
        }
    }

    public List<Row> getRows() {
        return rows;
    }
}
