package vn.danvan.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.document.parsing.Citation;
import vn.danvan.document.parsing.DocumentParser;
import vn.danvan.document.parsing.DocumentParticulars;
import vn.danvan.document.parsing.ParsedDocument;
import vn.danvan.document.parsing.UnreadableDocument;
import vn.danvan.org.OrgStructure;
import vn.danvan.org.UnitSummary;
import vn.danvan.shared.Actor;
import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.PageOf;
import vn.danvan.shared.Paging;
import vn.danvan.shared.Role;
import vn.danvan.shared.RuleViolated;
import vn.danvan.shared.Scope;
import vn.danvan.shared.VietnameseText;

/**
 * The registry's front door: reading a pasted text or an uploaded file into fields for a person to check, registering
 * it at a unit (clerks), correcting it, relating documents by hand, and reading documents, their text and their
 * "Lược đồ" within the reader's units. Other modules (plans importing documents) find documents and read their text here.
 */
@Service
@Transactional
public class DocumentRegistry {

    static final String COLUMNS = """
            d.id, d.unit_id, u.name as unit_name, d.direction, d.status, d.kind, d.symbol, d.number, d.type_code,
            d.type_name, d.issuer, d.issuer_code, d.place, d.issued_on, d.title, d.signer, d.signing_authority,
            d.signer_title, d.recipients, d.confidential, d.file_name, d.file_type, d.file_size, d.file_sha256,
            d.expired_on, d.created_at, d.created_by, d.updated_at, d.version""";
    static final String FROM = " from document_record d left join org_unit u on u.id = d.unit_id";
    private static final int MAX_TEXT = 5_000_000;
    /** Vietnamese letters with diacritics and their plain letters, for SQL translate(): issuers found without accents. */
    private static final String ACCENTED;
    private static final String PLAIN;

    static {
        StringBuilder accented = new StringBuilder();
        StringBuilder plain = new StringBuilder();
        for (char c = '\u00C0'; c <= '\u1EF9'; c++) {
            String folded = VietnameseText.fold(String.valueOf(c));
            if (Character.isLetter(c) && folded.length() == 1 && folded.charAt(0) >= 'a' && folded.charAt(0) <= 'z') {
                accented.append(c);
                plain.append(folded);
            }
        }
        ACCENTED = accented.toString();
        PLAIN = plain.toString();
    }

