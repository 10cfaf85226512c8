package org.commonplace.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The expired-session page: shows back what the reader typed into the form that could not be sent, so nothing
 * typed is lost. Passwords and Faces' own fields are left out.
 */
@Named("expired")
@RequestScoped
public class ExpiredBacking {

    public record Typed(String field, String text) {
    }

    public List<Typed> getTyped() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        return params.entrySet().stream()
                .filter(e -> !e.getKey().startsWith("jakarta.faces.") && !e.getKey().startsWith("primefaces"))
                .filter(e -> !e.getKey().toLowerCase(Locale.ROOT).contains("password"))
                .filter(e -> e.getValue() != null && !e.getValue().isBlank() && !e.getKey().equals(e.getValue()))
                .map(e -> new Typed(e.getKey().substring(e.getKey().lastIndexOf(':') + 1), e.getValue()))
                .toList();
    }
}
