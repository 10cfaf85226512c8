package org.commonplace.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.commonplace.shared.BusinessException;
import org.commonplace.shared.ConflictException;
import org.commonplace.shared.ForbiddenException;
import org.commonplace.shared.InvalidInputException;
import org.commonplace.shared.NotFoundException;

/** Turns every failure into {@code {"error", "message"}} with a fitting status; internals never leak. */
public final class ApiExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class.getName());

    private ApiExceptionMappers() {
    }

    static Response error(int status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ErrorBody(code, message)).build();
    }

    /** Business rules: the message is written for people. */
    @Provider
    public static class Business implements ExceptionMapper<BusinessException> {
        @Override
        public Response toResponse(BusinessException e) {
            int status;
            if (e instanceof NotFoundException) {
                status = 404;
            } else if (e instanceof ForbiddenException) {
                status = 403;
            } else if (e instanceof ConflictException) {
                status = 409;
            } else if (e instanceof InvalidInputException) {
                status = 400;
            } else {
                status = 422;
            }
            return error(status, e.getCode(), e.getMessage());
        }
    }

    /** JAX-RS's own answers (unknown path, wrong method, unreadable body). */
    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            String code = switch (status) {
                case 400 -> "bad_request";
                case 401 -> "unauthorized";
                case 403 -> "forbidden";
                case 404 -> "not_found";
                case 405 -> "method_not_allowed";
                case 406 -> "not_acceptable";
                case 415 -> "unsupported_media_type";
                default -> "error";
            };
            String message = switch (status) {
                case 404 -> "There is nothing at this address.";
                case 405 -> "This address does not accept that method.";
                case 415 -> "Send JSON (Content-Type: application/json).";
                case 400 -> "The request could not be read.";
                default -> "The request could not be handled.";
            };
            return error(status, code, message);
        }
    }

    /** Bugs: logged in full, answered without detail. */
    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        @Override
        public Response toResponse(RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof BusinessException)) {
                cause = cause.getCause();
            }
            if (cause instanceof BusinessException business) {
                return new Business().toResponse(business);
            }
            if (e instanceof WebApplicationException web) {
                return new Web().toResponse(web);
            }
            LOG.log(Level.SEVERE, "API request failed", e);
            return error(500, "internal", "Something went wrong on our side. It has been logged.");
        }
    }
}
