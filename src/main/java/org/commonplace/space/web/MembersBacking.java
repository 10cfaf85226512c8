package org.commonplace.space.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.commonplace.people.Invitation;
import org.commonplace.people.InvitationService;
import org.commonplace.shared.BusinessException;
import org.commonplace.shared.PageRequest;
import org.commonplace.shared.Paged;
import org.commonplace.space.CurrentViewer;
import org.commonplace.space.EditPolicy;
import org.commonplace.space.Membership;
import org.commonplace.space.Role;
import org.commonplace.space.Space;
import org.commonplace.space.SpaceService;
import org.commonplace.web.Messages;
import org.omnifaces.util.Faces;

/** {@code /s/{space}/members}: members, their roles, and invitations, for the space's administrators. */
@Named("members")
@ViewScoped
public class MembersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SpaceService spaces;

    @Inject
    InvitationService invitations;

    @Inject
    CurrentViewer viewer;

    private String slug;
    private Integer page;
    private transient Space space;
    private transient Paged<Membership> memberPage;
    private transient List<Invitation> pending;
    private transient List<org.commonplace.audit.AuditEntry> auditEntries;

    private String inviteEmail;
    private Role inviteRole = Role.MEMBER;
    private int inviteDays = 14;
    private String createdLink;
    private EditPolicy editPolicy;
    private Boolean termMarking;

    public void load() {
        space = spaces.get(viewer.get(), slug);
        memberPage = spaces.members(viewer.get(), slug, new PageRequest(page == null ? 1 : page, 50));
        pending = invitations.pending(viewer.get(), slug);
        auditEntries = spaces.auditLog(viewer.get(), slug, new PageRequest(1, 30)).items();
        if (editPolicy == null) {
            editPolicy = space.getEditPolicy();
        }
        if (termMarking == null) {
            termMarking = space.isTermMarking();
        }
    }

    public String saveEditPolicy() {
        try {
            spaces.changeEditPolicy(viewer.get(), slug, editPolicy);
            Messages.info("members.policySaved");
        } catch (BusinessException e) {
            Messages.show(e, null);
        }
        return redirect();
    }

    /** Phrasebook terms marked in this space's pages and posts, or not. */
    public String saveTermMarking() {
        try {
            spaces.changeTermMarking(viewer.get(), slug, Boolean.TRUE.equals(termMarking));
            org.commonplace.phrasebook.web.PhraseMessages.info(Boolean.TRUE.equals(termMarking) ? "settings.markingOn" : "settings.markingOff");
        } catch (BusinessException e) {
            Messages.show(e, null);
        }
        return redirect();
    }

    public Boolean getTermMarking() {
        return termMarking;
    }

    public void setTermMarking(Boolean termMarking) {
        this.termMarking = termMarking;
    }

    public EditPolicy[] getEditPolicies() {
        return EditPolicy.values();
    }

    public EditPolicy getEditPolicy() {
        return editPolicy;
    }

    public void setEditPolicy(EditPolicy editPolicy) {
        this.editPolicy = editPolicy;
    }

    public String changeRole(long membershipId, Role role) {
        try {
            spaces.changeRole(viewer.get(), slug, membershipId, role);
            Messages.info("members.roleChanged");
        } catch (BusinessException e) {
            Messages.show(e, null);
        }
        return redirect();
    }

    public String remove(long membershipId) {
        try {
            spaces.removeMember(viewer.get(), slug, membershipId);
            Messages.info("members.removed");
        } catch (BusinessException e) {
            Messages.show(e, null);
        }
        return redirect();
    }

    public void invite() {
        try {
            InvitationService.Created created = invitations.invite(viewer.get(), slug, inviteEmail, inviteRole, inviteDays);
            createdLink = created.link();
            if (inviteEmail != null && !inviteEmail.isBlank()) {
                Messages.info("invite.mailed", inviteEmail.trim());
            }
            inviteEmail = null;
            load();
        } catch (BusinessException e) {
            Messages.show(e, "invite");
        }
    }

    public String revoke(long invitationId) {
        try {
            invitations.revoke(viewer.get(), slug, invitationId);
            Messages.info("invite.revoked");
        } catch (BusinessException e) {
            Messages.show(e, null);
        }
        return redirect();
    }

    private String redirect() {
        Faces.redirect("s/%s/members", slug);
        return null;
    }

    public List<org.commonplace.audit.AuditEntry> getAuditEntries() {
        return auditEntries;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public Space getSpace() {
        return space;
    }

    public Paged<Membership> getMemberPage() {
        return memberPage;
    }

    public List<Invitation> getPending() {
        return pending;
    }

    public String getCreatedLink() {
        return createdLink;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    public String getInviteEmail() {
        return inviteEmail;
    }

    public void setInviteEmail(String inviteEmail) {
        this.inviteEmail = inviteEmail;
    }

    public Role getInviteRole() {
        return inviteRole;
    }

    public void setInviteRole(Role inviteRole) {
        this.inviteRole = inviteRole;
    }

    public int getInviteDays() {
        return inviteDays;
    }

    public void setInviteDays(int inviteDays) {
        this.inviteDays = inviteDays;
    }
}
