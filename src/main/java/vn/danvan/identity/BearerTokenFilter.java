package vn.danvan.identity;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.danvan.shared.Actor;

/**
 * Recognises {@code Authorization: Bearer …} on API requests; a token that is not valid answers 401 at once.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private final TokenDesk tokens;
    private final SecurityConfiguration.ProblemWriter problems;

    BearerTokenFilter(TokenDesk tokens, SecurityConfiguration.ProblemWriter problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<Actor> actor = tokens.actorFor(header.substring(7).strip());
            if (actor.isEmpty()) {
                problems.write(request, response, 401, "access.token-invalid");
                return;
            }
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(new ActorAuthentication(actor.get()));
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }
}
