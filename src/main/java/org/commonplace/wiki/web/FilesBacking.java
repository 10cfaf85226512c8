package org.commonplace.wiki.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.commonplace.shared.BusinessException;
import org.commonplace.shared.InvalidInputException;
import org.commonplace.shared.NotFoundException;
import org.commonplace.space.Action;
import org.commonplace.space.CurrentViewer;
import org.commonplace.space.Space;
import org.commonplace.space.SpaceAccess;
import org.commonplace.space.SpaceService;
import org.commonplace.wiki.FileService;
import org.commonplace.wiki.Page;
import org.commonplace.wiki.StoredFile;
import org.commonplace.wiki.WikiService;
import org.commonplace.web.Messages;
import org.omnifaces.util.Faces;

/**
 * {@code /s/{space}/wiki/{page}/files}: the files attached to a page, each with the Markdown that embeds or
 * links it, and (for editors) an upload form. The checks live in {@link FileService}; this bean only shows
 * their verdict next to the file field and redirects after a successful upload.
 */
@Named("wikiFiles")
@ViewScoped
public class FilesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SpaceService spaces;

    @Inject
    SpaceAccess access;

    @Inject
    WikiService wiki;

    @Inject
    FileService files;

    @Inject
    CurrentViewer viewer;

    private String slug;
    private String pageSlug;
    private transient Space space;
    private transient Page target;
    private transient List<StoredFile> list;
    private boolean mayEdit;
    private transient Part upload;

    public void load() {
        space = spaces.get(viewer.get(), slug);
        target = wiki.find(viewer.get(), slug, pageSlug).filter(p -> !p.isDeleted())
                .orElseThrow(() -> new NotFoundException("There is no such page in this space."));
        mayEdit = access.may(viewer.get(), space, Action.EDIT);
        list = files.list(viewer.get(), slug, pageSlug);
    }

    public String upload() {
        if (upload == null || upload.getSize() == 0 && (upload.getSubmittedFileName() == null || upload.getSubmittedFileName().isEmpty())) {
            Messages.error("upload:file", ListTexts.text("files.chooseFile"));
            load();
            return null;
        }
        try {
            StoredFile stored = files.attach(viewer.get(), slug, pageSlug, upload.getSubmittedFileName(), upload.getContentType(), upload.getInputStream());
            ListTexts.info("files.uploaded", stored.filename());
        } catch (InvalidInputException e) {
            Messages.show(e, "upload");
            load();
            return null;
        } catch (BusinessException e) {
            Messages.show(e, null);
            load();
            return null;
        } catch (IOException e) {
            Messages.error("upload:file", ListTexts.text("files.readFailed"));
            load();
            return null;
        }
        Faces.redirect("s/%s/wiki/%s/files", slug, pageSlug);
        return null;
    }

    /** The file's address, site-absolute (what Markdown on a page of this site needs). */
    public String url(StoredFile file) {
        return FileService.url(slug, pageSlug, file.filename());
    }

    /** What to paste into a page: an embedded image for raster images, a link for everything else. */
    public String markdown(StoredFile file) {
        return (file.rasterImage() ? "!" : "") + "[" + file.filename() + "](" + url(file) + ")";
    }

    public String size(StoredFile file) {
        return FileService.humanSize(file.size());
    }

    public String extension(StoredFile file) {
        return FileService.extension(file.filename()).toUpperCase(Locale.ROOT);
    }

    /** For the file field's {@code accept}: ".png,.jpg,...". */
    public String getAccept() {
        return FileService.EXTENSIONS.stream().map(e -> "." + e).collect(Collectors.joining(","));
    }

    public String getAllowed() {
        return String.join(", ", FileService.EXTENSIONS);
    }

    public String getMaxSize() {
        return FileService.humanSize(FileService.MAX_BYTES);
    }

    public Space getSpace() {
        return space;
    }

    public Page getTarget() {
        return target;
    }

    public List<StoredFile> getList() {
        return list;
    }

    public boolean isMayEdit() {
        return mayEdit;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getPageSlug() {
        return pageSlug;
    }

    public void setPageSlug(String pageSlug) {
        this.pageSlug = pageSlug;
    }
}
