package org.commonplace.promotion.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.commonplace.promotion.DraftWriter;
import org.commonplace.promotion.PromotionCollection;
import org.commonplace.promotion.PromotionService;
import org.commonplace.shared.BusinessException;
import org.commonplace.space.CurrentViewer;
import org.commonplace.space.ReadersChange;
import org.commonplace.web.Messages;
import org.commonplace.wiki.LinkService;
import org.commonplace.wiki.WikiService;
import org.omnifaces.util.Faces;

/**
 * {@code /t/{id}/promote}: the workbench. Step one lists the thread's posts in tree order (pre-ticked: the opening
 * post, the answer and helpful posts; with {@code ?since=} the posts new since the page last took the thread in),
 * each with a tick, a position and an optional excerpt (a range of its Markdown picked by selecting text), and the
 * target. Step two shows the generated draft in an editor with the source posts alongside; publishing writes a
 * normal page revision with provenance. The form's idempotency key makes a double submit publish once.
 */
@Named("promote")
@ViewScoped
public class WorkbenchBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PromotionService promotions;

    @Inject
    CurrentViewer viewer;

    @Inject
    PromotionCollection collection;

    @Inject
    WikiService wiki;

    @Inject
    LinkService links;

    /** One row of the workbench. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final PromotionService.WorkbenchPost post;
        private boolean selected;
        private Integer position;
        private Integer start;
        private Integer end;

        Row(PromotionService.WorkbenchPost post, int position) {
            this.post = post;
            this.selected = post.preTicked();
            this.position = position;
        }

        public PromotionService.WorkbenchPost getPost() {
            return post;
        }

        public boolean isSelected() {
            return selected;
        }

        public void setSelected(boolean selected) {
            this.selected = selected;
        }

        public Integer getPosition() {
            return position;
        }

        public void setPosition(Integer position) {
            this.position = position;
        }

        public Integer getStart() {
            return start;
        }

        public void setStart(Integer start) {
            this.start = start;
        }

        public Integer getEnd() {
            return end;
        }

        public void setEnd(Integer end) {
            this.end = end;
        }

        public Instant getCreatedAt() {
            return post.createdAt();
        }
    }

    private Long id;
    private Long since;
    private String into;
    private String target;
    private String placement = "NEW";
    private String heading;
    private String title;
    private String threadTitle;
    private String threadSpace;
    private List<PromotionService.SpaceChoice> spaces = List.of();
    private List<Row> rows = new ArrayList<>();
    private boolean drafted;
    private String markdown;
    private int baseRevision;
    private boolean needsConfirm;
    private boolean confirm;
    private boolean lock;
    private String summary;
    private final String formKey = UUID.randomUUID().toString();
    private boolean collecting;
    private String previewHtml;
    private String linkTarget;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        collecting = id == null && "true".equals(Faces.getRequestParameter("collection"));
        PromotionService.Workbench bench = collecting ? collection.workbench(viewer.get())
                : promotions.workbench(viewer.get(), id == null ? -1 : id, since);
        threadTitle = bench.threadTitle();
        threadSpace = bench.spaceSlug();
        spaces = bench.targets();
        rows = new ArrayList<>(bench.posts().size());
        for (PromotionService.WorkbenchPost p : bench.posts()) {
            rows.add(new Row(p, rows.size() + 1));
        }
        if (into == null || spaces.stream().noneMatch(s -> s.slug().equals(into))) {
            into = spaces.stream().anyMatch(s -> s.slug().equals(threadSpace)) ? threadSpace : spaces.get(0).slug();
        }
        if (target != null && !target.isBlank()) {
            placement = "APPEND";
        }
        title = collecting && !rows.isEmpty() ? rows.get(0).getPost().threadTitle() : threadTitle;
    }

    /** Step one to two: writes the draft from the ticked posts in the chosen order. */
    public void makeDraft() {
        try {
            PromotionService.Draft draft = promotions.draft(viewer.get(), selections(), targetOf());
            markdown = draft.markdown();
            previewHtml = null;
            baseRevision = draft.baseRevision();
            needsConfirm = draft.readers() == ReadersChange.NARROWER;
            drafted = true;
        } catch (BusinessException e) {
            Messages.show(e, fieldOf(e, "title", "heading") ? "bench" : null);
        }
    }

    public void back() {
        drafted = false;
    }

    public String publish() {
        try {
            List<PromotionService.Selection> chosen = selections();
            PromotionService.Published published = promotions.publish(viewer.get(), chosen, targetOf(), markdown, baseRevision,
                    summary, confirm, lock, formKey);
            if (collecting) {
                collection.remove(viewer.get(), chosen.stream().map(PromotionService.Selection::postId).toList());
            }
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().getFlash().setKeepMessages(true);
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    "Published as revision " + published.revision() + ", with its sources.", null));
            Faces.redirect("s/%s/wiki/%s", published.space(), published.slug());
        } catch (BusinessException e) {
            Messages.show(e, fieldOf(e, "markdown", "summary", "confirm") ? "draft" : null);
        }
        return null;
    }

    /** Whether the error names one of these fields of the form (otherwise it is shown at the top of the page). */
    private static boolean fieldOf(BusinessException e, String... fields) {
        return e instanceof org.commonplace.shared.InvalidInputException invalid && java.util.Arrays.asList(fields).contains(invalid.getField());
    }

    private List<PromotionService.Selection> selections() {
        return rows.stream().filter(Row::isSelected)
                .sorted(Comparator.comparing((Row r) -> r.getPosition() == null ? Integer.MAX_VALUE : r.getPosition())
                        .thenComparing(r -> rows.indexOf(r)))
                .map(r -> r.getStart() != null && r.getEnd() != null && r.getEnd() > r.getStart()
                        ? new PromotionService.Selection(r.getPost().id(), r.getStart(), r.getEnd())
                        : PromotionService.Selection.whole(r.getPost().id()))
                .toList();
    }

    private PromotionService.Target targetOf() {
        DraftWriter.Placement p = DraftWriter.Placement.valueOf(placement == null ? "NEW" : placement);
        return new PromotionService.Target(into, p == DraftWriter.Placement.NEW ? null : target, title, p, heading);
    }

    /** The ticked rows in page order, shown beside the draft. */
    public List<Row> getChosen() {
        return rows.stream().filter(Row::isSelected)
                .sorted(Comparator.comparing((Row r) -> r.getPosition() == null ? Integer.MAX_VALUE : r.getPosition())).toList();
    }

    public long getSelectedCount() {
        return rows.stream().filter(Row::isSelected).count();
    }

    /** The editor's "Preview" (the same rendering as the wiki editor's). */
    public void preview() {
        try {
            previewHtml = wiki.preview(viewer.get(), into, markdown);
        } catch (BusinessException e) {
            Messages.show(e, "draft");
        }
    }

    /** The link picker's suggestions: pages of the target space. */
    public List<String> suggest(String typed) {
        return links.suggest(viewer.get(), into, typed).stream().map(org.commonplace.wiki.Page::getTitle).toList();
    }

    public String getLinkTarget() {
        return linkTarget;
    }

    public void setLinkTarget(String linkTarget) {
        this.linkTarget = linkTarget;
    }

    public String getPreviewHtml() {
        return previewHtml;
    }

    public boolean isCollecting() {
        return collecting;
    }

    /** Whether a row starts another thread than the row before it (the collection shows thread headings). */
    public boolean startsThread(Row row) {
        int i = rows.indexOf(row);
        return i == 0 || rows.get(i - 1).getPost().threadId() != row.getPost().threadId();
    }

    public int indent(int depth) {
        return Math.min(depth, 6);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getSince() {
        return since;
    }

    public void setSince(Long since) {
        this.since = since;
    }

    public String getInto() {
        return into;
    }

    public void setInto(String into) {
        this.into = into;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getPlacement() {
        return placement;
    }

    public void setPlacement(String placement) {
        this.placement = placement;
    }

    public String getHeading() {
        return heading;
    }

    public void setHeading(String heading) {
        this.heading = heading;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getThreadTitle() {
        return threadTitle;
    }

    public List<PromotionService.SpaceChoice> getSpaces() {
        return spaces;
    }

    public List<Row> getRows() {
        return rows;
    }

    public boolean isDrafted() {
        return drafted;
    }

    public String getMarkdown() {
        return markdown;
    }

    public void setMarkdown(String markdown) {
        this.markdown = markdown;
    }

    public boolean isNeedsConfirm() {
        return needsConfirm;
    }

    public boolean isConfirm() {
        return confirm;
    }

    public void setConfirm(boolean confirm) {
        this.confirm = confirm;
    }

    public boolean isLock() {
        return lock;
    }

    public void setLock(boolean lock) {
        this.lock = lock;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }
}
