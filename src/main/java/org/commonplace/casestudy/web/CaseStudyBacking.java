package org.commonplace.casestudy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commonplace.casestudy.CaseStudyService;
import org.commonplace.space.CurrentViewer;
import org.commonplace.web.QueryLinks;

/** {@code /case-studies/{slug}}: one case study, its Markdown parts rendered by markup/. */
@Named("caseStudy")
@RequestScoped
public class CaseStudyBacking {

    @Inject
    CaseStudyService studies;

    @Inject
    CurrentViewer viewer;

    private String slug;
    private CaseStudyService.View view;

    public void load() {
        view = studies.view(viewer.get(), slug);
    }

    public String indexLink(String facet, String value) {
        return QueryLinks.of("/case-studies", facet, value);
    }

    public org.commonplace.casestudy.CaseStudy getStudy() {
        return view.study();
    }

    public CaseStudyService.View getView() {
        return view;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }
}
