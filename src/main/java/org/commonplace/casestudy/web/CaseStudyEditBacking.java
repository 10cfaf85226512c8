package org.commonplace.casestudy.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.commonplace.casestudy.CaseStudy;
import org.commonplace.casestudy.CaseStudyService;
import org.commonplace.shared.BusinessException;
import org.commonplace.shared.ForbiddenException;
import org.commonplace.shared.Tags;
import org.commonplace.space.CurrentViewer;
import org.commonplace.web.Messages;
import org.omnifaces.util.Faces;

/**
 * {@code /case-studies/new} and {@code /case-studies/{slug}/edit}: the template form. A new case study carries an
 * idempotency key made when the form opened (a double submit makes one record); an edit carries the version it
 * started from (a concurrent save is reported, not overwritten). The form keeps its text when validation fails.
 */
@Named("caseStudyEdit")
@ViewScoped
public class CaseStudyEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseStudyService studies;

    @Inject
    CurrentViewer viewer;

    private String slug;
    private long baseVersion;
    private final String formKey = UUID.randomUUID().toString();
    private String title;
    private String organisation;
    private String sector;
    private String region;
    private String tools;
    private String tried;
    private String outcome;
    private String lessons;
    private String contact;
    private transient List<String> sectors;
    private transient List<String> regions;

    public void load() {
        if (!viewer.get().signedIn()) {
            return;
        }
        if (slug == null || slug.isBlank() || title != null) {
            return;
        }
        CaseStudy c = studies.get(slug);
        if (!CaseStudyService.mayEdit(viewer.get(), c)) {
            throw new ForbiddenException("Only the author and editors may change this case study.");
        }
        baseVersion = c.getVersion();
        title = c.getTitle();
        organisation = c.getOrganisation();
        sector = c.getSector();
        region = c.getRegion();
        tools = Tags.join(c.getTools());
        tried = c.getTried();
        outcome = c.getOutcome();
        lessons = c.getLessons();
        contact = c.getContact();
    }

    public void save() {
        try {
            CaseStudy.Content content = CaseStudy.Content.of(title, organisation, sector, region, tools, tried, outcome, lessons, contact);
            CaseStudy saved = isEditing() ? studies.update(viewer.get(), slug, content, baseVersion) : studies.create(viewer.get(), content, formKey);
            Messages.info(isEditing() ? "caseStudy.updated" : "caseStudy.created");
            Faces.redirect("case-studies/%s", saved.getSlug());
        } catch (BusinessException e) {
            Messages.show(e, "caseStudyForm");
        }
    }

    public boolean isSignedIn() {
        return viewer.get().signedIn();
    }

    public boolean isEditing() {
        return slug != null && !slug.isBlank();
    }

    public List<String> getSectors() {
        if (sectors == null) {
            sectors = studies.knownLabels("sector");
        }
        return sectors;
    }

    public List<String> getRegions() {
        if (regions == null) {
            regions = studies.knownLabels("region");
        }
        return regions;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getTools() {
        return tools;
    }

    public void setTools(String tools) {
        this.tools = tools;
    }

    public String getTried() {
        return tried;
    }

    public void setTried(String tried) {
        this.tried = tried;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getLessons() {
        return lessons;
    }

    public void setLessons(String lessons) {
        this.lessons = lessons;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }
}
