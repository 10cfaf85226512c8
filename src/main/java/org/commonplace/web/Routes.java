package org.commonplace.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
            new Route(Pattern.compile("/s/([a-z0-9-]{1,60})"), "/space/home.xhtml", "space"),
            new Route(Pattern.compile("/s/([a-z0-9-]{1,60})/members"), "/space/members.xhtml", "space"));

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
                    target.append(i == 0 ? '?' : '&').append(route.params[i]).append('=')
                            .append(URLEncoder.encode(m.group(i + 1), StandardCharsets.UTF_8));
                }
                request.getRequestDispatcher(target.toString()).forward(request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
