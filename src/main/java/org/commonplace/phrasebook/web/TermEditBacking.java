package org.commonplace.phrasebook.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.List;
import org.commonplace.phrasebook.PhrasebookService;
import org.commonplace.phrasebook.Term;
import org.commonplace.phrasebook.TermInput;
import org.commonplace.shared.BusinessException;
import org.commonplace.shared.ForbiddenException;
import org.commonplace.space.CurrentViewer;
import org.commonplace.space.Space;
import org.commonplace.web.Messages;
import org.omnifaces.util.Faces;

/**
 * {@code /phrasebook/new} (optionally {@code ?draft=phrase}, as "draft term" from the candidates links) and
 * {@code /phrasebook/{term}/edit}: the term form for editors, with delete.
 */
@Named("termEdit")
@ViewScoped
public class TermEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PhrasebookService phrasebook;

    @Inject
    CurrentViewer viewer;

    private String slug;
    private String draft;
    private boolean loaded;
    private boolean existing;
    private String scopeName;

    private String term;
    private String aliases;
    private String definition;
    private String explanation;
    private String related;
    private String space;
    private transient List<Space> spaces;

    @Transactional
    public void load() {
        spaces = phrasebook.editableSpaces(viewer.get());
        if (loaded) {
            return;
        }
        loaded = true;
        if (slug != null) {
            Term t = phrasebook.find(viewer.get(), slug);
            if (!phrasebook.mayEdit(viewer.get(), t.getSpace())) {
                throw new ForbiddenException("Only the phrasebook's editors edit this term.");
            }
            existing = true;
            term = t.getTerm();
            aliases = String.join("\n", t.getAliases());
            definition = t.getDefinition();
            explanation = t.getExplanation();
            related = String.join("\n", t.getRelated());
            scopeName = t.getSpace() == null ? null : t.getSpace().getName();
        } else {
            if (!phrasebook.mayEditSomewhere(viewer.get())) {
                throw new ForbiddenException("Only editors add terms.");
            }
            term = draft == null ? null : draft.strip().substring(0, Math.min(draft.strip().length(), Term.TERM_MAX));
        }
    }

    public String save() {
        try {
            TermInput in = new TermInput(term, TermInput.lines(aliases, true), definition, explanation, TermInput.lines(related, false));
            Term t = existing ? phrasebook.update(viewer.get(), slug, in) : phrasebook.create(viewer.get(), space, in);
            PhraseMessages.info(existing ? "edit.saved" : "edit.created");
            Faces.redirect("phrasebook/%s", t.getSlug());
        } catch (BusinessException e) {
            Messages.show(e, "term-form");
        }
        return null;
    }

    public String delete() {
        try {
            phrasebook.delete(viewer.get(), slug);
            PhraseMessages.info("edit.deleted");
            Faces.redirect("phrasebook");
        } catch (BusinessException e) {
            Messages.show(e, null);
        }
        return null;
    }

    public boolean isSiteAdmin() {
        return viewer.get().siteAdmin();
    }

    public List<Space> getSpaces() {
        return spaces;
    }

    public boolean isExisting() {
        return existing;
    }

    public String getScopeName() {
        return scopeName;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getDraft() {
        return draft;
    }

    public void setDraft(String draft) {
        this.draft = draft;
    }

    public String getTerm() {
        return term;
    }

    public void setTerm(String term) {
        this.term = term;
    }

    public String getAliases() {
        return aliases;
    }

    public void setAliases(String aliases) {
        this.aliases = aliases;
    }

    public String getDefinition() {
        return definition;
    }

    public void setDefinition(String definition) {
        this.definition = definition;
    }

    public String getExplanation() {
        return explanation;
    }

    public void setExplanation(String explanation) {
        this.explanation = explanation;
    }

    public String getRelated() {
        return related;
    }

    public void setRelated(String related) {
        this.related = related;
    }

    public String getSpace() {
        return space;
    }

    public void setSpace(String space) {
        this.space = space;
    }
}
