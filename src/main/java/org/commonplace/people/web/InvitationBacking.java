package org.commonplace.people.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import org.commonplace.people.AccountService;
import org.commonplace.people.Invitation;
import org.commonplace.people.InvitationService;
import org.commonplace.shared.BusinessException;
import org.commonplace.space.CurrentViewer;
import org.commonplace.space.Space;
import org.commonplace.web.Messages;
import org.omnifaces.util.Faces;

/** {@code /invite/{token}}: what the invitation offers, and accepting it (signed in) or registering with it. */
@Named("invitation")
@RequestScoped
public class InvitationBacking {

    @Inject
    InvitationService invitations;

    @Inject
    AccountService accounts;

    @Inject
    CurrentViewer viewer;

    @Inject
    Clock clock;

    private String token;
    private Invitation invitation;
    private String problem;

    public void load() {
        invitation = invitations.byToken(token);
        try {
            invitation.requireAcceptable(clock.instant());
        } catch (BusinessException e) {
            problem = e.getMessage();
        }
    }

    public void accept() {
        try {
            Space space = invitations.accept(accounts.get(viewer.get()), token);
            Messages.info("invitation.accepted", space.getName());
            Faces.redirect("s/%s", space.getSlug());
        } catch (BusinessException e) {
            Messages.show(e, null);
        }
    }

    public Invitation getInvitation() {
        return invitation;
    }

    public String getProblem() {
        return problem;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
