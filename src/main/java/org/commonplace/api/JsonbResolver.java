package org.commonplace.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every request and response of the API. Without it, RESTEasy builds a new one per response,
 * and building one looks its provider up through the service loader across the server's modules, then introspects the
 * answer's classes again (measured: about 5% of a search request's CPU time). A {@link Jsonb} is thread-safe and
 * keeps what it learned about each class.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class JsonbResolver implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
