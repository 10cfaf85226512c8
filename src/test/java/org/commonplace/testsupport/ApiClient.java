package org.commonplace.testsupport;

import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** HTTP calls of client-side tests: requests as a demo user (HTTP Basic) or anonymously, answered as text. */
public final class ApiClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ApiClient() {
    }

    /** A request to a path of the deployed application, as {@code user} (demo password) or anonymous when null. */
    public static HttpRequest.Builder request(URL base, String path, String user) throws URISyntaxException {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.toURI().resolve(path));
        if (user != null) {
            b.header("Authorization", basicAuth(user));
        }
        return b;
    }

    public static String basicAuth(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + TestData.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    public static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
