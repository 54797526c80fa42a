package vn.danvan.document;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns citations into links, creating a stub for a cited document that is not registered yet, and merges stubs into
 * the real document when it arrives: same normalised symbol, and the same date, or year, when both are known.
 */
@Component
class DocumentLinks {

    private static final String INSERT_LINK = """
            insert into document_link (id, source_id, target_id, relation, effective_on, position, created_at, created_by)
            values (?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final RegisteredDocuments documents;

    DocumentLinks(JdbcClient jdbc, JdbcTemplate batch, RegisteredDocuments documents) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.documents = documents;
    }

    /**
     * Links a document to everything its text cites, in the order of first appearance. The cited symbols are looked up
     * in one query, the stubs saved together and the links inserted in one batch: a plan citing twenty documents costs
     * a handful of round trips, not a hundred.
     */
    void cite(RegisteredDocument source, List<CitedDocument> citations, String actor, Instant now) {
        Map<String, SymbolKey> keys = new LinkedHashMap<>();
        for (CitedDocument cited : citations) {
            SymbolKey key = SymbolKey.of(cited.symbol());
            if (key != null && !key.key().equals(source.symbolKey())) {
                keys.putIfAbsent(cited.symbol(), key);
            }
        }
        if (keys.isEmpty()) {
            return;
        }
        List<Candidate> known = new ArrayList<>(jdbc.sql("select id, status, symbol_key, issued_on, issued_year from document_record"
                + " where symbol_key in (:keys) and id <> :source order by created_at, id")
                .param("keys", keys.values().stream().map(SymbolKey::key).distinct().toList()).param("source", source.id())
                .query((rs, n) -> new Candidate(rs.getObject("id", UUID.class), DocumentStatus.valueOf(rs.getString("status")),
                        rs.getString("symbol_key"), rs.getObject("issued_on", LocalDate.class), (Integer) rs.getObject("issued_year")))
                .list());
        Set<String> linked = new HashSet<>(jdbc.sql("select target_id, relation from document_link where source_id = ?")
                .param(source.id()).query((rs, n) -> rs.getString("target_id") + " " + rs.getString("relation")).list());
        List<RegisteredDocument> stubs = new ArrayList<>();
        List<Object[]> links = new ArrayList<>();
        int position = nextPosition(source.id());
        for (CitedDocument cited : citations) {
            SymbolKey key = keys.get(cited.symbol());
            if (key == null) {
                continue;
            }
            Integer year = cited.issuedOn() != null ? Integer.valueOf(cited.issuedOn().getYear()) : key.year();
            List<Candidate> found = known.stream().filter(c -> c.matches(key.key(), cited.issuedOn(), year)).toList();
            UUID target = found.stream().filter(c -> c.status != DocumentStatus.STUB).findFirst()
                    .or(() -> found.stream().findFirst()).map(c -> c.id).orElseGet(() -> {
                        RegisteredDocument stub = RegisteredDocument.stub(cited, key, now, actor);
                        stubs.add(stub);
                        known.add(new Candidate(stub.id(), DocumentStatus.STUB, key.key(), stub.issuedOn(), stub.issuedYear()));
                        return stub.id();
                    });
            DocumentRelation relation = cited.relation() == null ? DocumentRelation.CITES : cited.relation();
            if (linked.add(target + " " + relation.name())) {
                links.add(new Object[] {UUID.randomUUID(), source.id(), target, relation.name(), null, position++,
                        Timestamp.from(now), actor});
            }
        }
        documents.saveAll(stubs);
        if (!links.isEmpty()) {
            batch.batchUpdate(INSERT_LINK, links);
        }
    }

    /** The document a symbol names: a registered one first, else a stub, created when there is none. */
    UUID resolve(String symbol, LocalDate issuedOn, UUID except, String actor, Instant now) {
        SymbolKey key = SymbolKey.of(symbol);
        if (key == null) {
            throw vn.danvan.shared.InvalidInput.field("target", "document.link.symbol-invalid");
        }
        Integer year = issuedOn != null ? Integer.valueOf(issuedOn.getYear()) : key.year();
        return match(key.key(), issuedOn, year, except).orElseGet(() -> documents.save(RegisteredDocument.stub(
                new CitedDocument(symbol, null, null, issuedOn, null, null), key, now, actor)).id());
    }

    /** Folds every stub with the document's symbol (and compatible date) into it; their links now point at it. */
    List<UUID> mergeStubsInto(RegisteredDocument document) {
        if (document.symbolKey() == null || document.status() == DocumentStatus.STUB) {
            return List.of();
        }
        List<UUID> stubs = candidates(document.symbolKey(), document.issuedOn(), document.issuedYear(), document.id())
                .stream().filter(c -> c.status == DocumentStatus.STUB).map(c -> c.id).toList();
        for (UUID stub : stubs) {
            jdbc.sql("""
                    update document_link set target_id = :real where target_id = :stub and source_id <> :real
                    and not exists (select 1 from document_link o where o.source_id = document_link.source_id
                        and o.target_id = :real and o.relation = document_link.relation)""")
                    .param("real", document.id()).param("stub", stub).update();
            jdbc.sql("""
                    update document_link set source_id = :real where source_id = :stub and target_id <> :real
                    and not exists (select 1 from document_link o where o.target_id = document_link.target_id
                        and o.source_id = :real and o.relation = document_link.relation)""")
                    .param("real", document.id()).param("stub", stub).update();
            jdbc.sql("delete from document_link where source_id = :stub or target_id = :stub").param("stub", stub).update();
            jdbc.sql("delete from document_record where id = ?").param(stub).update();
        }
        return stubs;
    }

    /** Adds a relation by hand; false when it was there already. */
    boolean link(UUID source, UUID target, DocumentRelation relation, LocalDate effectiveOn, String actor, Instant now) {
        return insert(source, target, relation, effectiveOn, nextPosition(source), actor, now);
    }

    private Optional<UUID> match(String key, LocalDate issuedOn, Integer year, UUID except) {
        List<Candidate> found = candidates(key, issuedOn, year, except);
        Predicate<Candidate> real = c -> c.status != DocumentStatus.STUB;
        return found.stream().filter(real).findFirst().or(() -> found.stream().findFirst()).map(c -> c.id);
    }

    private record Candidate(UUID id, DocumentStatus status, String key, LocalDate issuedOn, Integer issuedYear) {

        /** The same rule as {@link #candidates}: same key, and the same date or year where both are known. */
        boolean matches(String symbolKey, LocalDate on, Integer year) {
            return key.equals(symbolKey) && (on == null || issuedOn == null || issuedOn.equals(on))
                    && (year == null || issuedYear == null || issuedYear.equals(year));
        }
    }

    private List<Candidate> candidates(String key, LocalDate issuedOn, Integer year, UUID except) {
        StringBuilder sql = new StringBuilder("select id, status, issued_on, issued_year from document_record where symbol_key = :key");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("key", key);
        if (except != null) {
            sql.append(" and id <> :except");
            params.put("except", except);
        }
        if (issuedOn != null) {
            sql.append(" and (issued_on is null or issued_on = :on)");
            params.put("on", issuedOn);
        }
        if (year != null) {
            sql.append(" and (issued_year is null or issued_year = :year)");
            params.put("year", year);
        }
        sql.append(" order by created_at, id");
        return new ArrayList<>(jdbc.sql(sql.toString()).params(params).query((rs, n) -> new Candidate(
                rs.getObject("id", UUID.class), DocumentStatus.valueOf(rs.getString("status")), key,
                rs.getObject("issued_on", LocalDate.class), (Integer) rs.getObject("issued_year"))).list());
    }

    private int nextPosition(UUID source) {
        return jdbc.sql("select coalesce(max(position), -1) + 1 from document_link where source_id = ?").param(source)
                .query(Integer.class).single();
    }

    private boolean insert(UUID source, UUID target, DocumentRelation relation, LocalDate effectiveOn, int position,
            String actor, Instant now) {
        boolean exists = jdbc.sql("select count(*) from document_link where source_id = ? and target_id = ? and relation = ?")
                .params(source, target, relation.name()).query(Integer.class).single() > 0;
        if (exists) {
            return false;
        }
        jdbc.sql(INSERT_LINK).params(UUID.randomUUID(), source, target, relation.name(), effectiveOn, position, Timestamp.from(now), actor)
                .update();
        return true;
    }
}
