package org.commonplace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonplace.testsupport.Deployments;
import org.commonplace.testsupport.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The application over HTTP as a browser or a script sees it: access on every channel, headers, sign-in. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.toURI().resolve(path));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + TestData.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anonymousApiListsPublicSpacesOnlyAndTheAdminSeesAll() throws Exception {
        HttpResponse<String> anonymous = get("/api/v1/spaces", null);
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(anonymous.body()).contains("\"slug\":\"commons\"").doesNotContain("MEMBERS").doesNotContain("INVITE_ONLY");
        // Other tests add spaces; ask for the largest page so the seeded ones are on it.
        assertThat(get("/api/v1/spaces?size=100", "ada").body()).contains("\"slug\":\"stewards\"").contains("\"slug\":\"members-lounge\"");
        assertThat(get("/api/v1/spaces?size=100", "otto").body()).contains("members-lounge").doesNotContain("stewards");
        assertThat(get("/api/v1/spaces/stewards", "ada").statusCode()).isEqualTo(200);
    }

    @Test
    void anInviteOnlySpaceAnswers404ToOutsidersOnEveryChannel() throws Exception {
        for (String who : new String[] {null, "otto"}) {
            HttpResponse<String> page = get("/s/stewards", who);
            assertThat(page.statusCode()).as("page for " + who).isEqualTo(404);
            assertThat(page.body()).doesNotContain("Stewards");
            HttpResponse<String> missing = get("/s/no-such-space-" + TestData.unique(), who);
            assertThat(missing.statusCode()).isEqualTo(404);
            HttpResponse<String> api = get("/api/v1/spaces/stewards", who);
            assertThat(api.statusCode()).isEqualTo(404);
            assertThat(api.body()).isEqualTo(get("/api/v1/spaces/no-such-space", who).body());
            assertThat(get("/", who).body()).doesNotContain("/s/stewards");
            assertThat(get("/search?q=stewards", who).body()).doesNotContain("/s/stewards");
            assertThat(get("/s/stewards/members", who).statusCode()).isEqualTo(404);
        }
        assertThat(get("/s/stewards", "mia").statusCode()).isEqualTo(200);
        assertThat(get("/search?q=stewards", "mia").body()).contains("/s/stewards");
        assertThat(get("/s/members-lounge", null).statusCode()).isEqualTo(404);
        assertThat(get("/s/members-lounge", "otto").statusCode()).isEqualTo(200);
        assertThat(get("/s/commons", null).statusCode()).isEqualTo(200);
    }

    @Test
    void theSeededToolkitPagesRenderWithWorkingLinksAndTheCircleIsHidden() throws Exception {
        for (String slug : new String[] {"welcome", "engage", "inform", "collaborate", "worldview", "roles", "getting-started",
                "participating-well", "decision-making", "expert-help", "case-study-template", "case-study-library-network",
                "case-study-housing-coop"}) {
            HttpResponse<String> page = get("/s/toolkit/wiki/" + slug, null);
            assertThat(page.statusCode()).as(slug).isEqualTo(200);
            assertThat(page.body()).as(slug).contains("<h2").contains("href=\"/s/toolkit/wiki/").doesNotContain("wikilink-missing");
        }
        assertThat(get("/s/toolkit/wiki/expert-help", null).body()).contains("href=\"/people\"").contains("href=\"/communities\"");
        assertThat(get("/s/toolkit/wiki/case-study-housing-coop", null).body()).contains("<em>Example content");
        assertThat(get("/s/toolkit/forum/ask", null).statusCode()).isEqualTo(200);
        assertThat(get("/s/toolkit/forum/tools", null).body()).contains("Wiki or community network for a community of practice?");
        for (String who : new String[] {null, "otto", "tomas"}) {
            assertThat(get("/s/circle", who).statusCode()).as("circle for " + who).isEqualTo(404);
            assertThat(get("/s/circle/wiki/circle-agreements", who).statusCode()).as("circle page for " + who).isEqualTo(404);
            assertThat(get("/search?q=round+table", who).body()).doesNotContain("/s/circle");
        }
        assertThat(get("/s/circle/wiki/circle-agreements", "priya").statusCode()).isEqualTo(200);
        assertThat(get("/s/circle/forum/round-table", "priya").body()).contains("Projects we would run differently now");
    }

    @Test
    void membersPageIsForSpaceAdministratorsOnly() throws Exception {
        assertThat(get("/s/stewards/members", "ada").statusCode()).isEqualTo(200);
        assertThat(get("/s/stewards/members", "mia").statusCode()).isEqualTo(403);
    }

    @Test
    void securityHeadersAreOnPagesErrorPagesAndApiAnswers() throws Exception {
        for (String path : new String[] {"/", "/s/no-such-space", "/api/v1/spaces", "/api/v1/nothing-here", "/login"}) {
            HttpResponse<String> r = get(path, null);
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp ->
                    assertThat(csp).contains("default-src 'self'").contains("frame-ancestors 'none'").contains("object-src 'none'"));
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(path).isPresent();
        }
        HttpResponse<String> apiMissing = get("/api/v1/nothing-here", null);
        assertThat(apiMissing.statusCode()).isEqualTo(404);
        assertThat(apiMissing.body()).contains("\"error\":\"not_found\"");
    }

    @Test
    void badApiCredentialsGetAJson401() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.toURI().resolve("/api/v1/spaces"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("mia:wrong-password".getBytes())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).contains("\"error\":\"unauthorized\"");
        assertThat(r.headers().firstValue("WWW-Authenticate")).isPresent();
    }

    @Test
    void theSessionIdChangesAtSignInAndTheAccountPageNeedsIt() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> account = browser.send(HttpRequest.newBuilder(base.toURI().resolve("/account")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(account.statusCode()).isEqualTo(302);
        assertThat(account.headers().firstValue("Location").orElse("")).contains("/login?continue=");

        HttpResponse<String> form = browser.send(HttpRequest.newBuilder(base.toURI().resolve("/login")).build(), HttpResponse.BodyHandlers.ofString());
        String before = sessionId(cookies);
        assertThat(before).isNotNull();
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
        assertThat(viewState.find()).isTrue();
        String body = "login=login&login%3Ausername=mia&login%3Apassword=" + TestData.DEMO_PASSWORD
                + "&login%3Asubmit=Sign+in&jakarta.faces.ViewState=" + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(base.toURI().resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        String after = sessionId(cookies);
        assertThat(after).isNotNull().isNotEqualTo(before);
        assertThat(cookies.getCookieStore().getCookies()).extracting(HttpCookie::getName).contains("cp_device");

        HttpResponse<String> home = browser.send(HttpRequest.newBuilder(base.toURI().resolve("/account")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Mia Lindqvist");
    }

    @Test
    void aWrongPasswordOnTheFormSaysTheSameAsAnUnknownUser() throws Exception {
        String wrong = signInAttempt("mia", "not-the-password");
        String unknown = signInAttempt("nobody" + TestData.unique(), "not-the-password");
        assertThat(wrong).contains("do not match");
        assertThat(unknown).contains("do not match");
    }

    private String signInAttempt(String user, String password) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> form = browser.send(HttpRequest.newBuilder(base.toURI().resolve("/login")).build(), HttpResponse.BodyHandlers.ofString());
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
        assertThat(viewState.find()).isTrue();
        String body = "login=login&login%3Ausername=" + user + "&login%3Apassword=" + password
                + "&login%3Asubmit=Sign+in&jakarta.faces.ViewState=" + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
        return browser.send(HttpRequest.newBuilder(base.toURI().resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String sessionId(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).reduce((a, b) -> b).orElse(null);
    }
}
