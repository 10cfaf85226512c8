package org.commonplace.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.commonplace.people.SignInMechanism;

/** A request whose Basic credentials or bearer token were rejected gets a JSON 401, never an anonymous answer. */
@Provider
@PreMatching
public class ApiAuthenticationFilter implements ContainerRequestFilter {

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (Boolean.TRUE.equals(request.getAttribute(SignInMechanism.CREDENTIALS_REJECTED))) {
            Response error = ApiExceptionMappers.error(401, "unauthorized", "The credentials or token are not valid.");
            context.abortWith(Response.fromResponse(error)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Commonplace\", charset=\"UTF-8\"").build());
        }
    }
}
