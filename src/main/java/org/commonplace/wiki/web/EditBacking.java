package org.commonplace.wiki.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.commonplace.shared.BusinessException;
import org.commonplace.space.Action;
import org.commonplace.space.CurrentViewer;
import org.commonplace.space.Space;
import org.commonplace.space.SpaceAccess;
import org.commonplace.space.SpaceService;
import org.commonplace.web.Messages;
import org.commonplace.wiki.Draft;
import org.commonplace.wiki.Edit;
import org.commonplace.wiki.LinkService;
import org.commonplace.wiki.Page;
import org.commonplace.wiki.Revision;
import org.commonplace.wiki.SaveOutcome;
import org.commonplace.wiki.WikiService;
import org.omnifaces.util.Faces;

/**
 * The editor: {@code /s/{space}/wiki/{page}/edit} for an existing page or a red link's target, {@code /s/{space}/new}
 * for a new page. View scoped, so the text survives previews, draft saves and a conflict: when the page moved on
 * and the changes overlap, the editor stays open with both versions shown and the base moved to the current
 * revision, so saving again is the writer's explicit decision, never a silent overwrite.
 */
@Named("wikiEdit")
@ViewScoped
public class EditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(EditBacking.class.getName());
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    @Inject
    WikiService wiki;

    @Inject
    LinkService links;

    @Inject
    SpaceService spaces;

    @Inject
    SpaceAccess access;

    @Inject
    CurrentViewer viewer;

    private String space;
    private String page;

    private String spaceName;
    private boolean existing;
    private String currentTitle;
    private String title;
    private String markdown;
    private String summary;
    private boolean minor;
    private String tags;
    private int base;

    private String draftTitle;
    private String draftMarkdown;
    private String draftSummary;
    private int draftBase;
    private Instant draftAt;
    private String draftStatus;

    private String previewHtml;
    private String linkTarget;

    private int conflictRevision;
    private String conflictAuthor;
    private String theirs;
    private String yours;
    private List<ConflictChunk> conflicts;

    /** Opens the editor: the page's current text (or an empty one), and the writer's draft if it differs. */
    @Transactional
    public void load() {
        Space s = spaces.get(viewer.get(), space);
        access.require(viewer.get(), s, Action.EDIT);
        spaceName = s.getName();
        Optional<Page> found = page == null ? Optional.empty() : wiki.find(viewer.get(), space, page);
        String currentText = "";
        if (found.isPresent()) {
            Revision current = wiki.revision(viewer.get(), space, page, found.get().getCurrentRevision());
            existing = true;
            currentTitle = found.get().getTitle();
            title = currentTitle;
            markdown = current.getMarkdown();
            currentText = markdown;
            base = current.getNumber();
            tags = String.join(", ", found.get().getTags());
        } else {
            title = page == null ? "" : titleFromSlug(page);
            markdown = "";
        }
        Optional<Draft> draft = wiki.draft(viewer.get(), space, page);
        if (draft.isPresent() && !draft.get().getMarkdown().equals(currentText)) {
            draftTitle = draft.get().getTitle();
            draftMarkdown = draft.get().getMarkdown();
            draftSummary = draft.get().getSummary();
            draftBase = draft.get().getBaseRevision();
            draftAt = draft.get().getUpdatedAt();
        }
    }

    public String save() {
        clearConflict();
        try {
            SaveOutcome outcome = wiki.save(viewer.get(), space, page, new Edit(title, markdown, summary, minor, base, tags == null ? "" : tags));
            if (outcome instanceof SaveOutcome.Saved saved) {
                if (saved.merged()) {
                    WikiMessages.info("edit.savedMerged", saved.revision().getNumber(), saved.mergedWith(), saved.mergedWithAuthor());
                } else {
                    WikiMessages.info("edit.saved", saved.revision().getNumber());
                }
                Faces.redirect("s/%s/wiki/%s", space, saved.page().getSlug());
            } else if (outcome instanceof SaveOutcome.Unchanged) {
                WikiMessages.info("edit.unchanged");
            } else if (outcome instanceof SaveOutcome.Conflict conflict) {
                conflictRevision = conflict.currentRevision();
                conflictAuthor = conflict.currentAuthor();
                theirs = conflict.theirs();
                yours = conflict.yours();
                conflicts = conflict.merge().conflicts().stream().map(ConflictChunk::of).toList();
                base = conflict.currentRevision();
            }
        } catch (BusinessException e) {
            Messages.show(e, "edit");
        }
        return null;
    }

    /** The preview: the HTML a save would store, made by the same renderer and sanitizer. */
    public void preview() {
        try {
            previewHtml = wiki.preview(viewer.get(), space, markdown);
        } catch (BusinessException e) {
            Messages.show(e, "edit");
        }
    }

    /**
     * Called by the editor's script about every ten seconds while the text changes. A failure must not cost the
     * writer the page (an ajax error would show the error page): it is logged and said in the draft status.
     */
    public void autosave() {
        try {
            wiki.saveDraft(viewer.get(), space, page, title, markdown, summary, base);
            draftStatus = WikiMessages.text("edit.draftSaved", CLOCK.format(Instant.now()));
        } catch (BusinessException e) {
            draftStatus = e.getMessage();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not save a draft of " + space + "/" + page, e);
            draftStatus = WikiMessages.text("edit.draftFailed");
        }
    }

    public void restoreDraft() {
        title = draftTitle;
        markdown = draftMarkdown;
        summary = draftSummary;
        if (draftBase > 0) {
            base = draftBase;
        }
        forgetDraft();
    }

    public void discardDraft() {
        try {
            wiki.discardDraft(viewer.get(), space, page);
        } catch (BusinessException e) {
            Messages.show(e, null);
        }
        forgetDraft();
    }

    /** Titles for the link picker. */
    public List<String> suggest(String typed) {
        return links.suggest(viewer.get(), space, typed).stream().map(Page::getTitle).toList();
    }

    private void forgetDraft() {
        draftTitle = null;
        draftMarkdown = null;
        draftSummary = null;
        draftAt = null;
    }

    private void clearConflict() {
        theirs = null;
        yours = null;
        conflicts = null;
    }

    private static String titleFromSlug(String slug) {
        String words = slug.replace('-', ' ').strip();
        return words.isEmpty() ? "" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public String getCancelUrl() {
        return existing ? "/s/" + space + "/wiki/" + page : "/s/" + space;
    }

    public boolean isDraftOffered() {
        return draftAt != null;
    }

    public boolean isConflicted() {
        return theirs != null;
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

    public String getSpaceName() {
        return spaceName;
    }

    public boolean isExisting() {
        return existing;
    }

    public String getCurrentTitle() {
        return currentTitle;
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

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public boolean isMinor() {
        return minor;
    }

    public void setMinor(boolean minor) {
        this.minor = minor;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public int getBase() {
        return base;
    }

    public void setBase(int base) {
        this.base = base;
    }

    public Instant getDraftAt() {
        return draftAt;
    }

    public String getDraftStatus() {
        return draftStatus;
    }

    public String getPreviewHtml() {
        return previewHtml;
    }

    public String getLinkTarget() {
        return linkTarget;
    }

    public void setLinkTarget(String linkTarget) {
        this.linkTarget = linkTarget;
    }

    public int getConflictRevision() {
        return conflictRevision;
    }

    public String getConflictAuthor() {
        return conflictAuthor;
    }

    public String getTheirs() {
        return theirs;
    }

    public String getYours() {
        return yours;
    }

    public List<ConflictChunk> getConflicts() {
        return conflicts;
    }
}
