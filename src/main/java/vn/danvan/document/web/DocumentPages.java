package vn.danvan.document.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.document.DocumentDirection;
import vn.danvan.document.DocumentDraft;
import vn.danvan.document.DocumentFilter;
import vn.danvan.document.DocumentNumbering;
import vn.danvan.document.DocumentRegistry;
import vn.danvan.document.DocumentRelation;
import vn.danvan.document.DocumentSearch;
import vn.danvan.document.DocumentStatus;
import vn.danvan.document.DocumentView;
import vn.danvan.document.NewDocument;
import vn.danvan.document.NumberingScheme;
import vn.danvan.org.OrgStructure;
import vn.danvan.org.UnitSummary;
import vn.danvan.shared.Actor;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.Paging;
import vn.danvan.shared.Role;
import vn.danvan.shared.web.FormFeedback;

/**
 * The registry's pages: the list with filters, registering by paste or upload (read, check, save), a document with its
 * text and "Lược đồ", corrections, relations added by hand, issuing outgoing numbers, numbering settings and search.
 */
@Controller
@RequestMapping("/documents")
class DocumentPages {

    private final DocumentRegistry registry;
    private final DocumentNumbering numbering;
    private final DocumentSearch search;
    private final OrgStructure org;
    private final Clock clock;

    DocumentPages(DocumentRegistry registry, DocumentNumbering numbering, DocumentSearch search, OrgStructure org,
            Clock clock) {
        this.registry = registry;
        this.numbering = numbering;
        this.search = search;
        this.org = org;
        this.clock = clock;
    }

