package org.commonplace.phrasebook.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonplace.phrasebook.PhrasebookService;
import org.commonplace.shared.PageRequest;
import org.commonplace.shared.Paged;
import org.commonplace.space.CurrentViewer;

/** {@code /phrasebook}: the terms A–Z with a letter index and a filter ({@code ?q=}, {@code ?letter=}). */
@Named("phrasebook")
@RequestScoped
public class PhrasebookBacking {

    @Inject
    PhrasebookService phrasebook;

    @Inject
    CurrentViewer viewer;

    private String q;
    private String letter;
    private Integer page;
    private Paged<PhrasebookService.TermSummary> result;
    private Set<String> letters;

    /** One letter of the index: a link when some term starts with it. */
    public record Letter(String letter, boolean enabled, boolean current) {
    }

    public void load() {
        if (q != null && q.length() > 200) {
            q = q.substring(0, 200);
        }
        result = phrasebook.list(viewer.get(), q, letter, new PageRequest(page == null ? 1 : page, 100));
        letters = phrasebook.letters(viewer.get());
    }

    public List<Letter> getLetters() {
        List<Letter> out = new ArrayList<>();
        for (char c = 'A'; c <= 'Z'; c++) {
            String l = String.valueOf(c);
            out.add(new Letter(l, letters.contains(l), l.equalsIgnoreCase(letter)));
        }
        return out;
    }

    public boolean isCanEdit() {
        return phrasebook.mayEditSomewhere(viewer.get());
    }

    public String join(List<String> items) {
        return String.join(", ", items);
    }

    public Paged<PhrasebookService.TermSummary> getResult() {
        return result;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getLetter() {
        return letter;
    }

    public void setLetter(String letter) {
        this.letter = letter;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}
