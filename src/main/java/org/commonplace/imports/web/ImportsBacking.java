package org.commonplace.imports.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.commonplace.imports.ImportFormat;
import org.commonplace.imports.ImportJob;
import org.commonplace.imports.ImportService;
import org.commonplace.shared.BusinessException;
import org.commonplace.shared.PageRequest;
import org.commonplace.space.CurrentViewer;
import org.commonplace.space.Space;
import org.commonplace.space.SpaceService;
import org.commonplace.web.Messages;
import org.omnifaces.util.Faces;

/** {@code /admin/imports}: start an import (upload or server path, dry run or real), watch its progress, see past runs. */
@Named("importsAdmin")
@ViewScoped
public class ImportsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ImportService imports;

    @Inject
    SpaceService spaces;

    @Inject
    CurrentViewer viewer;

    private String format = ImportFormat.MEDIAWIKI.code();
    private String space;
    private boolean dryRun = true;
    private String serverPath;
    private transient Part archive;
    private Long job;
    private transient ImportJob current;
    private transient Object currentFor;

    public String start() {
        ImportFormat f = ImportFormat.of(format).orElse(ImportFormat.MEDIAWIKI);
        ImportJob started;
        try {
            if (serverPath != null && !serverPath.isBlank()) {
                started = imports.fromServer(viewer.get(), f, space, dryRun, serverPath);
            } else if (archive != null && archive.getSize() > 0) {
                started = imports.upload(viewer.get(), f, space, dryRun, archive.getSubmittedFileName(), archive.getInputStream());
            } else {
                Messages.error("start:archive", ImportTexts.text("imports.chooseFile"));
                return null;
            }
        } catch (BusinessException e) {
            Messages.show(e, "start");
            return null;
        } catch (IOException e) {
            Messages.error("start:archive", e.getMessage());
            return null;
        }
        Faces.redirect("admin/imports?job=%s", started.getId());
        return null;
    }

    public String runForReal() {
        try {
            ImportJob started = imports.runAfterDryRun(viewer.get(), job);
            Faces.redirect("admin/imports?job=%s", started.getId());
        } catch (BusinessException e) {
            Messages.show(e, "current");
        }
        return null;
    }

    /** The run being watched, read afresh on every request (a poll is one). */
    public ImportJob getCurrent() {
        Object request = Faces.getContext();
        if (job != null && (current == null || currentFor != request)) {
            current = imports.get(viewer.get(), job);
            currentFor = request;
        }
        return current;
    }

    public List<ImportJob> getHistory() {
        return imports.list(viewer.get(), new PageRequest(1, 50)).items();
    }

    public List<Space> getSpaces() {
        return spaces.listVisible(viewer.get(), new PageRequest(1, PageRequest.MAX_SIZE)).items();
    }

    public List<String> getFormats() {
        return List.of(ImportFormat.MEDIAWIKI.code(), ImportFormat.MBOX.code(), ImportFormat.NING.code());
    }

    public String getImportFolder() {
        return ImportService.importFolder().toString();
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public String getSpace() {
        return space;
    }

    public void setSpace(String space) {
        this.space = space;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }

    public String getServerPath() {
        return serverPath;
    }

    public void setServerPath(String serverPath) {
        this.serverPath = serverPath;
    }

    public Part getArchive() {
        return archive;
    }

    public void setArchive(Part archive) {
        this.archive = archive;
    }

    public Long getJob() {
        return job;
    }

    public void setJob(Long job) {
        this.job = job;
    }
}
