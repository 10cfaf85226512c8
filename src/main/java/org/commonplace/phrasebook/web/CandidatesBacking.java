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

    private List<CandidateTerms.Candidate> items;

    public void load() {
        items = candidateTerms.candidates(viewer.get());
    }

    public String draftUrl(String phrase) {
        return "/phrasebook/new?draft=" + URLEncoder.encode(phrase, StandardCharsets.UTF_8);
    }

    public List<CandidateTerms.Candidate> getItems() {
        return items;
    }
}
