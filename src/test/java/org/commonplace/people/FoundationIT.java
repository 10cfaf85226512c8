package org.commonplace.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.commonplace.audit.AuditEntry;
import org.commonplace.audit.AuditLog;
import org.commonplace.seed.SeedContent;
import org.commonplace.seed.SeedReader;
import org.commonplace.seed.SeedService;
import org.commonplace.shared.ConflictException;
import org.commonplace.shared.ForbiddenException;
import org.commonplace.shared.NotFoundException;
import org.commonplace.shared.PageRequest;
import org.commonplace.space.Role;
import org.commonplace.space.Space;
import org.commonplace.space.SpaceService;
import org.commonplace.space.Viewer;
import org.commonplace.space.Viewers;
import org.commonplace.space.Visibility;
import org.commonplace.testsupport.Deployments;
import org.commonplace.testsupport.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Services against the real database inside the server: seed, accounts, sign-in, invitations, tokens. */
@ExtendWith(ArquillianExtension.class)
class FoundationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(FoundationIT.class);
    }

    @Inject
    SeedService seeds;

    @Inject
    AccountService accounts;

    @Inject
    SignInService signIn;

    @Inject
    SpaceService spaces;

    @Inject
    InvitationService invitations;

    @Inject
    ApiTokenService tokens;

    @Inject
    Viewers viewers;

    @Inject
    AuditLog audit;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction tx;

    private Viewer admin() {
        return viewers.byUsername("ada").orElseThrow();
    }

    private long count(String entity) {
        return em.createQuery("select count(e) from " + entity + " e", Long.class).getSingleResult();
    }

    @Test
    void applyingTheSeedAgainChangesNothing() {
        SeedContent seed = SeedReader.readPackaged(true);
        long spacesBefore = count("Space");
        long accountsBefore = count("Account");
        long membershipsBefore = count("Membership");
        SeedService.Report again = seeds.apply(seed);
        assertThat(again.applied()).isZero();
        assertThat(again.skipped()).isGreaterThanOrEqualTo(seed.spaces().size() + seed.demoAccounts().size());
        assertThat(count("Space")).isEqualTo(spacesBefore);
        assertThat(count("Account")).isEqualTo(accountsBefore);
        assertThat(count("Membership")).isEqualTo(membershipsBefore);
    }

    @Test
    void storedPasswordHashesArePbkdf2WithAtLeast600000Iterations() {
        String hash = accounts.findByUsername("mia").orElseThrow().getPasswordHash();
        assertThat(hash).startsWith("pbkdf2-sha256$");
        assertThat(PasswordHasher.iterationsOf(hash)).isGreaterThanOrEqualTo(600_000);
    }

    @Test
    void unknownUserAndWrongPasswordFailAlike() {
        assertThat(signIn.signIn("nobody-" + TestData.unique(), "whatever-password", "10.9.0.1", null).outcome())
                .isEqualTo(SignInService.Outcome.FAILED);
        assertThat(signIn.signIn("mia", "wrong-password", "10.9.0.2", null).outcome())
                .isEqualTo(SignInService.Outcome.FAILED);
        assertThat(signIn.signIn("mia", TestData.DEMO_PASSWORD, "10.9.0.3", null).outcome())
                .isEqualTo(SignInService.Outcome.SUCCESS);
    }

    /** Records failures as earlier attempts would have (each real attempt costs a full PBKDF2 run). */
    private void recordFailures(String username, String addressPrefix, int n, boolean trusted) throws Exception {
        tx.begin();
        java.time.Instant now = java.time.Instant.now();
        for (int i = 0; i < n; i++) {
            em.persist(new SignInFailure(Account.key(username), addressPrefix + (i % 250), trusted, now.minusSeconds(i)));
        }
        tx.commit();
    }

    private long failuresFor(String username) {
        return em.createQuery("select count(f) from SignInFailure f where f.usernameKey = :k", Long.class)
                .setParameter("k", Account.key(username)).getSingleResult();
    }

    @Test
    void aFailedSignInIsRecorded() {
        String name = "rec" + TestData.unique();
        accounts.create(name, "Record Test", null, "right-password-1");
        signIn.signIn(name, "wrong-password", "10.5.0.1", null);
        assertThat(failuresFor(name)).isEqualTo(1);
    }

    @Test
    void failedSignInsAreThrottledPerUsernameButNotForTheOwnersTrustedBrowser() throws Exception {
        String name = "thr" + TestData.unique();
        accounts.create(name, "Throttle Test", null, "right-password-1");
        recordFailures(name, "10.8.1.", SignInThrottle.PER_USERNAME, false);
        // Even the right password is not checked from an untrusted browser now.
        assertThat(signIn.signIn(name, "right-password-1", "10.7.0.1", null).outcome()).isEqualTo(SignInService.Outcome.THROTTLED);
        // The owner's browser, which signed in before, still gets in.
        String device = signIn.deviceCookieFor(name);
        assertThat(signIn.signIn(name, "right-password-1", "10.7.0.2", device).outcome()).isEqualTo(SignInService.Outcome.SUCCESS);
    }

    @Test
    void failedSignInsAreThrottledPerAddress() throws Exception {
        String address = "10.6." + (System.nanoTime() % 200) + ".9";
        tx.begin();
        for (int i = 0; i < SignInThrottle.PER_ADDRESS; i++) {
            em.persist(new SignInFailure("spray" + i, address, false, java.time.Instant.now()));
        }
        tx.commit();
        assertThat(signIn.signIn("mia", TestData.DEMO_PASSWORD, address, null).outcome()).isEqualTo(SignInService.Outcome.THROTTLED);
        assertThat(signIn.signIn("mia", TestData.DEMO_PASSWORD, "10.6.250.1", null).outcome()).isEqualTo(SignInService.Outcome.SUCCESS);
    }

    @Test
    void anInvitationAdmitsOnceAndIsRecorded() {
        String slug = "inv-" + TestData.unique();
        spaces.create(admin(), slug, "Invitation test", "", Visibility.INVITE_ONLY);
        spaces.admit(spaces.findBySlug(slug).orElseThrow(), accounts.findByUsername("ada").orElseThrow(), Role.ADMIN);
        InvitationService.Created created = invitations.invite(admin(), slug, null, Role.EDITOR, 7);
        String token = created.link().substring(created.link().lastIndexOf('/') + 1);

        Account newcomer = accounts.create("new" + TestData.unique(), "Newcomer", null, "newcomer-password");
        Viewer before = viewers.of(newcomer);
        assertThatThrownBy(() -> spaces.get(before, slug)).isInstanceOf(NotFoundException.class);

        invitations.accept(newcomer, token);
        assertThat(viewers.of(newcomer).roleIn(spaces.findBySlug(slug).orElseThrow().getId())).contains(Role.EDITOR);
        Account second = accounts.create("sec" + TestData.unique(), "Second", null, "second-password");
        assertThatThrownBy(() -> invitations.accept(second, token)).isInstanceOf(ConflictException.class);

        Space space = spaces.findBySlug(slug).orElseThrow();
        assertThat(audit.list(space.getId(), new PageRequest(1, 50)).items()).extracting(AuditEntry::getAction)
                .contains("space.create", "invitation.create", "invitation.accept");
    }

    @Test
    void aRevokedInvitationCannotBeUsedAndOutsidersCannotInvite() {
        String slug = "rev-" + TestData.unique();
        spaces.create(admin(), slug, "Revocation test", "", Visibility.PUBLIC);
        InvitationService.Created created = invitations.invite(admin(), slug, "someone@example.org", Role.MEMBER, 3);
        invitations.revoke(admin(), slug, created.invitation().getId());
        String token = created.link().substring(created.link().lastIndexOf('/') + 1);
        Account a = accounts.create("rv" + TestData.unique(), "R", null, "revoked-password");
        assertThatThrownBy(() -> invitations.accept(a, token)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> invitations.invite(viewers.byUsername("otto").orElseThrow(), slug, null, Role.ADMIN, 3))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void spaceAdminsChangeRolesButNeverRemoveTheLastAdmin() {
        String slug = "roles-" + TestData.unique();
        spaces.create(admin(), slug, "Roles test", "", Visibility.MEMBERS);
        Space space = spaces.findBySlug(slug).orElseThrow();
        Account owner = accounts.create("own" + TestData.unique(), "Owner", null, "owner-password");
        Account helper = accounts.create("hlp" + TestData.unique(), "Helper", null, "helper-password");
        long ownerMembership = spaces.admit(space, owner, Role.ADMIN).getId();
        long helperMembership = spaces.admit(space, helper, Role.MEMBER).getId();
        Viewer ownerViewer = viewers.of(owner);

        spaces.changeRole(ownerViewer, slug, helperMembership, Role.MODERATOR);
        assertThat(viewers.of(helper).roleIn(space.getId())).contains(Role.MODERATOR);
        assertThatThrownBy(() -> spaces.removeMember(ownerViewer, slug, ownerMembership)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> spaces.changeRole(viewers.of(helper), slug, ownerMembership, Role.MEMBER)).isInstanceOf(ForbiddenException.class);
        spaces.removeMember(ownerViewer, slug, helperMembership);
        assertThat(viewers.of(helper).roleIn(space.getId())).isEmpty();
        assertThat(audit.list(space.getId(), new PageRequest(1, 50)).items()).extracting(AuditEntry::getAction)
                .contains("member.role", "member.remove");
    }

    @Test
    void bearerTokensAuthenticateUntilRevokedAndAreStoredHashed() throws Exception {
        Viewer mia = viewers.byUsername("mia").orElseThrow();
        ApiTokenService.Created created = tokens.create(mia, "it token " + TestData.unique());
        String stored = em.createQuery("select t.tokenHash from ApiToken t where t.id = :id", String.class)
                .setParameter("id", created.token().getId()).getSingleResult();
        assertThat(stored).isNotEqualTo(created.secret()).hasSize(64);

        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(TestData.serverBaseUrl() + "/api/v1/spaces/stewards"))
                .header("Authorization", "Bearer " + created.secret()).build();
        assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

        tokens.revoke(mia, created.token().getId());
        HttpResponse<String> after = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(after.statusCode()).isEqualTo(401);
        assertThat(after.body()).contains("\"error\":\"unauthorized\"");
    }

    @Test
    void changingThePasswordEndsCachedApiCredentials() throws Exception {
        String name = "pw" + TestData.unique();
        accounts.create(name, "Password Changer", null, "first-password-1");
        HttpClient http = HttpClient.newHttpClient();
        java.util.function.Function<String, Integer> call = password -> {
            try {
                String basic = java.util.Base64.getEncoder().encodeToString((name + ":" + password).getBytes());
                return http.send(HttpRequest.newBuilder(URI.create(TestData.serverBaseUrl() + "/api/v1/spaces/members-lounge"))
                        .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        assertThat(call.apply("first-password-1")).isEqualTo(200);
        assertThat(call.apply("first-password-1")).isEqualTo(200);
        accounts.changePassword(viewers.byUsername(name).orElseThrow(), "first-password-1", "second-password-2");
        assertThat(call.apply("first-password-1")).isEqualTo(401);
        assertThat(call.apply("second-password-2")).isEqualTo(200);
    }
}
