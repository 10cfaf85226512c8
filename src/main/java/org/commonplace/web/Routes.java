package org.commonplace.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the public URLs of design.md ({@code /s/{space}}, {@code /login}, ...) to their Facelets views by a
 * server-side forward, passing path segments as request parameters the views read with {@code f:viewParam}.
 * {@link PrettyUrlViewHandler} makes forms on those views post back to the same public URL.
 */
@WebFilter(filterName = "routes", urlPatterns = "/*")
public class Routes extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private record Route(Pattern pattern, String view, String... params) {
    }

    private static final List<Route> ROUTES = List.of(
            new Route(Pattern.compile("/login"), "/people/login.xhtml"),
            new Route(Pattern.compile("/logout"), "/people/logout.xhtml"),
            new Route(Pattern.compile("/register"), "/people/register.xhtml"),
            new Route(Pattern.compile("/account"), "/people/account.xhtml"),
            new Route(Pattern.compile("/invite/([A-Za-z0-9_-]{1,100})"), "/people/invitation.xhtml", "token"),
            new Route(Pattern.compile("/search"), "/search.xhtml"),
            new Route(Pattern.compile("/admin"), "/site/admin.xhtml"),
            new Route(Pattern.compile("/admin/search"), "/site/search-index.xhtml"),
            new Route(Pattern.compile("/admin/imports"), "/site/imports.xhtml"),
            new Route(Pattern.compile("/notifications"), "/notify/notifications.xhtml"),
            // the views live in /phrases/: a WAR folder named like the public URL would be redirected to "/phrasebook/" first
            new Route(Pattern.compile("/phrasebook"), "/phrases/index.xhtml"),
            new Route(Pattern.compile("/phrasebook/new"), "/phrases/edit.xhtml"),
            new Route(Pattern.compile("/phrasebook/candidates"), "/phrases/candidates.xhtml"),
            new Route(Pattern.compile("/phrasebook/([a-z0-9-]{1,120})"), "/phrases/term.xhtml", "slug"),
            new Route(Pattern.compile("/phrasebook/([a-z0-9-]{1,120})/edit"), "/phrases/edit.xhtml", "slug"),
            new Route(Pattern.compile("/start"), "/phrases/paths.xhtml"),
            new Route(Pattern.compile("/start/new"), "/phrases/path-edit.xhtml"),
            new Route(Pattern.compile("/start/([a-z0-9-]{1,120})"), "/phrases/path.xhtml", "path"),
            new Route(Pattern.compile("/start/([a-z0-9-]{1,120})/edit"), "/phrases/path-edit.xhtml", "path"),
            new Route(Pattern.compile("/s/([a-z0-9-]{1,60})"), "/space/home.xhtml", "space"),
            new Route(Pattern.compile("/s/([a-z0-9-]{1,60})/members"), "/space/members.xhtml", "space"),
            new Route(Pattern.compile("/s/([a-z0-9-]{1,60})/distil"), "/promotion/queue.xhtml", "space"),
            new Route(Pattern.compile("/t/([0-9]{1,18})"), "/forum/thread.xhtml", "id"),
            new Route(Pattern.compile("/t/([0-9]{1,18})/promote"), "/promotion/workbench.xhtml", "id"),
            new Route(Pattern.compile("/s/([a-z0-9-]{1,60})/forum/([a-z0-9-]{1,60})"), "/forum/board.xhtml", "space", "board"),
            new Route(Pattern.compile("/changes"), "/wiki/changes.xhtml"),
            new Route(Pattern.compile("/s/([a-z0-9-]{1,60})/changes"), "/wiki/changes.xhtml", "space"),
            new Route(Pattern.compile("/s/([a-z0-9-]{1,60})/new"), "/wiki/edit.xhtml", "space"),
            new Route(Pattern.compile("/s/([a-z0-9-]{1,60})/wiki"), "/wiki/index.xhtml", "space"),
            new Route(Pattern.compile("/s/([a-z0-9-]{1,60})/tag/([^/]{1,40})"), "/wiki/tag.xhtml", "space", "tag"),
            new Route(Pattern.compile("/s/([a-z0-9-]{1,60})/wiki/([a-z0-9-]{1,120})"), "/wiki/page.xhtml", "space", "page"),
            new Route(Pattern.compile("/s/([a-z0-9-]{1,60})/wiki/([a-z0-9-]{1,120})/edit"), "/wiki/edit.xhtml", "space", "page"),
            new Route(Pattern.compile("/s/([a-z0-9-]{1,60})/wiki/([a-z0-9-]{1,120})/history"), "/wiki/history.xhtml", "space", "page"),
            new Route(Pattern.compile("/s/([a-z0-9-]{1,60})/wiki/([a-z0-9-]{1,120})/diff"), "/wiki/diff.xhtml", "space", "page"),
            new Route(Pattern.compile("/s/([a-z0-9-]{1,60})/wiki/([a-z0-9-]{1,120})/blame"), "/wiki/blame.xhtml", "space", "page"),
            new Route(Pattern.compile("/s/([a-z0-9-]{1,60})/wiki/([a-z0-9-]{1,120})/links"), "/wiki/links.xhtml", "space", "page"),
            new Route(Pattern.compile("/s/([a-z0-9-]{1,60})/wiki/([a-z0-9-]{1,120})/discuss"), "/forum/discuss.xhtml", "space", "page"),
            new Route(Pattern.compile("/s/([a-z0-9-]{1,60})/wiki/([a-z0-9-]{1,120})/sources"), "/promotion/sources.xhtml", "space", "page"),
            new Route(Pattern.compile("/s/([a-z0-9-]{1,60})/wiki/([a-z0-9-]{1,120})/files"), "/wiki/files.xhtml", "space", "page"),
            new Route(Pattern.compile("/s/([a-z0-9-]{1,60})/wiki/([a-z0-9-]{1,120})/files/([^/]{1,200})"), "/wiki-file", "space", "page", "name"));

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        for (Route route : ROUTES) {
            Matcher m = route.pattern.matcher(path);
            if (m.matches()) {
                StringBuilder target = new StringBuilder(route.view);
                for (int i = 0; i < route.params.length; i++) {
                    // path segments arrive still percent-encoded: decode once, then encode as a parameter value
                    String value = URLDecoder.decode(m.group(i + 1).replace("+", "%2B"), StandardCharsets.UTF_8);
                    target.append(i == 0 ? '?' : '&').append(route.params[i]).append('=')
                            .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                }
                if (request.getQueryString() != null) {
                    target.append(route.params.length == 0 ? '?' : '&').append(request.getQueryString());
                }
                request.getRequestDispatcher(target.toString()).forward(request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
