package org.commonplace.phrasebook.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.commonplace.phrasebook.CandidateTerms;
import org.commonplace.space.CurrentViewer;

/** {@code /phrasebook/candidates}: recurring forum phrases that are not terms yet, for editors. */
@Named("candidates")
@RequestScoped
public class CandidatesBacking {

    @Inject
    CandidateTerms candidateTerms;

    @Inject
    CurrentViewer viewer;

    @Inject
    org.commonplace.phrasebook.PhrasebookService phrasebook;

    private String space;
    private List<CandidateTerms.Candidate> items;
    private List<org.commonplace.space.Space> spaces;

    public void load() {
        items = candidateTerms.candidates(viewer.get(), space);
        spaces = phrasebook.editableSpaces(viewer.get());
    }

    public List<org.commonplace.space.Space> getSpaces() {
        return spaces;
    }

    public String getSpace() {
        return space;
    }

    public void setSpace(String space) {
        this.space = space;
    }

    public String draftUrl(String phrase) {
        return "/phrasebook/new?draft=" + URLEncoder.encode(phrase, StandardCharsets.UTF_8);
    }

    public List<CandidateTerms.Candidate> getItems() {
        return items;
    }
}