    private final RegisteredDocuments documents;
    private final DocumentLinks links;
    private final OriginalFiles originals;
    private final DocumentParser parser;
    private final OrgStructure org;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DocumentRegistry(RegisteredDocuments documents, DocumentLinks links, OriginalFiles originals, DocumentParser parser,
            OrgStructure org, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.documents = documents;
        this.links = links;
        this.originals = originals;
        this.parser = parser;
        this.org = org;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Reads a pasted text; nothing is saved. */
    @Transactional(readOnly = true)
    public DocumentDraft read(String text) {
        String checked = checkedText(text);
        return draft(parseText(checked), null, null, null, null);
    }

    /**
     * Reads an uploaded file (type judged from its bytes); nothing is saved unless {@code holdOriginal}, in which case
     * the original is held aside under its SHA-256 for the registration that follows.
     */
    @Transactional(readOnly = true)
    public DocumentDraft read(byte[] content, String fileName, boolean holdOriginal) {
        OriginalFiles.FileType type = originals.check(content);
        ParsedDocument parsed = parseFile(content, type);
        if (parsed.text() == null || parsed.text().isBlank()) {
            throw InvalidInput.field("file", "document.text-empty");
        }
        String sha256 = OriginalFiles.sha256(content);
        if (holdOriginal) {
            originals.stage(sha256, content);
        }
        return draft(parsed, displayName(fileName, type), type.name(), (long) content.length, sha256);
    }

    /** Registers a checked document at a unit; a stub with its symbol is merged into it and its citations become links. */
    public UUID register(Actor actor, NewDocument request) {
        UnitSummary unit = org.visible(actor, request.unitId());
        actor.require(unit.path(), Role.CLERK);
        ParsedDocument parsed;
        StoredOriginal original = null;
        if (request.originalSha256() != null && !request.originalSha256().isBlank()) {
            byte[] content = originals.read(request.originalSha256());
            OriginalFiles.FileType type = OriginalFiles.sniff(content);
            parsed = parseFile(content, type);
            original = new StoredOriginal(displayName(request.originalName(), type), type.name(), content.length, request.originalSha256());
        } else {
            parsed = parseText(checkedText(request.text()));
        }
        Instant now = clock.instant();
        RegisteredDocument document = RegisteredDocument.register(unit.id(), request.direction(), parsed.kind(),
                request.fields(), original, actor.username(), now);
        documents.save(document);
        jdbc.sql("insert into document_text (document_id, body) values (?, ?)").params(document.id(), parsed.text()).update();
        if (original != null) {
            originals.keep(original.sha256());
        }
        links.mergeStubsInto(document);
        links.cite(document, citations(parsed), actor.username(), now);
        events.publishEvent(new DocumentRegistered(document.id(), unit.id(), actor.username(), now));
        return document.id();
    }

    /** Corrects a document's particulars against the version that was read. */
    public void amend(Actor actor, UUID id, DocumentFields fields, Long version) {
        RegisteredDocument document = load(id);
        requireClerk(actor, document);
        document.requireVersion(version);
        Instant now = clock.instant();
        List<String> changed = document.amend(fields, now);
        if (changed.isEmpty()) {
            return;
        }
        documents.save(document);
        links.mergeStubsInto(document);
        events.publishEvent(new DocumentAmended(document.id(), document.unitId(), changed, actor.username(), now));
    }

    /**
     * Records by hand that a document guides, amends, replaces or corrects another one (named by id or symbol) from a
     * date; a replaced document is "hết hiệu lực" from that date.
     */
    public void relate(Actor actor, UUID sourceId, DocumentRelation relation, UUID targetId, String targetSymbol,
            LocalDate effectiveOn) {
        RegisteredDocument source = load(sourceId);
        requireClerk(actor, source);
        if (relation == null || !relation.isManual()) {
            throw InvalidInput.field("relation", "document.link.relation-invalid");
        }
        if (effectiveOn == null) {
            throw InvalidInput.field("effectiveOn", "document.link.effective-required");
        }
        Instant now = clock.instant();
        UUID target;
        if (targetId != null) {
            target = view(actor, targetId).id();
        } else if (targetSymbol != null && !targetSymbol.isBlank()) {
            target = links.resolve(targetSymbol.strip(), null, source.id(), actor.username(), now);
        } else {
            throw InvalidInput.field("target", "document.link.target-required");
        }
        if (target.equals(source.id())) {
            throw new RuleViolated("document.link.self");
        }
        if (!links.link(source.id(), target, relation, effectiveOn, actor.username(), now)) {
            throw new vn.danvan.shared.Conflict("document.link.duplicate");
        }
        if (relation == DocumentRelation.REPLACES) {
            RegisteredDocument replaced = load(target);
            replaced.expireOn(effectiveOn, now);
            documents.save(replaced);
        }
        events.publishEvent(new DocumentsLinked(source.id(), source.unitId(), target, relation, actor.username(), now));
    }

    /** A document the actor may read (stubs are readable by everyone: they hold only what a citation says). */
    @Transactional(readOnly = true)
    public DocumentView view(Actor actor, UUID id) {
        return find(actor, id).orElseThrow(DocumentNotFound::new);
    }

    /** A document the actor may read, if any. */
    @Transactional(readOnly = true)
    public Optional<DocumentView> find(Actor actor, UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        Scope.SqlCondition scope = readable(actor);
        return jdbc.sql("select " + COLUMNS + FROM + " where d.id = :id and " + scope.sql()).params(scope.params())
                .param("id", id).query(DocumentRegistry::row).optional();
    }

    /** Documents the actor may read whose symbol is this one (after normalisation), registered ones first. */
    @Transactional(readOnly = true)
    public List<DocumentView> findBySymbol(Actor actor, String symbol) {
        SymbolKey key = SymbolKey.of(symbol);
        if (key == null) {
            return List.of();
        }
        Scope.SqlCondition scope = readable(actor);
        return jdbc.sql("select " + COLUMNS + FROM + " where d.symbol_key = :key and " + scope.sql()
                + " order by case when d.status = 'STUB' then 1 else 0 end, d.issued_on desc, d.created_at")
                .params(scope.params()).param("key", key.key()).query(DocumentRegistry::row).list();
    }

    /** The text of a document the actor may read (empty for stubs). */
    @Transactional(readOnly = true)
    public String text(Actor actor, UUID id) {
        view(actor, id);
        return jdbc.sql("select body from document_text where document_id = ?").param(id).query(String.class).optional()
                .orElse("");
    }

    /** The original file of a document the actor may read. */
    @Transactional(readOnly = true)
    public byte[] original(Actor actor, UUID id) {
        DocumentView document = view(actor, id);
        if (document.fileSha256() == null) {
            throw new DocumentNotFound();
        }
        return originals.read(document.fileSha256());
    }

    /** A page of the registered documents the actor may read, newest first. */
    @Transactional(readOnly = true)
    public PageOf<DocumentView> list(Actor actor, DocumentFilter filter, Paging paging) {
        Scope.SqlCondition scope = actor.scope().onUnit("d.unit_id");
        StringBuilder where = new StringBuilder(" where d.status <> 'STUB' and ").append(scope.sql());
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        DocumentFilter f = filter == null ? DocumentFilter.none() : filter;
        if (f.direction() != null) {
            where.append(" and d.direction = :direction");
            params.put("direction", f.direction().name());
        }
        if (f.typeCode() != null && !f.typeCode().isBlank()) {
            where.append(" and lower(d.type_code) = :typeCode");
            params.put("typeCode", f.typeCode().strip().toLowerCase());
        }
        if (f.issuer() != null && !f.issuer().isBlank()) {
            String issuer = VietnameseText.fold(f.issuer());
            where.append(" and (lower(translate(d.issuer_code, :accented, :plain)) = :issuerCode"
                    + " or lower(translate(d.issuer, :accented, :plain)) like :issuer)");
            params.put("accented", ACCENTED);
            params.put("plain", PLAIN);
            params.put("issuerCode", issuer);
            params.put("issuer", "%" + issuer.replace("%", "").replace("_", "") + "%");
        }
        if (f.year() != null) {
            where.append(" and d.issued_year = :year");
            params.put("year", f.year());
        }
        if (f.relation() != null) {
            where.append(" and exists (select 1 from document_link l where l.relation = :relation"
                    + " and (l.source_id = d.id or l.target_id = d.id))");
            params.put("relation", f.relation().name());
        }
        long total = jdbc.sql("select count(*)" + FROM + where).params(params).query(Long.class).single();
        List<DocumentView> items = jdbc.sql("select " + COLUMNS + FROM + where
                + " order by d.created_at desc, d.id limit :limit offset :offset").params(params)
                .param("limit", paging.size()).param("offset", paging.offset()).query(DocumentRegistry::row).list();
        return new PageOf<>(items, paging.page(), paging.size(), total);
    }

    /** The "Lược đồ" of a document the actor may read. */
    @Transactional(readOnly = true)
    public DocumentScheme scheme(Actor actor, UUID id) {
        view(actor, id);
        List<DocumentScheme.Group> groups = new ArrayList<>();
        for (boolean forward : new boolean[] { true, false }) {
            String self = forward ? "l.source_id" : "l.target_id";
            String other = forward ? "l.target_id" : "l.source_id";
            List<Object[]> rows = jdbc.sql("select l.relation, l.effective_on, o.id, o.symbol, o.type_name, o.title, o.issued_on, "
                    + "o.status, o.expired_on, u.path from document_link l join document_record o on o.id = " + other
                    + " left join org_unit u on u.id = o.unit_id where " + self + " = ? order by l.position, o.issued_on")
                    .param(id).query((rs, n) -> new Object[] { DocumentRelation.valueOf(rs.getString("relation")),
                            new DocumentScheme.Related(rs.getObject("id", UUID.class), rs.getString("symbol"),
                                    rs.getString("type_name"), rs.getString("title"), rs.getObject("issued_on", LocalDate.class),
                                    DocumentStatus.valueOf(rs.getString("status")),
                                    rs.getString("path") == null || actor.sees(rs.getString("path")),
                                    rs.getObject("effective_on", LocalDate.class), rs.getObject("expired_on", LocalDate.class)) })
                    .list();
            for (DocumentRelation relation : DocumentRelation.values()) {
                List<DocumentScheme.Related> related = rows.stream().filter(r -> r[0] == relation)
                        .map(r -> (DocumentScheme.Related) r[1]).toList();
                if (!related.isEmpty()) {
                    groups.add(new DocumentScheme.Group(relation, forward, related));
                }
            }
        }
        return new DocumentScheme(groups);
    }

    private static Scope.SqlCondition readable(Actor actor) {
        Scope.SqlCondition inScope = actor.scope().onUnit("d.unit_id");
        return new Scope.SqlCondition("(d.status = 'STUB' or " + inScope.sql() + ")", inScope.params());
    }

    private RegisteredDocument load(UUID id) {
        return documents.findById(id).orElseThrow(DocumentNotFound::new);
    }

    private void requireClerk(Actor actor, RegisteredDocument document) {
        if (document.unitId() == null) {
            throw new RuleViolated("document.stub-not-editable");
        }
        UnitSummary unit = org.find(document.unitId()).orElseThrow(DocumentNotFound::new);
        if (!actor.sees(unit.path())) {
            throw new DocumentNotFound();
        }
        actor.require(unit.path(), Role.CLERK);
    }

    private static String checkedText(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInput.field("text", "document.text-empty");
        }
        if (text.length() > MAX_TEXT) {
            throw InvalidInput.field("text", "document.text-too-long", MAX_TEXT);
        }
        if (text.indexOf('\u0000') >= 0) {
            throw InvalidInput.field("text", "document.text-binary");
        }
        return text;
    }

