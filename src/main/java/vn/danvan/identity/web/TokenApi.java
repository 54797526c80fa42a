package vn.danvan.identity.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.danvan.identity.ApiToken;
import vn.danvan.identity.IssuedToken;
import vn.danvan.identity.TokenDesk;
import vn.danvan.shared.Actor;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.InvalidInput;

/**
 * API tokens: {@code POST /api/v1/tokens} with a username and password returns a bearer token; the signed-in caller
 * lists and revokes their own.
 */
@RestController
@RequestMapping("/api/v1/tokens")
class TokenApi {

    private final TokenDesk tokens;

    TokenApi(TokenDesk tokens) {
        this.tokens = tokens;
    }

    /** Credentials exchanged for a token, with an optional name for the token. */
    record TokenRequest(String username, String password, String name) {
    }

    /** The issued token; its secret is shown only here. */
    record TokenResponse(String token, UUID id, Instant expiresAt) {
    }

    @PostMapping
    ResponseEntity<TokenResponse> issue(@RequestBody TokenRequest request) {
        if (request.username() == null || request.username().isBlank() || request.password() == null
                || request.password().isEmpty()) {
            throw InvalidInput.field(request.username() == null || request.username().isBlank() ? "username" : "password",
                    "identity.credentials-required");
        }
        try {
            IssuedToken issued = tokens.issue(request.username(), request.password(), request.name());
            return ResponseEntity.created(URI.create("/api/v1/tokens/" + issued.id()))
                    .body(new TokenResponse(issued.token(), issued.id(), issued.expiresAt()));
        } catch (LockedException e) {
            throw new SignInRefused("identity.sign-in.locked");
        } catch (AuthenticationException e) {
            throw new SignInRefused("identity.sign-in.failed");
        }
    }

    @GetMapping
    List<ApiToken> list(@AuthenticationPrincipal Actor actor) {
        return tokens.tokensOf(actor);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        tokens.revoke(actor, id);
        return ResponseEntity.noContent().build();
    }

    /** Credentials that were not accepted (HTTP 401), without saying which part was wrong. */
    static class SignInRefused extends DomainException {

        SignInRefused(String code) {
            super(Kind.UNAUTHENTICATED, code);
        }
    }
}
