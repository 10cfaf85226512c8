package org.commonplace.wiki.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.commonplace.shared.BusinessException;
import org.commonplace.space.CurrentViewer;
import org.commonplace.wiki.FileService;
import org.commonplace.wiki.StoredFile;

/**
 * Serves a page's attached file ({@code /s/{space}/wiki/{page}/files/{name}}, forwarded here by the routes).
 * An uploaded file must never act as part of the site: it goes out with {@code nosniff} and a sandbox CSP
 * (no script, no plugins, no same-origin), and only raster images are shown inline; everything else, SVG
 * included, is a download. A file the viewer may not see answers 404 exactly like a missing one.
 */
@WebServlet(name = "wikiFile", urlPatterns = "/wiki-file")
public class FileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** How long shared caches may keep a file of a public space before asking again. */
    private static final int PUBLIC_MAX_AGE_SECONDS = 300;

    @Inject
    transient CurrentViewer viewer;

    @Inject
    transient FileService files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String space = request.getParameter("space");
        String page = request.getParameter("page");
        String name = request.getParameter("name");
        if (space == null || page == null || name == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        StoredFile file;
        try {
            file = files.get(viewer.get(), space, page, name);
        } catch (BusinessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String etag = "\"" + file.id() + "-" + file.size() + "-" + file.createdAt().toEpochMilli() + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", file.publicSpace() ? "public, max-age=" + PUBLIC_MAX_AGE_SECONDS : "private, no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null && (ifNoneMatch.equals(etag) || ifNoneMatch.contains(etag))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setDateHeader("Last-Modified", file.createdAt().toEpochMilli());
        response.setContentType(file.contentType().startsWith("text/") ? file.contentType() + ";charset=UTF-8" : file.contentType());
        response.setHeader("Content-Disposition", disposition(file));
        response.setContentLengthLong(file.data().length);
        response.getOutputStream().write(file.data());
    }

    /** inline for raster images, attachment for everything else; the name both plain and RFC 6266-encoded. */
    static String disposition(StoredFile file) {
        String ascii = file.filename().replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(file.filename(), StandardCharsets.UTF_8).replace("+", "%20");
        return (file.rasterImage() ? "inline" : "attachment") + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
