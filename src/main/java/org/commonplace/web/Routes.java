package org.commonplace.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonplace.shared.ContentVersion;

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
            new Route(Pattern.compile("/people"), "/people/directory.xhtml"),
            // a username may hold dots, but never names one of the views in /people/
            new Route(Pattern.compile("/people/((?![^/]*\\.xhtml$)[A-Za-z0-9][A-Za-z0-9_.-]{1,39})"), "/people/profile.xhtml", "username"),
            new Route(Pattern.compile("/case-studies"), "/casestudy/index.xhtml"),
            new Route(Pattern.compile("/case-studies/new"), "/casestudy/edit.xhtml"),
            new Route(Pattern.compile("/case-studies/([a-z0-9-]{1,120})"), "/casestudy/view.xhtml", "slug"),
            new Route(Pattern.compile("/case-studies/([a-z0-9-]{1,120})/edit"), "/casestudy/edit.xhtml", "slug"),
            new Route(Pattern.compile("/communities"), "/community/index.xhtml"),
            new Route(Pattern.compile("/communities/suggest"), "/community/suggest.xhtml"),
            new Route(Pattern.compile("/communities/review"), "/community/review.xhtml"),
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
            new Route(Pattern.compile("/collection"), "/promotion/workbench.xhtml?collection=true"),
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

    /**
     * Views that show the same HTML to every anonymous reader: served from {@link PageCache} to readers who are not
     * signed in. Views with forms for anonymous readers (sign-in, registration) are not here, and a response that
     * carries Faces view state is never stored whatever its view.
     */
    private static final Set<String> PUBLIC_VIEWS = Set.of(
            "/index.xhtml", "/search.xhtml", "/space/home.xhtml", "/forum/thread.xhtml", "/forum/board.xhtml",
            "/wiki/changes.xhtml", "/wiki/index.xhtml", "/wiki/tag.xhtml", "/wiki/page.xhtml", "/wiki/history.xhtml",
            "/wiki/diff.xhtml", "/wiki/blame.xhtml", "/wiki/links.xhtml", "/promotion/sources.xhtml",
            "/phrases/index.xhtml", "/phrases/term.xhtml", "/phrases/paths.xhtml", "/phrases/path.xhtml",
            "/people/directory.xhtml", "/people/profile.xhtml", "/casestudy/index.xhtml", "/casestudy/view.xhtml",
            "/community/index.xhtml");

    private static final Route HOME = new Route(Pattern.compile("/"), "/index.xhtml");

    private final PageCache cache = new PageCache();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (servedFromCache(request, response, path)) {
            return;
        }
        if ((path.equals("/") || path.equals("/index.xhtml")) && cacheable(request, HOME)) {
            serve(request, response, "/", HOME.view);
            return;
        }
        for (Route route : ROUTES) {
            Matcher m = route.pattern.matcher(path);
            if (m.matches()) {
                StringBuilder target = new StringBuilder(route.view);
                for (int i = 0; i < route.params.length; i++) {
                    // path segments arrive still percent-encoded: decode once, then encode as a parameter value
                    String value = URLDecoder.decode(m.group(i + 1).replace("+", "%2B"), StandardCharsets.UTF_8);
                    target.append(target.indexOf("?") < 0 ? '?' : '&').append(route.params[i]).append('=')
                            .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                }
                if (request.getQueryString() != null) {
                    target.append(target.indexOf("?") < 0 ? '?' : '&').append(request.getQueryString());
                }
                if (cacheable(request, route)) {
                    serve(request, response, path, target.toString());
                } else {
                    request.getRequestDispatcher(target.toString()).forward(request, response);
                }
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** Anonymous GET of a public view (HOME stands for any public view): no principal, no credentials, no flash messages waiting for this reader. */
    private static boolean cacheable(HttpServletRequest request, Route route) {
        if (!PUBLIC_VIEWS.contains(route.view) || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            return false;
        }
        if (request.getUserPrincipal() != null || request.getHeader("Authorization") != null) {
            return false;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                // Mojarra's flash cookie: messages kept over a redirect are for this reader only
                if (c.getName().equals("csfcfc")) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The fast path: an anonymous reader asks for a view that is in the cache and still fresh. */
    private boolean servedFromCache(HttpServletRequest request, HttpServletResponse response, String path)
            throws IOException {
        if (cache.size() == 0 || !cacheable(request, HOME) || wantsFresh(request)) {
            return false;
        }
        String key = request.getQueryString() == null ? path : path + '?' + request.getQueryString();
        PageCache.Entry entry = cache.get(key, System.currentTimeMillis());
        if (entry == null) {
            return false;
        }
        send(request, response, entry, "hit");
        return true;
    }

    /** A hard reload (Cache-Control: no-cache) renders the view again; the fresh copy replaces the cached one. */
    private static boolean wantsFresh(HttpServletRequest request) {
        return org.commonplace.shared.CacheControl.noCache(request.getHeader("Cache-Control"));
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, String path, String target)
            throws IOException, ServletException {
        String key = request.getQueryString() == null ? path : path + '?' + request.getQueryString();
        long now = System.currentTimeMillis();
        PageCache.Entry entry = wantsFresh(request) ? null : cache.get(key, now);
        if (entry == null) {
            long version = ContentVersion.current();
            CapturedResponse captured = new CapturedResponse(response);
            request.getRequestDispatcher(target).forward(request, captured);
            if (response.isCommitted()) {
                return;
            }
            byte[] body = captured.body();
            String type = response.getContentType();
            if (response.getStatus() != HttpServletResponse.SC_OK || type == null || !type.startsWith("text/html")
                    || contains(body, VIEW_STATE)) {
                write(request, response, body);
                return;
            }
            entry = new PageCache.Entry(version, now, body, type, PageCache.etag(body));
            cache.put(key, entry);
            send(request, response, entry, "miss");
        } else {
            send(request, response, entry, "hit");
        }
    }

    private static void send(HttpServletRequest request, HttpServletResponse response, PageCache.Entry entry, String how)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(entry.contentType());
        response.setHeader("X-Page-Cache", how);
        // Readers revalidate every time; a page that has not changed costs a 304 without a body.
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("ETag", entry.etag());
        if (PageCache.matches(request.getHeader("If-None-Match"), entry.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        write(request, response, entry.body());
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, byte[] body) throws IOException {
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    private static final byte[] VIEW_STATE = PageCache.utf8("jakarta.faces.ViewState");

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
