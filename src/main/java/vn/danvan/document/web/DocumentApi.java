package vn.danvan.document.web;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.danvan.document.DocumentDirection;
import vn.danvan.document.DocumentDraft;
import vn.danvan.document.DocumentFields;
import vn.danvan.document.DocumentFilter;
import vn.danvan.document.DocumentNumbering;
import vn.danvan.document.DocumentRegistry;
import vn.danvan.document.DocumentRelation;
import vn.danvan.document.DocumentScheme;
import vn.danvan.document.DocumentSearch;
import vn.danvan.document.DocumentView;
import vn.danvan.document.NewDocument;
import vn.danvan.document.NumberingRule;
import vn.danvan.document.NumberingScheme;
import vn.danvan.document.SearchHit;
import vn.danvan.shared.Actor;
import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.PageOf;
import vn.danvan.shared.Paging;

/**
 * The document registry over REST: list with filters, read, register (text or file), correct, relate, issue numbers,
 * search, and parse without saving. Every call is scoped to the caller's units.
 */
@RestController
@RequestMapping("/api/v1/documents")
class DocumentApi {

    private final DocumentRegistry registry;
    private final DocumentNumbering numbering;
    private final DocumentSearch search;

    DocumentApi(DocumentRegistry registry, DocumentNumbering numbering, DocumentSearch search) {
        this.registry = registry;
        this.numbering = numbering;
        this.search = search;
    }

    @GetMapping
    PageOf<DocumentView> list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) DocumentDirection direction,
            @RequestParam(required = false) String type, @RequestParam(required = false) String issuer,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) DocumentRelation relation,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return registry.list(actor, new DocumentFilter(direction, type, issuer, year, relation), Paging.of(page, size));
    }

    @GetMapping("/{id}")
    DocumentView get(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return registry.view(actor, id);
    }

    /** The document's text as plain text. */
    @GetMapping(path = "/{id}/text", produces = "text/plain;charset=UTF-8")
    String text(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return registry.text(actor, id);
    }

    @GetMapping("/{id}/scheme")
    DocumentScheme scheme(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return registry.scheme(actor, id);
    }

    /** A document to register from its text, with the particulars a person checked. */
    record Registration(UUID unitId, DocumentDirection direction, DocumentFields fields, String text) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DocumentView> create(@AuthenticationPrincipal Actor actor, @RequestBody Registration request) {
        UUID id = registry.register(actor, new NewDocument(request.unitId(), request.direction(), request.fields(),
                request.text(), null, null));
        return ResponseEntity.created(URI.create("/api/v1/documents/" + id)).body(registry.view(actor, id));
    }

    /** Registers an uploaded file with the particulars as parsed (correct them afterwards with PUT). */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<DocumentView> upload(@AuthenticationPrincipal Actor actor, @RequestParam UUID unitId,
            @RequestParam DocumentDirection direction, @RequestParam("file") MultipartFile file) throws IOException {
        DocumentDraft draft = registry.read(file.getBytes(), file.getOriginalFilename(), true);
        UUID id = registry.register(actor, new NewDocument(unitId, direction, draft.fields(), null, draft.sha256(),
                draft.fileName()));
        return ResponseEntity.created(URI.create("/api/v1/documents/" + id)).body(registry.view(actor, id));
    }

    /** Corrected particulars, made against the version that was read. */
    record Amendment(DocumentFields fields, Long version) {
    }

    @PutMapping("/{id}")
    DocumentView update(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody Amendment request) {
        registry.amend(actor, id, request.fields(), request.version());
        return registry.view(actor, id);
    }

    /** A relation added by hand: the other document by id or symbol, and the date it takes effect. */
    record Relation(DocumentRelation relation, UUID targetId, String targetSymbol, LocalDate effectiveOn) {
    }

    @PostMapping("/{id}/links")
    DocumentScheme relate(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody Relation request) {
        registry.relate(actor, id, request.relation(), request.targetId(), request.targetSymbol(), request.effectiveOn());
        return registry.scheme(actor, id);
    }

    /** Issues a signed outgoing draft with the next number of its series. */
    @PostMapping("/{id}/issue")
    DocumentView issue(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        numbering.issue(actor, id);
        return registry.view(actor, id);
    }

    @GetMapping("/search")
    PageOf<SearchHit> search(@AuthenticationPrincipal Actor actor, @RequestParam String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return search.search(actor, q, Paging.of(page, size));
    }

    /** Parses an uploaded file without saving anything. */
    @PostMapping(path = "/parse", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    DocumentDraft parseUpload(@RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "text", required = false) String text) throws IOException {
        if (file != null && !file.isEmpty()) {
            return registry.read(file.getBytes(), file.getOriginalFilename(), false);
        }
        if (text == null) {
            throw InvalidInput.field("file", "document.file-empty");
        }
        return registry.read(text);
    }

    /** A text to parse. */
    record TextRequest(String text) {
    }

    /** Parses a text sent as JSON ({@code {"text": …}}) without saving anything. */
    @PostMapping(path = "/parse", consumes = MediaType.APPLICATION_JSON_VALUE)
    DocumentDraft parseJson(@RequestBody TextRequest request) {
        return registry.read(request.text());
    }

    /** Parses a text sent as the plain-text request body without saving anything. */
    @PostMapping(path = "/parse", consumes = MediaType.TEXT_PLAIN_VALUE)
    DocumentDraft parsePlain(@RequestBody(required = false) String text) {
        return registry.read(text);
    }

    @GetMapping("/numbering/{unitId}")
    NumberingRule numbering(@AuthenticationPrincipal Actor actor, @PathVariable UUID unitId) {
        return numbering.rule(actor, unitId);
    }

    /** How an issuer numbers its outgoing documents. */
    record NumberingRequest(NumberingScheme scheme, String term) {
    }

    @PutMapping("/numbering/{unitId}")
    NumberingRule configure(@AuthenticationPrincipal Actor actor, @PathVariable UUID unitId,
            @RequestBody NumberingRequest request) {
        numbering.configure(actor, unitId, request.scheme(), request.term());
        return numbering.rule(actor, unitId);
    }
}
