package vn.danvan.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The issued API tokens, found by the hash of the secret the client presents.
 */
@Repository
class ApiTokens {

    private static final String COLUMNS = "id, account_id, name, created_at, expires_at, last_used_at, revoked_at";

    private final JdbcClient jdbc;
    private final ConcurrentHashMap<UUID, Instant> touched = new ConcurrentHashMap<>();

    ApiTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ApiToken token, String hash) {
        jdbc.sql("insert into api_token (" + COLUMNS + ", token_hash) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(token.id(), token.accountId(), token.name(), ts(token.createdAt()), ts(token.expiresAt()),
                        ts(token.lastUsedAt()), ts(token.revokedAt()), hash)
                .update();
    }

    Optional<ApiToken> findByHash(String hash) {
        return jdbc.sql("select " + COLUMNS + " from api_token where token_hash = ?").param(hash)
                .query(ApiTokens::token).optional();
    }

    Optional<ApiToken> findById(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from api_token where id = ?").param(id).query(ApiTokens::token).optional();
    }

    List<ApiToken> ofAccount(UUID accountId) {
        return jdbc.sql("select " + COLUMNS + " from api_token where account_id = ? order by created_at desc")
                .param(accountId).query(ApiTokens::token).list();
    }

    void revoke(UUID id, Instant now) {
        jdbc.sql("update api_token set revoked_at = ? where id = ? and revoked_at is null").params(ts(now), id).update();
    }

    void revokeAllOf(UUID accountId, Instant now) {
        jdbc.sql("update api_token set revoked_at = ? where account_id = ? and revoked_at is null").params(ts(now), accountId)
                .update();
    }

    /**
     * Records use at most once an hour, so that busy clients do not write on every request; the hour is first checked
     * in memory so that a busy client does not even send a statement.
     */
    void touch(UUID id, Instant now) {
        Instant last = touched.get(id);
        if (last != null && last.isAfter(now.minusSeconds(3600))) {
            return;
        }
        if (touched.size() > 100_000) {
            touched.clear();
        }
        touched.put(id, now);
        jdbc.sql("update api_token set last_used_at = ? where id = ? and (last_used_at is null or last_used_at < ?)")
                .params(ts(now), id, ts(now.minusSeconds(3600))).update();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static ApiToken token(ResultSet rs, int row) throws SQLException {
        return new ApiToken(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class), rs.getString("name"),
                instant(rs, "created_at"), instant(rs, "expires_at"), instant(rs, "last_used_at"), instant(rs, "revoked_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
