package org.commonplace.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Site-wide settings stored in the database: whether registration is open, and the secret that signs
 * device cookies (generated on first use, shared by every node).
 */
@ApplicationScoped
@Transactional
public class SiteSettings {

    public static final String REGISTRATION_OPEN = "registration.open";
    static final String SIGNING_SECRET = "secret.signing";

    @PersistenceContext
    EntityManager em;

    public boolean registrationOpen() {
        return find(REGISTRATION_OPEN).map(Boolean::parseBoolean).orElse(true);
    }

    public void setRegistrationOpen(boolean open) {
        put(REGISTRATION_OPEN, Boolean.toString(open));
    }

    /** A random secret for signing cookies; created once, then read. */
    public String signingSecret() {
        return find(SIGNING_SECRET).orElseGet(() -> {
            String secret = Tokens.random(32);
            put(SIGNING_SECRET, secret);
            return secret;
        });
    }

    public Optional<String> find(String name) {
        return Optional.ofNullable(em.find(SiteSetting.class, name)).map(SiteSetting::getValue);
    }

    public void put(String name, String value) {
        SiteSetting existing = em.find(SiteSetting.class, name);
        if (existing == null) {
            em.persist(new SiteSetting(name, value));
        } else {
            existing.change(value);
        }
    }
}
