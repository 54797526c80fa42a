package vn.danvan.identity;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.danvan.shared.Actor;

/**
 * Re-reads the signed-in account on every page request, so that revoked roles, moved units and disabled accounts take
 * effect at once, and sends a person who must change their password to that page first.
 */
class ActorRefreshFilter extends OncePerRequestFilter {

    private final Accounts accounts;
    private final ActorDirectory actors;

    ActorRefreshFilter(Accounts accounts, ActorDirectory actors) {
        this.accounts = accounts;
        this.actors = actors;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            // BearerTokenFilter has just read the token's account and roles: reading them again would double the cost.
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/")
                || path.startsWith("/img/") || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current instanceof ActorAuthentication signedIn) {
            Optional<Account> account = accounts.findById(signedIn.getPrincipal().accountId()).filter(Account::isEnabled);
            if (account.isEmpty()) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            } else {
                Actor fresh = actors.actorFor(account.get());
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(new ActorAuthentication(fresh));
                SecurityContextHolder.setContext(context);
                if (account.get().mustChangePassword() && mustBeSentToPasswordChange(request)) {
                    response.sendRedirect(request.getContextPath() + "/profile/password");
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean mustBeSentToPasswordChange(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "GET".equals(request.getMethod()) && !path.startsWith("/profile/password") && !path.equals("/logout")
                && !path.startsWith("/error");
    }
}
