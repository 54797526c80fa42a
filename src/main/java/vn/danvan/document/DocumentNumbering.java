package vn.danvan.document;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.danvan.org.OrgStructure;
import vn.danvan.org.UnitKind;
import vn.danvan.org.UnitSummary;
import vn.danvan.shared.Actor;
import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.Role;
import vn.danvan.shared.RuleViolated;

/**
 * The clerk's numbering of outgoing documents (văn thư): a signed draft receives the next number of its series when it
 * is issued, never a number twice. The series row is locked by an {@code update … set next_number = next_number + 1}
 * inside the issuing transaction, so concurrent issues queue on it and get consecutive numbers.
 */
@Service
public class DocumentNumbering {

    private static final Set<UnitKind> PARTY_KINDS = Set.of(UnitKind.PARTY_COMMITTEE, UnitKind.PARTY_BOARD, UnitKind.PARTY_CELL);
    private static final Pattern TERM = Pattern.compile("[0-9A-Za-z][0-9A-Za-z ./-]{0,39}");
    private static final int ATTEMPTS = 20;

    private final RegisteredDocuments documents;
    private final DocumentLinks links;
    private final OrgStructure org;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final TransactionTemplate newTransaction;

    DocumentNumbering(RegisteredDocuments documents, DocumentLinks links, OrgStructure org, JdbcClient jdbc, ApplicationEventPublisher events,
            Clock clock, PlatformTransactionManager transactions) {
        this.documents = documents;
        this.links = links;
        this.org = org;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The issuer's numbering: as configured, else Party numbering for Party bodies and one shared series for others. */
    public NumberingRule rule(Actor actor, UUID unitId) {
        UnitSummary unit = org.visible(actor, unitId);
        return jdbc.sql("select scheme, term, version from document_numbering where unit_id = ?").param(unit.id())
                .query((rs, n) -> new NumberingRule(unit.id(), NumberingScheme.valueOf(rs.getString("scheme")),
                        rs.getString("term"), rs.getLong("version"))).optional()
                .orElseGet(() -> new NumberingRule(unit.id(),
                        PARTY_KINDS.contains(unit.kind()) ? NumberingScheme.PARTY : NumberingScheme.STATE_SHARED, null, 0));
    }

    /** Chooses how an issuer numbers (clerks and unit administrators); Party numbering needs the current term. */
    public void configure(Actor actor, UUID unitId, NumberingScheme scheme, String term) {
        UnitSummary unit = org.visible(actor, unitId);
        actor.require(unit.path(), Role.CLERK, Role.UNIT_ADMIN);
        if (scheme == null) {
            throw InvalidInput.field("scheme", "document.numbering.scheme-required");
        }
        String cleanTerm = term == null || term.isBlank() ? null : term.strip();
        if (scheme == NumberingScheme.PARTY && (cleanTerm == null || !TERM.matcher(cleanTerm).matches())) {
            throw InvalidInput.field("term", "document.numbering.term-required");
        }
        transaction.executeWithoutResult(status -> {
            int updated = jdbc.sql("update document_numbering set scheme = ?, term = ?, version = version + 1 where unit_id = ?")
                    .params(scheme.name(), cleanTerm, unit.id()).update();
            if (updated == 0) {
                jdbc.sql("insert into document_numbering (unit_id, scheme, term, version) values (?, ?, ?, 0)")
                        .params(unit.id(), scheme.name(), cleanTerm).update();
            }
        });
    }

    /** Issues a signed outgoing draft: gives it the next number of its series, its symbol and today's date. */
    public String issue(Actor actor, UUID documentId) {
        Series series = transaction.execute(status -> series(actor, documentId));
        ensure(series);
        for (int attempt = 1;; attempt++) {
            try {
                return transaction.execute(status -> issueIn(actor, documentId, series));
            } catch (ConcurrencyFailureException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private record Series(String key, UUID unitId, Integer year, String term, String typeCode, boolean confidential,
            NumberingScheme scheme, String issuerCode, LocalDate on) {
    }

    private Series series(Actor actor, UUID documentId) {
        RegisteredDocument document = documents.findById(documentId).orElseThrow(DocumentNotFound::new);
        if (document.unitId() == null) {
            throw new RuleViolated("document.issue.not-outgoing");
        }
        UnitSummary unit = org.find(document.unitId()).filter(u -> actor.sees(u.path())).orElseThrow(DocumentNotFound::new);
        actor.require(unit.path(), Role.CLERK);
        if (document.direction() != DocumentDirection.OUTGOING) {
            throw new RuleViolated("document.issue.not-outgoing");
        }
        if (document.status() != DocumentStatus.DRAFT) {
            throw new RuleViolated("document.issue.already-issued", document.symbol());
        }
        NumberingRule rule = rule(actor, unit.id());
        String issuerCode = document.issuerCode() != null ? document.issuerCode() : unit.shortName();
        if (issuerCode == null) {
            throw new RuleViolated("document.issue.issuer-code-missing");
        }
        String type = document.typeCode();
        LocalDate today = LocalDate.now(clock);
        boolean confidential = document.isConfidential();
        return switch (rule.scheme()) {
            case PARTY -> {
                if (rule.term() == null) {
                    throw new RuleViolated("document.numbering.term-required");
                }
                if (type == null) {
                    throw new RuleViolated("document.issue.type-required");
                }
                yield new Series("P|" + unit.id() + "|" + rule.term() + "|" + type, unit.id(), null, rule.term(), type, false,
                        rule.scheme(), issuerCode, today);
            }
            case STATE_PER_TYPE -> new Series("S|" + unit.id() + "|" + today.getYear() + "|" + (type == null ? "-" : type)
                    + "|" + confidential, unit.id(), today.getYear(), null, type, confidential, rule.scheme(), issuerCode, today);
            case STATE_SHARED -> new Series("S|" + unit.id() + "|" + today.getYear() + "|*|" + confidential, unit.id(),
                    today.getYear(), null, null, confidential, rule.scheme(), issuerCode, today);
        };
    }

    private void ensure(Series series) {
        boolean exists = jdbc.sql("select count(*) from document_series where series_key = ?").param(series.key())
                .query(Integer.class).single() > 0;
        if (exists) {
            return;
        }
        try {
            newTransaction.executeWithoutResult(status -> jdbc.sql("""
                    insert into document_series (id, series_key, unit_id, year, term, type_code, confidential, next_number)
                    values (?, ?, ?, ?, ?, ?, ?, 1)""").params(UUID.randomUUID(), series.key(), series.unitId(), series.year(),
                    series.term(), series.typeCode(), series.confidential()).update());
        } catch (DuplicateKeyException e) {
            // another clerk opened the same series at the same moment: it exists now, which is all we need
        }
    }

    private String issueIn(Actor actor, UUID documentId, Series series) {
        RegisteredDocument document = documents.findById(documentId).orElseThrow(DocumentNotFound::new);
        jdbc.sql("update document_series set next_number = next_number + 1 where series_key = ?").param(series.key()).update();
        int number = jdbc.sql("select next_number - 1 from document_series where series_key = ?").param(series.key())
                .query(Integer.class).single();
        String padded = number < 10 ? "0" + number : Integer.toString(number);
        String symbol = series.scheme() == NumberingScheme.PARTY
                ? padded + "-" + series.typeCode() + "/" + series.issuerCode()
                : padded + "/" + (document.typeCode() == null ? series.issuerCode() : document.typeCode() + "-" + series.issuerCode());
        Instant now = clock.instant();
        document.issue(number, symbol, series.on(), now);
        documents.save(document);
        links.mergeStubsInto(document);
        events.publishEvent(new DocumentNumberIssued(document.id(), document.unitId(), actor.username(), now));
        return symbol;
    }
}
