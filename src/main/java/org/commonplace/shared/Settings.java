package org.commonplace.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deployment configuration, read through MicroProfile Config: system properties first, then environment
 * variables ({@code commonplace.mode} is also {@code COMMONPLACE_MODE}).
 */
@ApplicationScoped
public class Settings {

    /** How the instance runs: {@code demo} seeds demo accounts and logs mail; {@code production} does neither. */
    public enum Mode { DEMO, PRODUCTION }

    @Inject
    @ConfigProperty(name = "commonplace.mode", defaultValue = "demo")
    String mode;

    @Inject
    @ConfigProperty(name = "commonplace.admin.username", defaultValue = "admin")
    String adminUsername;

    @Inject
    @ConfigProperty(name = "commonplace.admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "commonplace.admin.email")
    Optional<String> adminEmail;

    @Inject
    @ConfigProperty(name = "commonplace.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    public Mode mode() {
        return "production".equalsIgnoreCase(mode.trim()) ? Mode.PRODUCTION : Mode.DEMO;
    }

    public boolean isDemo() {
        return mode() == Mode.DEMO;
    }

    public String adminUsername() {
        return adminUsername;
    }

    public Optional<String> adminPassword() {
        return adminPassword.filter(p -> !p.isBlank());
    }

    public Optional<String> adminEmail() {
        return adminEmail.filter(p -> !p.isBlank());
    }

    /** Absolute base for links that leave the site (mail, feeds), without a trailing slash. */
    public String baseUrl() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
