package org.commonplace.people.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.commonplace.people.SignInMechanism;
import org.commonplace.people.SignInService;
import org.commonplace.web.Messages;

/** {@code /login}: hands the credentials to Jakarta Security, then returns the reader where they were going. */
@Named("login")
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext securityContext;

    private String username;
    private String password;
    private String continueTo;

    public void signIn() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username == null ? "" : username, password == null ? "" : password)));
        password = null;
        switch (status) {
            case SUCCESS -> external.redirect(external.getRequestContextPath() + SafeRedirects.local(continueTo));
            case SEND_CONTINUE -> context.responseComplete();
            default -> Messages.error(null, Messages.text(
                    request.getAttribute(SignInMechanism.OUTCOME_ATTRIBUTE) == SignInService.Outcome.THROTTLED ? "login.throttled" : "login.failed"));
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getContinueTo() {
        return continueTo;
    }

    public void setContinueTo(String continueTo) {
        this.continueTo = continueTo;
    }
}
