package org.commonplace.people.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.commonplace.people.AccountService;
import org.commonplace.people.ApiToken;
import org.commonplace.people.ApiTokenService;
import org.commonplace.shared.BusinessException;
import org.commonplace.space.CurrentViewer;
import org.commonplace.web.Messages;
import org.omnifaces.util.Faces;

/** {@code /account}: the signed-in person's profile, password and API tokens. */
@Named("account")
@ViewScoped
public class AccountBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    @Inject
    ApiTokenService tokens;

    @Inject
    CurrentViewer viewer;

    private String displayName;
    private String email;
    private String organisation;
    private String expertise;
    private String bio;
    private String links;
    private boolean consulting;
    private String consultingTerms;
    private String currentPassword;
    private String newPassword;
    private String tokenName;
    private String createdToken;
    private transient List<ApiToken> tokenList;

    public void load() {
        AccountService.ProfileForm p = accounts.profileForm(viewer.get());
        displayName = p.displayName();
        email = p.email();
        organisation = p.organisation();
        expertise = p.expertise();
        bio = p.bio();
        links = p.links();
        consulting = p.consulting();
        consultingTerms = p.consultingTerms();
    }

    public void saveProfile() {
        try {
            accounts.updateProfile(viewer.get(), new AccountService.ProfileForm(displayName, email, organisation, expertise, bio, links,
                    consulting, consultingTerms));
            Messages.info("account.saved");
            Faces.redirect("account");
        } catch (BusinessException e) {
            Messages.show(e, "profile");
        }
    }

    public void changePassword() {
        try {
            accounts.changePassword(viewer.get(), currentPassword, newPassword);
            Faces.getSession().setAttribute(org.commonplace.people.SignInMechanism.SESSION_CREDENTIALS, accounts.get(viewer.get()).getCredentialVersion());
            Messages.info("account.passwordChanged");
            Faces.redirect("account");
        } catch (BusinessException e) {
            Messages.show(e, "password");
        } finally {
            currentPassword = null;
            newPassword = null;
        }
    }

    public void createToken() {
        try {
            createdToken = tokens.create(viewer.get(), tokenName).secret();
            tokenName = null;
            tokenList = null;
        } catch (BusinessException e) {
            Messages.show(e, "tokens");
        }
    }

    public void revokeToken(long id) {
        tokens.revoke(viewer.get(), id);
        Messages.info("account.tokenRevokedMsg");
        Faces.redirect("account");
    }

    public List<ApiToken> getTokens() {
        if (tokenList == null) {
            tokenList = tokens.list(viewer.get());
        }
        return tokenList;
    }

    public String getCreatedToken() {
        return createdToken;
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

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getExpertise() {
        return expertise;
    }

    public void setExpertise(String expertise) {
        this.expertise = expertise;
    }

    public String getBio() {
        return bio;
    }

    public void setBio(String bio) {
        this.bio = bio;
    }

    public String getLinks() {
        return links;
    }

    public void setLinks(String links) {
        this.links = links;
    }

    public boolean isConsulting() {
        return consulting;
    }

    public void setConsulting(boolean consulting) {
        this.consulting = consulting;
    }

    public String getConsultingTerms() {
        return consultingTerms;
    }

    public void setConsultingTerms(String consultingTerms) {
        this.consultingTerms = consultingTerms;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getTokenName() {
        return tokenName;
    }

    public void setTokenName(String tokenName) {
        this.tokenName = tokenName;
    }
}
