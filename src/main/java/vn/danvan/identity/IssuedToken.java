package vn.danvan.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * A freshly issued API token: the secret is shown this once and never stored.
 */
public record IssuedToken(UUID id, String token, Instant expiresAt) {
}