    private ParsedDocument parseText(String text) {
        try {
            return parser.parseText(text);
        } catch (UnreadableDocument e) {
            throw InvalidInput.field("text", refusal(e, false));
        }
    }

    private ParsedDocument parseFile(byte[] content, OriginalFiles.FileType type) {
        try {
            return parser.parse(content, "original." + type.extension);
        } catch (UnreadableDocument e) {
            throw InvalidInput.field("file", refusal(e, true));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw InvalidInput.field("file", "document.unreadable");
        }
    }

    /** The message that tells the person why the parser refused the content. */
    private static String refusal(UnreadableDocument e, boolean file) {
        return switch (e.reason()) {
            case EMPTY -> "document.text-empty";
            case NO_TEXT -> "document.file-no-text";
            case BINARY -> file ? "document.file-unsupported" : "document.text-binary";
            case CORRUPT -> "document.file-corrupt";
            case ENCRYPTED -> "document.file-encrypted";
            case TOO_LARGE -> "document.file-inflates";
            case UNSUPPORTED -> "document.file-unsupported";
        };
    }

    private static String displayName(String fileName, OriginalFiles.FileType type) {
        String clean = VietnameseText.clean(fileName);
        return clean == null || clean.isEmpty() ? "original." + type.extension : clean;
    }

