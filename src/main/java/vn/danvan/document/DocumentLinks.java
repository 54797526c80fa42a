package vn.danvan.document;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns citations into links, creating a stub for a cited document that is not registered yet, and merges stubs into
 * the real document when it arrives: same normalised symbol, and the same date, or year, when both are known.
 */
@Component
class DocumentLinks {

    private final JdbcClient jdbc;
    private final RegisteredDocuments documents;

    DocumentLinks(JdbcClient jdbc, RegisteredDocuments documents) {
        this.jdbc = jdbc;
        this.documents = documents;
    }

    /** Links a document to everything its text cites, in the order of first appearance. */
    void cite(RegisteredDocument source, List<CitedDocument> citations, String actor, Instant now) {
        int position = nextPosition(source.id());
        for (CitedDocument cited : citations) {
            SymbolKey key = SymbolKey.of(cited.symbol());
            if (key == null || key.key().equals(source.symbolKey())) {
                continue;
            }
            Integer year = cited.issuedOn() != null ? Integer.valueOf(cited.issuedOn().getYear()) : key.year();
            UUID target = match(key.key(), cited.issuedOn(), year, source.id())
                    .orElseGet(() -> documents.save(RegisteredDocument.stub(cited, key, now, actor)).id());
            DocumentRelation relation = cited.relation() == null ? DocumentRelation.CITES : cited.relation();
            if (insert(source.id(), target, relation, null, position, actor, now)) {
                position++;
            }
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

    private record Candidate(UUID id, DocumentStatus status) {
    }

    private List<Candidate> candidates(String key, LocalDate issuedOn, Integer year, UUID except) {
        StringBuilder sql = new StringBuilder("select id, status from document_record where symbol_key = :key");
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
                rs.getObject("id", UUID.class), DocumentStatus.valueOf(rs.getString("status")))).list());
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
        jdbc.sql("""
                insert into document_link (id, source_id, target_id, relation, effective_on, position, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), source, target, relation.name(), effectiveOn, position, Timestamp.from(now), actor)
                .update();
        return true;
    }
}