    @GetMapping
    String list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) DocumentDirection direction,
            @RequestParam(required = false) String type, @RequestParam(required = false) String issuer,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) DocumentRelation relation,
            @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("documents", registry.list(actor, new DocumentFilter(direction, type, issuer, year, relation),
                Paging.of(page, 25)));
        model.addAttribute("direction", direction);
        model.addAttribute("type", type);
        model.addAttribute("issuer", issuer);
        model.addAttribute("year", year);
        model.addAttribute("relation", relation);
        model.addAttribute("directions", DocumentDirection.values());
        model.addAttribute("relations", DocumentRelation.values());
        model.addAttribute("mayRegister", actor.holds(Role.CLERK));
        model.addAttribute("today", today());
        return "document/list";
    }

    @GetMapping("/new")
    String newDocument(@AuthenticationPrincipal Actor actor, Model model) {
        return readForm(actor, model, actor.unitId(), DocumentDirection.INCOMING, null);
    }

    private String readForm(Actor actor, Model model, UUID unitId, DocumentDirection direction, String text) {
        model.addAttribute("units", units(actor));
        model.addAttribute("unitId", unitId);
        model.addAttribute("direction", direction);
        model.addAttribute("directions", DocumentDirection.values());
        model.addAttribute("text", text);
        return "document/new";
    }

    /** Reads a pasted text or an uploaded file and shows the fields for checking; nothing is registered yet. */
    @PostMapping("/read")
    String read(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) UUID unitId,
            @RequestParam(required = false) DocumentDirection direction, @RequestParam(required = false) String text,
            @RequestParam(required = false) MultipartFile file, Model model) throws IOException {
        DocumentDirection chosen = direction == null ? DocumentDirection.INCOMING : direction;
        try {
            DocumentDraft draft = file != null && !file.isEmpty()
                    ? registry.read(file.getBytes(), file.getOriginalFilename(), true)
                    : registry.read(text);
            boolean uploaded = draft.sha256() != null;
            model.addAttribute("form", DocumentForm.of(unitId, chosen, draft.fields(), uploaded ? null : draft.text(),
                    draft.sha256(), draft.fileName(), null));
            return checkForm(actor, model, draft);
        } catch (DomainException e) {
            model.addAttribute("problem", e.fieldProblems().isEmpty() ? e.code() : e.fieldProblems().get(0).code());
            model.addAttribute("problemArgs", e.fieldProblems().isEmpty() ? e.args() : e.fieldProblems().get(0).args());
            return readForm(actor, model, unitId, chosen, text);
        }
    }

    private String checkForm(Actor actor, Model model, DocumentDraft draft) {
        model.addAttribute("draft", draft);
        model.addAttribute("units", units(actor));
        model.addAttribute("directions", DocumentDirection.values());
        return "document/check";
    }

    @PostMapping
    String register(@AuthenticationPrincipal Actor actor, @ModelAttribute("form") DocumentForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                UUID id = registry.register(actor, new NewDocument(form.unitId(), form.direction(), form.fields(),
                        form.text(), form.sha256(), form.fileName()));
                redirect.addFlashAttribute("flash", "document.registered");
                return "redirect:/documents/" + id;
            } catch (DomainException e) {
                FormFeedback.reject(result, e);
            }
        }
        DocumentDraft draft = null;
        if (form.text() != null && !form.text().isBlank()) {
            try {
                draft = registry.read(form.text());
            } catch (DomainException e) {
                draft = null;
            }
        }
        return checkForm(actor, model, draft);
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        DocumentView document = registry.view(actor, id);
        model.addAttribute("d", document);
        model.addAttribute("scheme", registry.scheme(actor, id));
        model.addAttribute("text", registry.text(actor, id));
        model.addAttribute("today", today());
        boolean clerk = !document.isStub() && mayClerk(actor, document.unitId());
        model.addAttribute("mayEdit", clerk);
        model.addAttribute("mayIssue", clerk && document.status() == DocumentStatus.DRAFT);
        model.addAttribute("manualRelations", DocumentRelation.MANUAL);
        return "document/detail";
    }

    @GetMapping("/{id}/edit")
    String edit(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        DocumentView document = registry.view(actor, id);
        model.addAttribute("form", DocumentForm.of(document));
        model.addAttribute("d", document);
        return "document/edit";
    }

    @PostMapping("/{id}")
    String amend(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @ModelAttribute("form") DocumentForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                registry.amend(actor, id, form.fields(), form.version());
                redirect.addFlashAttribute("flash", "document.amended");
                return "redirect:/documents/" + id;
            } catch (DomainException e) {
                FormFeedback.reject(result, e);
            }
        }
        model.addAttribute("d", registry.view(actor, id));
        return "document/edit";
    }

    @PostMapping("/{id}/links")
    String relate(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
            @RequestParam(required = false) DocumentRelation relation, @RequestParam(required = false) String target,
            @RequestParam(required = false) LocalDate effectiveOn, RedirectAttributes redirect) {
        try {
            registry.relate(actor, id, relation, null, target, effectiveOn);
            redirect.addFlashAttribute("flash", "document.link.added");
        } catch (DomainException e) {
            problem(redirect, e);
        }
        return "redirect:/documents/" + id + "#scheme";
    }

    @PostMapping("/{id}/issue")
    String issue(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        try {
            numbering.issue(actor, id);
            redirect.addFlashAttribute("flash", "document.issued");
        } catch (DomainException e) {
            problem(redirect, e);
        }
        return "redirect:/documents/" + id;
    }

    @GetMapping("/{id}/original")
    ResponseEntity<byte[]> original(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        DocumentView document = registry.view(actor, id);
        byte[] content = registry.original(actor, id);
        MediaType type = switch (document.fileType() == null ? "" : document.fileType()) {
            case "PDF" -> MediaType.APPLICATION_PDF;
            case "DOCX" -> MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            case "HTML", "TEXT" -> MediaType.parseMediaType("text/plain;charset=UTF-8");
            default -> MediaType.APPLICATION_OCTET_STREAM;
        };
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName() == null ? "original" : document.fileName(),
                                java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(content);
    }

    @GetMapping("/search")
    String search(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("q", q);
        if (q != null && !q.isBlank()) {
            model.addAttribute("hits", search.search(actor, q, Paging.of(page, 20)));
        }
        return "document/search";
    }

    @GetMapping("/numbering")
    String numberingForm(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) UUID unit, Model model) {
        UUID unitId = unit != null ? unit : actor.unitId();
        model.addAttribute("units", units(actor));
        model.addAttribute("rule", unitId == null ? null : numbering.rule(actor, unitId));
        model.addAttribute("schemes", NumberingScheme.values());
        return "document/numbering";
    }

    @PostMapping("/numbering")
    String configure(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) UUID unit,
            @RequestParam(required = false) NumberingScheme scheme, @RequestParam(required = false) String term,
            RedirectAttributes redirect) {
        if (unit == null) {
            throw InvalidInput.field("unit", "document.unit-required");
        }
        try {
            numbering.configure(actor, unit, scheme, term);
            redirect.addFlashAttribute("flash", "document.numbering.saved");
        } catch (DomainException e) {
            problem(redirect, e);
        }
        return "redirect:/documents/numbering?unit=" + unit;
    }

    private static void problem(RedirectAttributes redirect, DomainException e) {
        redirect.addFlashAttribute("problem", e.fieldProblems().isEmpty() ? e.code() : e.fieldProblems().get(0).code());
        redirect.addFlashAttribute("problemArgs", e.fieldProblems().isEmpty() ? e.args() : e.fieldProblems().get(0).args());
    }

    private boolean mayClerk(Actor actor, UUID unitId) {
        return unitId != null && org.find(unitId).map(UnitSummary::path).map(path -> actor.may(path, Role.CLERK)).orElse(false);
    }

    private List<UnitSummary> units(Actor actor) {
        return org.candidates(actor, "", null, 500, Role.CLERK).stream().map(vn.danvan.org.SearchHit::unit).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