    private static DocumentDraft draft(ParsedDocument parsed, String fileName, String fileType, Long size, String sha256) {
        DocumentParticulars p = parsed.document();
        DocumentFields fields = p == null ? new DocumentFields(null, null, null, null, null, null, null, null, null, null,
                null, null, false)
                : new DocumentFields(p.symbol(), p.typeCode(), p.typeName(), p.issuer(), p.issuerCode(), p.place(),
                        p.issuedOn(), p.title(), p.signer(), p.signingAuthority(), p.signerTitle(),
                        p.recipients().isEmpty() ? null : String.join("; ", p.recipients()), false);
        return new DocumentDraft(parsed.kind(), fields, citations(parsed), parsed.text(), fileName, fileType, size, sha256);
    }

    private static List<CitedDocument> citations(ParsedDocument parsed) {
        return parsed.citations().stream().map(DocumentRegistry::cited).toList();
    }

    private static CitedDocument cited(Citation c) {
        return new CitedDocument(c.symbol(), c.typeCode(), c.issuerCode(), c.issuedOn(), c.title(),
                c.relation() == null ? DocumentRelation.CITES : DocumentRelation.valueOf(c.relation().name()));
    }

    static DocumentView row(ResultSet rs, int n) throws SQLException {
        return new DocumentView(rs.getObject("id", UUID.class), rs.getObject("unit_id", UUID.class), rs.getString("unit_name"),
                DocumentDirection.valueOf(rs.getString("direction")), DocumentStatus.valueOf(rs.getString("status")),
                rs.getString("kind"), rs.getString("symbol"), rs.getString("number"), rs.getString("type_code"),
                rs.getString("type_name"), rs.getString("issuer"), rs.getString("issuer_code"), rs.getString("place"),
                rs.getObject("issued_on", LocalDate.class), rs.getString("title"), rs.getString("signer"),
                rs.getString("signing_authority"), rs.getString("signer_title"), rs.getString("recipients"),
                rs.getBoolean("confidential"), rs.getString("file_name"), rs.getString("file_type"),
                (Long) rs.getObject("file_size", Long.class), rs.getString("file_sha256"),
                rs.getObject("expired_on", LocalDate.class), rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"), rs.getTimestamp("updated_at").toInstant(), rs.getLong("version"));
    }
}
