package vn.danvan.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.shared.Actor;
import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.NotFound;
import vn.danvan.shared.RuleViolated;
import vn.danvan.shared.VietnameseText;

/**
 * Issues, lists and revokes API tokens, and recognises the acting user behind a presented token.
 */
@Service
@Transactional
public class TokenDesk {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final String PREFIX = "dvn_";

    private final ApiTokens tokens;
    private final Accounts accounts;
    private final SignInGuard signIn;
    private final ActorDirectory actors;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration lifetime;

    TokenDesk(ApiTokens tokens, Accounts accounts, SignInGuard signIn, ActorDirectory actors,
            ApplicationEventPublisher events, Clock clock,
            @Value("${danvan.tokens.lifetime-days:90}") long lifetimeDays) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.signIn = signIn;
        this.actors = actors;
        this.events = events;
        this.clock = clock;
        this.lifetime = Duration.ofDays(lifetimeDays);
    }

    /**
     * Issues a token to whoever proves the password of an account; failures count towards the account's lockout. Fails
     * with a Spring Security exception when the credentials are not accepted.
     */
    public IssuedToken issue(String username, String password, String name) {
        Account account = signIn.verify(username, password == null ? "" : password);
        if (account.mustChangePassword()) {
            throw new RuleViolated("identity.password-change-required");
        }
        return issue(account, name == null || name.isBlank() ? "API" : name, account.username());
    }

    /** Issues a token to the signed-in person, named so they can recognise it in their list. */
    public IssuedToken issue(Actor actor, String name) {
        Account account = accounts.findById(actor.accountId()).orElseThrow(AccountNotFound::new);
        return issue(account, name, actor.username());
    }

    private IssuedToken issue(Account account, String name, String by) {
        String clean = VietnameseText.clean(name);
        if (clean == null || clean.isEmpty()) {
            throw InvalidInput.field("name", "identity.token.name-required");
        }
        if (clean.length() > 100) {
            throw InvalidInput.field("name", "identity.token.name-too-long", 100);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        ApiToken issued = new ApiToken(UUID.randomUUID(), account.id(), clean, now, now.plus(lifetime), null, null);
        tokens.insert(issued, hash(token));
        events.publishEvent(new AccountChanged(account.id(), account.unitId(), "token-issued", List.of("tokens"), by, now));
        return new IssuedToken(issued.id(), token, issued.expiresAt());
    }

    @Transactional(readOnly = true)
    public List<ApiToken> tokensOf(Actor actor) {
        return tokens.ofAccount(actor.accountId());
    }

    /** Revokes one of the signed-in person's own tokens. */
    public void revoke(Actor actor, UUID tokenId) {
        ApiToken token = tokens.findById(tokenId).filter(t -> t.accountId().equals(actor.accountId()))
                .orElseThrow(() -> new NotFound("identity.token.not-found"));
        tokens.revoke(token.id(), clock.instant());
        events.publishEvent(new AccountChanged(actor.accountId(), actor.unitId(), "token-revoked", List.of("tokens"),
                actor.username(), clock.instant()));
    }

    /** The acting user behind a presented token, if it is genuine, unexpired, unrevoked and its account usable. */
    public Optional<Actor> actorFor(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 200) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByHash(hash(token)).filter(t -> t.isUsableAt(now)).flatMap(t -> {
            Optional<Account> account = accounts.findById(t.accountId())
                    .filter(a -> a.isEnabled() && !a.isLockedAt(now));
            account.ifPresent(a -> tokens.touch(t.id(), now));
            return account.map(actors::actorFor);
        });
    }

    static String hash(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
