package vn.danvan.org.web;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.danvan.org.LeaderCoverage;
import vn.danvan.org.Merger;
import vn.danvan.org.NewUnit;
import vn.danvan.org.OrgManagement;
import vn.danvan.org.OrgStructure;
import vn.danvan.org.SearchHit;
import vn.danvan.org.Split;
import vn.danvan.org.StaffDetails;
import vn.danvan.org.StaffNotFound;
import vn.danvan.org.TreeNode;
import vn.danvan.org.UnitAmendment;
import vn.danvan.org.UnitDetails;
import vn.danvan.org.UnitImport;
import vn.danvan.org.UnitSummary;
import vn.danvan.shared.Actor;
import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.PageOf;
import vn.danvan.shared.Paging;

/**
 * The organisation tree over REST: units (as of any date, searchable), their history, moves, merges, splits, leaders,
 * staff and CSV/XLSX import. Every call is scoped to the caller's units.
 */
@RestController
@RequestMapping("/api/v1/org-units")
class OrgApi {

    private final OrgManagement management;
    private final OrgStructure org;
    private final UnitImport imports;
    private final Clock clock;

    OrgApi(OrgManagement management, OrgStructure org, UnitImport imports, Clock clock) {
        this.management = management;
        this.org = org;
        this.imports = imports;
        this.clock = clock;
    }

