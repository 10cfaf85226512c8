package org.commonplace.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayOutputStream;
import org.commonplace.imports.MediaWikiExport;
import org.commonplace.shared.InvalidInputException;
import org.commonplace.space.CurrentViewer;

/** {@code /api/v1/spaces/{space}/export?format=mediawiki}: a space's wiki with full history. Site administrators only. */
@Path("/spaces/{space}/export")
@RequestScoped
public class ExportResource {

    @Inject
    MediaWikiExport export;

    @Inject
    CurrentViewer viewer;

    @GET
    @Produces({"application/xml", MediaType.APPLICATION_JSON})
    public Response export(@PathParam("space") String space, @QueryParam("format") String format) {
        if (!viewer.get().signedIn()) {
            return ApiExceptionMappers.error(401, "unauthorized", "Sign in (HTTP Basic or a bearer token) as a site administrator.");
        }
        if (format != null && !format.isBlank() && !"mediawiki".equalsIgnoreCase(format.strip())) {
            throw new InvalidInputException("format", "The only export format is mediawiki.");
        }
        // Written fully before answering, so access errors come back as JSON errors rather than a broken download.
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        export.export(viewer.get(), space, buffer);
        StreamingOutput body = out -> buffer.writeTo(out);
        return Response.ok(body, "application/xml; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + space + "-mediawiki.xml\"").build();
    }
}
