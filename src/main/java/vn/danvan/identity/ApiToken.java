package vn.danvan.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * A bearer token for the REST API, kept only as its SHA-256 hash; it acts with its account's roles until it expires or
 * is revoked.
 */
public record ApiToken(UUID id, UUID accountId, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
        Instant revokedAt) {

    public boolean isUsableAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
