package org.commonplace.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Cross-site request forgery guard for API writes. A browser sends the session cookie with any request, even
 * one a hostile site starts, so a write (any method but GET, HEAD, OPTIONS) that is authenticated by that
 * cookie alone must come from this site: its {@code Origin} (or, failing that, {@code Referer}) must name the
 * host of the request, or the answer is 403. Requests carrying an {@code Authorization} header (Basic or bearer)
 * pass: a browser never adds one on its own. Anonymous requests pass too; the resource answers them 401.
 */
@Provider
public class ApiCsrfFilter implements ContainerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (SAFE.contains(context.getMethod()) || context.getHeaderString(HttpHeaders.AUTHORIZATION) != null
                || request.getUserPrincipal() == null) {
            return;
        }
        String source = context.getHeaderString("Origin");
        if (source == null || source.isBlank()) {
            source = context.getHeaderString("Referer");
        }
        if (!sameHost(source, context.getHeaderString(HttpHeaders.HOST))) {
            context.abortWith(ApiExceptionMappers.error(403, "forbidden",
                    "A write authenticated by the session cookie must come from this site (Origin or Referer); scripts use a token."));
        }
    }

    private static boolean sameHost(String source, String host) {
        if (source == null || host == null || source.isBlank() || "null".equals(source)) {
            return false;
        }
        try {
            String authority = URI.create(source.strip()).getRawAuthority();
            return authority != null && authority.toLowerCase(Locale.ROOT).equals(host.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
