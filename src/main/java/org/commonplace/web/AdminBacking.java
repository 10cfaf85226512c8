package org.commonplace.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.commonplace.audit.AuditEntry;
import org.commonplace.audit.AuditLog;
import org.commonplace.shared.BusinessException;
import org.commonplace.shared.PageRequest;
import org.commonplace.shared.Paged;
import org.commonplace.shared.SiteSettings;
import org.commonplace.space.CurrentViewer;
import org.commonplace.space.SpaceService;
import org.commonplace.space.Visibility;
import org.omnifaces.util.Faces;

/** Site administration (site admins only, by web.xml): registration, new spaces, the audit log. */
@Named("admin")
@ViewScoped
public class AdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SiteSettings settings;

    @Inject
    SpaceService spaces;

    @Inject
    AuditLog audit;

    @Inject
    CurrentViewer viewer;

    private boolean registrationOpen;
    private String slug;
    private String name;
    private String description;
    private Visibility visibility = Visibility.PUBLIC;
    private Integer page;
    private transient Paged<AuditEntry> entries;

    public void load() {
        registrationOpen = settings.registrationOpen();
    }

    public String saveSettings() {
        settings.setRegistrationOpen(registrationOpen);
        Messages.info("admin.saved");
        Faces.redirect("admin");
        return null;
    }

    public String createSpace() {
        try {
            spaces.create(viewer.get(), slug, name, description, visibility);
        } catch (BusinessException e) {
            Messages.show(e, "space");
            return null;
        }
        Messages.info("admin.spaceCreated");
        Faces.redirect("s/%s", slug);
        return null;
    }

    public Paged<AuditEntry> getEntries() {
        if (entries == null) {
            entries = audit.list(null, new PageRequest(page == null ? 1 : page, 50));
        }
        return entries;
    }

    public Visibility[] getVisibilities() {
        return Visibility.values();
    }

    public boolean isRegistrationOpen() {
        return registrationOpen;
    }

    public void setRegistrationOpen(boolean registrationOpen) {
        this.registrationOpen = registrationOpen;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public void setVisibility(Visibility visibility) {
        this.visibility = visibility;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}
