package vn.danvan.identity;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import vn.danvan.shared.Actor;

/**
 * A signed-in actor, as Spring Security carries it: the principal is the {@link Actor}.
 */
final class ActorAuthentication extends AbstractAuthenticationToken {

    private final Actor actor;

    ActorAuthentication(Actor actor) {
        super(actor.grants().stream().map(g -> new SimpleGrantedAuthority("ROLE_" + g.role().name())).distinct().toList());
        this.actor = actor;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Actor getPrincipal() {
        return actor;
    }

    @Override
    public String getName() {
        return actor.username();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ActorAuthentication that && that.actor.equals(actor);
    }

    @Override
    public int hashCode() {
        return actor.hashCode();
    }
}