    /** The caller's top units, a unit's children ({@code parent}) or a search ({@code q}), on a date. */
    @GetMapping
    PageOf<UnitSummary> list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) UUID parent,
            @RequestParam(required = false) String q, @RequestParam(required = false) LocalDate asOf,
            @RequestParam(defaultValue = "false") boolean includeClosed, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return org.list(actor, parent, q, on(asOf), includeClosed, Paging.of(page, size));
    }

    @GetMapping("/{id}")
    UnitDetails get(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return org.details(actor, id);
    }

    @GetMapping("/{id}/children")
    List<TreeNode> children(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
            @RequestParam(required = false) LocalDate asOf, @RequestParam(defaultValue = "false") boolean includeClosed) {
        return org.children(actor, id, on(asOf), includeClosed);
    }

    @GetMapping("/search")
    List<SearchHit> search(@AuthenticationPrincipal Actor actor, @RequestParam String q,
            @RequestParam(required = false) LocalDate asOf, @RequestParam(defaultValue = "false") boolean includeClosed,
            @RequestParam(defaultValue = "50") int limit) {
        return org.search(actor, q, on(asOf), includeClosed, limit);
    }

    /** The units that carry on this unit's work on a date (itself, or its successors after mergers and splits). */
    @GetMapping("/{id}/successors")
    List<UnitSummary> successors(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
            @RequestParam(required = false) LocalDate on) {
        org.visible(actor, id);
        Set<UUID> ids = org.successorsOn(id, on(on));
        return ids.stream().map(org::find).flatMap(java.util.Optional::stream).filter(u -> actor.sees(u.path())).toList();
    }

    @PostMapping
    ResponseEntity<Map<String, UUID>> create(@AuthenticationPrincipal Actor actor, @RequestBody NewUnit request) {
        UUID id = management.establish(actor, request);
        return ResponseEntity.created(URI.create("/api/v1/org-units/" + id)).body(Map.of("id", id));
    }

    @PutMapping("/{id}")
    UnitSummary amend(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody UnitAmendment change) {
        management.amend(actor, id, change);
        return org.visible(actor, id);
    }

    /** Moving a unit under another parent from a date on. */
    record MoveRequest(UUID parentId, LocalDate effectiveOn) {
    }

    @PostMapping("/{id}/move")
    UnitSummary move(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody MoveRequest request) {
        management.move(actor, id, request.parentId(), request.effectiveOn());
        return org.visible(actor, id);
    }

    @PostMapping("/merges")
    UnitDetails merge(@AuthenticationPrincipal Actor actor, @RequestBody Merger merger) {
        management.merge(actor, merger);
        return org.details(actor, merger.targetId());
    }

    @PostMapping("/{id}/split")
    @ResponseStatus(HttpStatus.CREATED)
    List<UnitSummary> split(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody Split split) {
        return management.split(actor, id, split).stream().map(part -> org.visible(actor, part)).toList();
    }

    /** Dissolving a unit without a successor on a date. */
    record DissolveRequest(LocalDate effectiveOn) {
    }

    @PostMapping("/{id}/dissolve")
    UnitSummary dissolve(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody DissolveRequest request) {
        management.dissolve(actor, id, request.effectiveOn());
        return org.visible(actor, id);
    }

    @GetMapping("/{id}/leaders")
    List<UnitDetails.LeaderEntry> leaders(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return org.details(actor, id).leaders();
    }

    /** Designating a staff member of the unit as its mobilisation leader from a date on. */
    record LeaderRequest(UUID staffId, LocalDate from) {
    }

    @PostMapping("/{id}/leaders")
    @ResponseStatus(HttpStatus.CREATED)
    List<UnitDetails.LeaderEntry> designate(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
            @RequestBody LeaderRequest request) {
        management.designateLeader(actor, id, request.staffId(), request.from());
        return org.details(actor, id).leaders();
    }

    /** The units under this one without a designated mobilisation leader on a date. */
    @GetMapping("/{id}/leader-coverage")
    LeaderCoverage coverage(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
            @RequestParam(required = false) LocalDate on, @RequestParam(defaultValue = "false") boolean includeTerritories) {
        return org.leaderCoverage(actor, id, on(on), includeTerritories);
    }

    @GetMapping("/{id}/staff")
    List<UnitDetails.StaffEntry> staff(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return org.staff(org.visible(actor, id).id());
    }

    @PostMapping("/{id}/staff")
    ResponseEntity<UnitDetails.StaffEntry> addStaff(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
            @RequestBody StaffDetails details) {
        UUID staffId = management.addStaff(actor, id, details);
        return ResponseEntity.created(URI.create("/api/v1/org-units/" + id + "/staff/" + staffId))
                .body(org.staffMember(actor, staffId).orElseThrow(StaffNotFound::new));
    }

    /** New details of a staff member, made against the version that was read. */
    record StaffUpdate(String fullName, String position, String email, String phone, Long version) {
    }

    @PutMapping("/{id}/staff/{staffId}")
    UnitDetails.StaffEntry describeStaff(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
            @PathVariable UUID staffId, @RequestBody StaffUpdate update) {
        requireStaffOf(actor, id, staffId);
        management.describeStaff(actor, staffId, new StaffDetails(update.fullName(), update.position(), update.email(),
                update.phone()), update.version());
        return org.staffMember(actor, staffId).orElseThrow(StaffNotFound::new);
    }

    @DeleteMapping("/{id}/staff/{staffId}")
    ResponseEntity<Void> removeStaff(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
            @PathVariable UUID staffId) {
        requireStaffOf(actor, id, staffId);
        management.removeStaff(actor, staffId);
        return ResponseEntity.noContent().build();
    }

    /** Imports units from CSV or XLSX; answers 422 with the problems by row and column when any row is bad. */
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<UnitImport.ImportReport> importUnits(@AuthenticationPrincipal Actor actor,
            @RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "false") boolean checkOnly)
            throws IOException {
        if (file.isEmpty()) {
            throw InvalidInput.field("file", "table.empty");
        }
        byte[] content = file.getBytes();
        UnitImport.ImportReport report = checkOnly ? imports.check(actor, content) : imports.importUnits(actor, content);
        return ResponseEntity.status(report.isClean() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT).body(report);
    }

    private void requireStaffOf(Actor actor, UUID unitId, UUID staffId) {
        UnitSummary unit = org.visible(actor, unitId);
        if (!org.unitOfStaff(staffId).map(unit.id()::equals).orElse(false)) {
            throw new StaffNotFound();
        }
    }

    private LocalDate on(LocalDate date) {
        return date == null ? LocalDate.now(clock) : date;
    }
}
