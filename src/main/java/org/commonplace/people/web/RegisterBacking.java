package org.commonplace.people.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.commonplace.people.AccountService;
import org.commonplace.shared.BusinessException;
import org.commonplace.shared.SiteSettings;
import org.commonplace.web.Messages;

/** {@code /register}: creates an account (open registration, or with an invitation) and signs it in. */
@Named("register")
@RequestScoped
public class RegisterBacking {

    @Inject
    AccountService accounts;

    @Inject
    SiteSettings settings;

    @Inject
    SecurityContext securityContext;

    private String username;
    private String displayName;
    private String email;
    private String password;
    private String invitation;

    public boolean isOpen() {
        return settings.registrationOpen() || (invitation != null && !invitation.isBlank());
    }

    public void submit() throws IOException {
        try {
            accounts.register(new AccountService.Registration(username, displayName, email, password), invitation);
        } catch (BusinessException e) {
            Messages.show(e, "register");
            return;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        securityContext.authenticate((HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true).credential(new UsernamePasswordCredential(username, password)));
        Messages.info("register.done", username);
        external.redirect(external.getRequestContextPath() + "/");
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getInvitation() {
        return invitation;
    }

    public void setInvitation(String invitation) {
        this.invitation = invitation;
    }
}
