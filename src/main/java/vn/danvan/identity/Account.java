package vn.danvan.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.RuleViolated;
import vn.danvan.shared.VietnameseText;

/**
 * A person's way into Danvan: a username and password hash, the unit the account belongs to, the roles it holds per
 * unit, and the lockout that follows repeated failed sign-ins.
 */
@Table("account")
public class Account {

    static final int MAX_FAILED_LOGINS = 5;
    static final Duration LOCKOUT = Duration.ofMinutes(15);
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Id
    private final UUID id;
    private final String username;
    private String displayName;
    private String email;
    private UUID unitId;
    private String passwordHash;
    private boolean enabled;
    private int failedLogins;
    private Instant lockedUntil;
    private Instant passwordChangedAt;
    private boolean mustChangePassword;
    private final Instant createdAt;
    @Version
    private Long version;
    @MappedCollection(idColumn = "account_id")
    private Set<RoleGrant> roles;

    @PersistenceCreator
    Account(UUID id, String username, String displayName, String email, UUID unitId, String passwordHash, boolean enabled,
            int failedLogins, Instant lockedUntil, Instant passwordChangedAt, boolean mustChangePassword, Instant createdAt,
            Long version, Set<RoleGrant> roles) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.unitId = unitId;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.failedLogins = failedLogins;
        this.lockedUntil = lockedUntil;
        this.passwordChangedAt = passwordChangedAt;
        this.mustChangePassword = mustChangePassword;
        this.createdAt = createdAt;
        this.version = version;
        this.roles = new HashSet<>(roles == null ? Set.of() : roles);
    }

    static Account open(String username, String displayName, String email, UUID unitId, String passwordHash,
            boolean mustChangePassword, Instant now) {
        Account account = new Account(UUID.randomUUID(), normalisedUsername(username), null, null, unitId, passwordHash,
                true, 0, null, now, mustChangePassword, now, null, Set.of());
        account.describe(displayName, email);
        return account;
    }

    /** Usernames are compared without case and surrounding spaces. */
    static String normalisedUsername(String username) {
        String clean = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(clean).matches()) {
            throw InvalidInput.field("username", "identity.username-invalid");
        }
        return clean;
    }

    void describe(String newDisplayName, String newEmail) {
        String name = VietnameseText.clean(newDisplayName);
        if (name == null || name.isEmpty()) {
            throw InvalidInput.field("displayName", "identity.display-name-required");
        }
        if (name.length() > 200) {
            throw InvalidInput.field("displayName", "identity.display-name-too-long", 200);
        }
        String cleanEmail = newEmail == null || newEmail.isBlank() ? null : newEmail.strip();
        if (cleanEmail != null && (cleanEmail.length() > 200 || !EMAIL.matcher(cleanEmail).matches())) {
            throw InvalidInput.field("email", "identity.email-invalid");
        }
        this.displayName = name;
        this.email = cleanEmail;
    }

    boolean grant(RoleGrant grant) {
        return roles.add(grant);
    }

    boolean revoke(RoleGrant grant) {
        return roles.remove(grant);
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a failed sign-in; the fifth in a row locks the account for fifteen minutes. Returns whether it locked. */
    boolean failSignIn(Instant now) {
        if (lockedUntil != null && !lockedUntil.isAfter(now)) {
            failedLogins = 0;
            lockedUntil = null;
        }
        failedLogins++;
        if (failedLogins >= MAX_FAILED_LOGINS) {
            lockedUntil = now.plus(LOCKOUT);
            failedLogins = 0;
            return true;
        }
        return false;
    }

    /** A successful sign-in clears the count of failures; returns whether there was anything to clear. */
    boolean signedIn() {
        boolean changed = failedLogins != 0 || lockedUntil != null;
        failedLogins = 0;
        lockedUntil = null;
        return changed;
    }

    void changePassword(String newHash, boolean mustChange, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
        this.mustChangePassword = mustChange;
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    void unlock() {
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    void disable() {
        if (!enabled) {
            throw new RuleViolated("identity.account-already-disabled");
        }
        this.enabled = false;
    }

    void enable() {
        this.enabled = true;
    }

    public UUID id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public UUID unitId() {
        return unitId;
    }

    String passwordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Set<RoleGrant> roles() {
        return Set.copyOf(roles);
    }

    public Long version() {
        return version;
    }
}
