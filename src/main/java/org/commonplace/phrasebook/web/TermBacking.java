package org.commonplace.phrasebook.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commonplace.phrasebook.PhrasebookService;
import org.commonplace.space.CurrentViewer;

/** {@code /phrasebook/{term}}: one term with its explanation, related pages and threads, and where it is used. */
@Named("term")
@RequestScoped
public class TermBacking {

    @Inject
    PhrasebookService phrasebook;

    @Inject
    CurrentViewer viewer;

    private String slug;
    private PhrasebookService.TermDetail detail;

    public void load() {
        detail = phrasebook.detail(viewer.get(), slug);
    }

    public String getUsedIn() {
        return PhraseMessages.text("term.usedIn", detail.usedInPages().size(), detail.usedInThreads().size());
    }

    public PhrasebookService.TermDetail getDetail() {
        return detail;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }
}
