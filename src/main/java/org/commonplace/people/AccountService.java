package org.commonplace.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.commonplace.shared.ConflictException;
import org.commonplace.shared.ForbiddenException;
import org.commonplace.shared.InvalidInputException;
import org.commonplace.shared.NotFoundException;
import org.commonplace.shared.SiteSettings;
import org.commonplace.shared.Tags;
import org.commonplace.space.Viewer;

/** Accounts: registration, password changes, profiles, look-ups. */
@ApplicationScoped
@Transactional
public class AccountService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SiteSettings siteSettings;

    @Inject
    InvitationService invitations;

    private final PasswordHasher hasher = new PasswordHasher();

    /** What a person fills in to register. */
    public record Registration(String username, String displayName, String email, String password) {
    }

    /**
     * Registers an account. With registration closed, only a valid invitation token admits (and the new
     * account joins the invitation's space at once).
     */
    public Account register(Registration form, String invitationToken) {
        boolean invited = invitationToken != null && !invitationToken.isBlank();
        if (!invited && !siteSettings.registrationOpen()) {
            throw new ForbiddenException("Registration is by invitation only on this site.");
        }
        if (invited) {
            invitations.requirePending(invitationToken);
        }
        Account account = create(form.username(), form.displayName(), form.email(), form.password());
        if (invited) {
            invitations.accept(account, invitationToken);
        }
        return account;
    }

    /** Creates an active account with a password (registration, seed, first admin). */
    public Account create(String username, String displayName, String email, String password) {
        String name = Account.requireUsername(username);
        requireAcceptablePassword(password, name);
        if (findByUsername(name).isPresent()) {
            throw new ConflictException("The username \"" + name + "\" is taken. Try another.");
        }
        if (email != null && !email.isBlank() && findByEmail(email).isPresent()) {
            throw new ConflictException("That e-mail address belongs to another account.");
        }
        Account account = new Account(name, displayName == null || displayName.isBlank() ? name : displayName, email,
                AccountStatus.ACTIVE, clock.instant());
        account.changePasswordHash(hasher.hash(password));
        em.persist(account);
        return account;
    }

    public void changePassword(Viewer viewer, String currentPassword, String newPassword) {
        Account account = get(viewer);
        if (!hasher.verify(currentPassword, account.getPasswordHash())) {
            throw new InvalidInputException("currentPassword", "Your current password is not right.");
        }
        requireAcceptablePassword(newPassword, account.getUsername());
        account.changePasswordHash(hasher.hash(newPassword));
    }

    /**
     * What the account holder fills in on the account page: expertise as comma-separated tags, links one per line.
     */
    public record ProfileForm(String displayName, String email, String organisation, String expertise, String bio, String links,
            boolean consulting, String consultingTerms) {
    }

    /** The signed-in viewer's profile as the account form shows it (tags comma-separated, links one per line). */
    public ProfileForm profileForm(Viewer viewer) {
        Account a = get(viewer);
        return new ProfileForm(a.getDisplayName(), a.getEmail(), a.getOrganisation(), Tags.join(a.getExpertise()), a.getBio(),
                String.join("\n", a.getLinks()), a.isConsulting(), a.getConsultingTerms());
    }

    public Account updateProfile(Viewer viewer, ProfileForm form) {
        Account account = get(viewer);
        String email = form.email();
        if (email != null && !email.isBlank()) {
            findByEmail(email).filter(other -> !other.equals(account)).ifPresent(other -> {
                throw new ConflictException("That e-mail address belongs to another account.");
            });
        }
        account.rename(form.displayName());
        account.changeEmail(email);
        account.updateProfile(form.organisation(), Tags.parse(form.expertise(), Account.EXPERTISE_TAGS_MAX, "expertise", "Expertise"),
                form.bio(), form.links() == null ? List.of() : List.of(form.links().split("\\R")), form.consulting(),
                form.consultingTerms(), clock.instant());
        return account;
    }

    public Optional<Account> findByUsername(String username) {
        return em.createQuery("select a from Account a where a.usernameKey = :k", Account.class)
                .setParameter("k", Account.key(username)).getResultStream().findFirst();
    }

    public Optional<Account> findByEmail(String email) {
        return em.createQuery("select a from Account a where a.emailKey = :k", Account.class)
                .setParameter("k", Account.emailKey(email)).getResultStream().findFirst();
    }

    /** The signed-in viewer's own account. */
    public Account get(Viewer viewer) {
        if (!viewer.signedIn()) {
            throw new ForbiddenException("Sign in first.");
        }
        Account account = em.find(Account.class, viewer.accountId());
        if (account == null) {
            throw new NotFoundException("There is no such account.");
        }
        return account;
    }

    static void requireAcceptablePassword(String password, String username) {
        if (password == null || password.length() < PasswordHasher.MIN_PASSWORD) {
            throw new InvalidInputException("password", "A password has at least " + PasswordHasher.MIN_PASSWORD + " characters.");
        }
        if (password.length() > PasswordHasher.MAX_PASSWORD) {
            throw new InvalidInputException("password", "A password has at most " + PasswordHasher.MAX_PASSWORD + " characters.");
        }
        if (password.equalsIgnoreCase(username)) {
            throw new InvalidInputException("password", "A password must not be the username.");
        }
    }
}
