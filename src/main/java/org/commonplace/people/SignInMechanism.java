package org.commonplace.people;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * How a request comes to have a caller, in one place:
 * <ol>
 *   <li>An {@code Authorization} header (HTTP Basic for scripts, {@code Bearer} for API tokens) authenticates
 *       that request alone; no session is created. Bad credentials are marked on the request, and the API
 *       answers them with a JSON 401.</li>
 *   <li>A sign-in from the sign-in page ({@code SecurityContext.authenticate} with a password credential) is
 *       checked by {@link SignInService}; on success the session id is changed (no fixation), the account is
 *       remembered in the session, and the browser gets a device cookie.</li>
 *   <li>Otherwise a session that remembers an account restores it, as long as the account may still sign in
 *       and its credentials have not changed since.</li>
 *   <li>A protected page without a caller redirects to the sign-in page, which returns here afterwards.</li>
 * </ol>
 * Groups: {@code user} for every signed-in account, {@code admin} for site administrators. Space roles are
 * not container roles; {@code SpaceAccess} decides those.
 */
@ApplicationScoped
@DeclareRoles({SignInMechanism.USER, SignInMechanism.ADMIN})
public class SignInMechanism implements HttpAuthenticationMechanism {

    public static final String USER = "user";
    public static final String ADMIN = "admin";
    /** Request attribute the sign-in page reads to tell "wrong" from "throttled". */
    public static final String OUTCOME_ATTRIBUTE = "org.commonplace.signInOutcome";
    /** Request attribute set when an Authorization header was present but its credentials were not valid. */
    public static final String CREDENTIALS_REJECTED = "org.commonplace.credentialsRejected";
    static final String SESSION_ACCOUNT = "org.commonplace.accountId";
    public static final String SESSION_CREDENTIALS = "org.commonplace.credentialVersion";

    @Inject
    SignInService signIn;

    @Inject
    ApiTokenService apiTokens;

    @PersistenceContext
    EntityManager em;

    @Override
    @Transactional
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && !authorization.isBlank()) {
            return fromHeader(authorization, request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential password) {
            return fromSignInForm(password, request, response, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_ACCOUNT) instanceof Long accountId) {
            Account account = em.find(Account.class, accountId);
            if (account != null && account.canSignIn()
                    && Integer.valueOf(account.getCredentialVersion()).equals(session.getAttribute(SESSION_CREDENTIALS))) {
                return context.notifyContainerAboutLogin(account.getUsername(), groups(account));
            }
            session.invalidate();
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + "/login?continue=" + URLEncoder.encode(originalUrl(request), StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    private AuthenticationStatus fromSignInForm(UsernamePasswordCredential credential, HttpServletRequest request,
            HttpServletResponse response, HttpMessageContext context) {
        SignInService.Result result = signIn.signIn(credential.getCaller(), credential.getPasswordAsString(),
                request.getRemoteAddr(), cookie(request, DeviceCookies.NAME).orElse(null));
        request.setAttribute(OUTCOME_ATTRIBUTE, result.outcome());
        if (result.outcome() != SignInService.Outcome.SUCCESS) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        Account account = result.account();
        HttpSession existing = request.getSession(false);
        if (existing != null) {
            request.changeSessionId();
        }
        HttpSession session = request.getSession(true);
        session.setAttribute(SESSION_ACCOUNT, account.getId());
        session.setAttribute(SESSION_CREDENTIALS, account.getCredentialVersion());
        Cookie device = new Cookie(DeviceCookies.NAME, signIn.deviceCookieFor(account.getUsername()));
        device.setHttpOnly(true);
        device.setSecure(request.isSecure());
        device.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        device.setMaxAge(DeviceCookies.MAX_AGE_SECONDS);
        device.setAttribute("SameSite", "Lax");
        response.addCookie(device);
        return context.notifyContainerAboutLogin(account.getUsername(), groups(account));
    }

    private AuthenticationStatus fromHeader(String authorization, HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Optional<Account> account = Optional.empty();
        if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            account = apiTokens.authenticate(authorization.substring(7).trim());
        } else if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            account = basic(authorization.substring(6).trim(), request);
        }
        if (account.isPresent()) {
            return context.notifyContainerAboutLogin(account.get().getUsername(), groups(account.get()));
        }
        // The request goes on anonymously, marked; the API answers it with a JSON 401 (ApiAuthenticationFilter).
        request.setAttribute(CREDENTIALS_REJECTED, Boolean.TRUE);
        return context.doNothing();
    }

    private Optional<Account> basic(String encoded, HttpServletRequest request) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        SignInService.Result result = signIn.signInForApi(decoded.substring(0, colon), decoded.substring(colon + 1), request.getRemoteAddr());
        return Optional.ofNullable(result.account());
    }

    private static Set<String> groups(Account account) {
        Set<String> groups = new HashSet<>();
        groups.add(USER);
        if (account.isSiteAdmin()) {
            groups.add(ADMIN);
        }
        return groups;
    }

    private static Optional<String> cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie c : cookies) {
            if (name.equals(c.getName())) {
                return Optional.ofNullable(c.getValue());
            }
        }
        return Optional.empty();
    }

    private static String originalUrl(HttpServletRequest request) {
        String uri = (String) request.getAttribute("jakarta.servlet.forward.request_uri");
        String query = (String) request.getAttribute("jakarta.servlet.forward.query_string");
        if (uri == null) {
            uri = request.getRequestURI();
            query = request.getQueryString();
        }
        return query == null ? uri : uri + "?" + query;
    }
}
