package vn.danvan.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.danvan.shared.InvalidInput;

/**
 * Checks a username and password, for the sign-in page and for issuing API tokens alike: five failures in a row lock
 * the account for fifteen minutes, and unknown usernames take as long as known ones.
 */
@Component
class SignInGuard implements AuthenticationProvider {

    private final Accounts accounts;
    private final ActorDirectory actors;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final String decoyHash;

    SignInGuard(Accounts accounts, ActorDirectory actors, PasswordEncoder passwords, ApplicationEventPublisher events,
            Clock clock, PlatformTransactionManager transactions) {
        this.accounts = accounts;
        this.transaction = new TransactionTemplate(transactions);
        this.actors = actors;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
        this.decoyHash = passwords.encode("decoy-password-for-unknown-users-1");
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        Object credentials = authentication.getCredentials();
        Account account = verify(username, credentials == null ? "" : credentials.toString());
        return new ActorAuthentication(actors.actorFor(account));
    }

    @Override
    public boolean supports(Class<?> type) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
    }

    /** The account whose password this is, or a Spring Security exception saying why not. */
    Account verify(String username, String password) {
        Optional<Account> found;
        try {
            found = accounts.findByUsername(Account.normalisedUsername(username));
        } catch (InvalidInput e) {
            found = Optional.empty();
        }
        if (found.isEmpty()) {
            passwords.matches(password, decoyHash);
            throw new BadCredentialsException("identity.sign-in.failed");
        }
        Account account = found.get();
        Instant now = clock.instant();
        if (account.isLockedAt(now)) {
            passwords.matches(password, decoyHash);
            throw new LockedException("identity.sign-in.locked");
        }
        if (!passwords.matches(password, account.passwordHash())) {
            recordFailure(account.id(), now);
            throw new BadCredentialsException("identity.sign-in.failed");
        }
        if (!account.isEnabled()) {
            throw new DisabledException("identity.sign-in.disabled");
        }
        if (account.signedIn()) {
            try {
                accounts.save(account);
            } catch (OptimisticLockingFailureException concurrent) {
                // another request reset or counted at the same moment; the sign-in stands either way
            }
        }
        return account;
    }

    private void recordFailure(UUID accountId, Instant now) {
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                transaction.executeWithoutResult(status -> {
                    Account account = accounts.findById(accountId).orElseThrow();
                    boolean locked = account.failSignIn(now);
                    accounts.save(account);
                    if (locked) {
                        events.publishEvent(new AccountChanged(account.id(), account.unitId(), "locked",
                                List.of("lockedUntil"), account.username(), now));
                    }
                });
                return;
            } catch (OptimisticLockingFailureException concurrent) {
                // another failed attempt was counted meanwhile: count this one on the fresh state
            }
        }
    }
}
