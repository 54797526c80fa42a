package vn.danvan.org.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.org.Merger;
import vn.danvan.org.NewUnit;
import vn.danvan.org.OrgManagement;
import vn.danvan.org.OrgStructure;
import vn.danvan.org.Split;
import vn.danvan.org.UnitAmendment;
import vn.danvan.org.UnitDetails;
import vn.danvan.org.UnitKind;
import vn.danvan.org.UnitSummary;
import vn.danvan.shared.Actor;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.Role;
import vn.danvan.shared.web.FormFeedback;

/**
 * Changing the tree: establishing, amending, moving, merging, splitting and dissolving units. Each form re-renders with
 * its messages when the change is refused, and nothing is changed.
 */
@Controller
@RequestMapping("/org/units")
class UnitEditPages {

    private final OrgManagement management;
    private final OrgStructure org;
    private final Clock clock;

    UnitEditPages(OrgManagement management, OrgStructure org, Clock clock) {
        this.management = management;
        this.org = org;
        this.clock = clock;
    }

    @GetMapping("/new")
    String newUnit(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) UUID parent, Model model) {
        UnitSummary parentUnit = parent == null ? null : org.visible(actor, parent);
        model.addAttribute("form", new UnitForm(null, null, null, null, parent, null, null, null, null));
        return unitForm(actor, model, parentUnit, null);
    }

    @PostMapping
    String establish(@AuthenticationPrincipal Actor actor, @Valid @ModelAttribute("form") UnitForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                UUID id = management.establish(actor, new NewUnit(form.code(), form.name(), form.shortName(), form.kind(),
                        form.parentId(), form.validFrom(), form.validTo()));
                redirect.addFlashAttribute("flash", "org.unit.established");
                return "redirect:/org/units/" + id;
            } catch (DomainException e) {
                FormFeedback.reject(result, e);
            }
        }
        UnitSummary parent = form.parentId() == null ? null : org.find(form.parentId()).filter(u -> actor.sees(u.path())).orElse(null);
        return unitForm(actor, model, parent, null);
    }

    @GetMapping("/{id}/edit")
    String edit(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        UnitSummary unit = org.visible(actor, id);
        model.addAttribute("form", new UnitForm(unit.code(), unit.name(), unit.shortName(), unit.kind(), unit.parentId(),
                unit.validFrom(), unit.validTo(), today(), unit.version()));
        return unitForm(actor, model, null, unit);
    }

    @PostMapping("/{id}")
    String amend(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("form") UnitForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        UnitSummary unit = org.visible(actor, id);
        if (!result.hasErrors()) {
            try {
                management.amend(actor, id, new UnitAmendment(form.name(), form.kind(), form.shortName(),
                        form.shortNameFrom(), form.version()));
                redirect.addFlashAttribute("flash", "org.unit.amended");
                return "redirect:/org/units/" + id;
            } catch (DomainException e) {
                FormFeedback.reject(result, e);
            }
        }
        return unitForm(actor, model, null, unit);
    }

    private String unitForm(Actor actor, Model model, UnitSummary parent, UnitSummary unit) {
        model.addAttribute("parent", parent);
        model.addAttribute("unit", unit);
        model.addAttribute("kinds", UnitKind.values());
        return "org/unit-form";
    }

    @GetMapping("/{id}/move")
    String moveForm(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        model.addAttribute("form", new MoveForm(null, today()));
        return moveView(actor, id, model);
    }

    @PostMapping("/{id}/move")
    String move(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("form") MoveForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                management.move(actor, id, form.parentId(), form.effectiveOn());
                redirect.addFlashAttribute("flash", "org.unit.moved");
                return "redirect:/org/units/" + id;
            } catch (DomainException e) {
                FormFeedback.reject(result, e);
            }
        }
        return moveView(actor, id, model);
    }

    private String moveView(Actor actor, UUID id, Model model) {
        model.addAttribute("unit", org.visible(actor, id));
        model.addAttribute("candidates", org.candidates(actor, "", null, 200, Role.UNIT_ADMIN));
        return "org/move";
    }

    @GetMapping("/{id}/merge")
    String mergeForm(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        model.addAttribute("form", new MergeForm(List.of(), today(), true));
        return mergeView(actor, id, model);
    }

    @PostMapping("/{id}/merge")
    String merge(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("form") MergeForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                management.merge(actor, new Merger(form.sourceIds(), id, form.effectiveOn(), form.moveChildren()));
                redirect.addFlashAttribute("flash", "org.unit.merged");
                return "redirect:/org/units/" + id;
            } catch (DomainException e) {
                FormFeedback.reject(result, e);
            }
        }
        return mergeView(actor, id, model);
    }

    private String mergeView(Actor actor, UUID id, Model model) {
        UnitSummary target = org.visible(actor, id);
        model.addAttribute("unit", target);
        model.addAttribute("candidates", org.candidates(actor, "", target.kind(), 500, Role.UNIT_ADMIN).stream()
                .filter(hit -> !hit.unit().id().equals(id)).toList());
        return "org/merge";
    }

    @GetMapping("/{id}/split")
    String splitForm(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
            @RequestParam(defaultValue = "2") int parts, Model model) {
        UnitSummary unit = org.visible(actor, id);
        List<SplitRow> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(2, Math.min(parts, 20)); i++) {
            rows.add(new SplitRow("", "", "", unit.kind()));
        }
        return splitView(actor, unit, rows, Map.of(), today(), model, List.of());
    }

    @PostMapping("/{id}/split")
    String split(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestParam Map<String, String> params,
            @RequestParam(name = "partCode", required = false) List<String> codes,
            @RequestParam(name = "partName", required = false) List<String> names,
            @RequestParam(name = "partShortName", required = false) List<String> shortNames,
            @RequestParam(name = "partKind", required = false) List<UnitKind> kinds,
            @RequestParam(required = false) LocalDate effectiveOn, Model model, RedirectAttributes redirect) {
        UnitSummary unit = org.visible(actor, id);
        List<SplitRow> rows = new ArrayList<>();
        int count = codes == null ? 0 : codes.size();
        for (int i = 0; i < count; i++) {
            rows.add(new SplitRow(codes.get(i), at(names, i), at(shortNames, i),
                    kinds != null && i < kinds.size() && kinds.get(i) != null ? kinds.get(i) : unit.kind()));
        }
        Map<UUID, Integer> childParts = new HashMap<>();
        params.forEach((key, value) -> {
            if (key.startsWith("child_") && value != null && !value.isBlank()) {
                try {
                    childParts.put(UUID.fromString(key.substring(6)), Integer.parseInt(value));
                } catch (IllegalArgumentException ignored) {
                    // a tampered field is treated as unassigned and reported as such below
                }
            }
        });
        List<String> errors = new ArrayList<>();
        try {
            if (effectiveOn == null) {
                throw InvalidInput.field("effectiveOn", "org.unit.effective-date-required");
            }
            List<Split.Part> parts = rows.stream().filter(r -> !r.code().isBlank() || !r.name().isBlank())
                    .map(r -> new Split.Part(r.code(), r.name(), r.shortName(), r.kind())).toList();
            management.split(actor, id, new Split(effectiveOn, parts, childParts));
            redirect.addFlashAttribute("flash", "org.unit.split");
            return "redirect:/org/units/" + id;
        } catch (DomainException e) {
            errors.add(e.fieldProblems().isEmpty() ? e.code() : e.fieldProblems().get(0).code());
            model.addAttribute("errorArgs", e.fieldProblems().isEmpty() ? e.args() : e.fieldProblems().get(0).args());
        }
        return splitView(actor, unit, rows, childParts, effectiveOn, model, errors);
    }

    private String splitView(Actor actor, UnitSummary unit, List<SplitRow> rows, Map<UUID, Integer> childParts,
            LocalDate effectiveOn, Model model, List<String> errors) {
        UnitDetails details = org.details(actor, unit.id());
        model.addAttribute("unit", unit);
        model.addAttribute("rows", rows);
        model.addAttribute("children", details.children().stream().filter(c -> !c.isClosed()).toList());
        model.addAttribute("childParts", childParts);
        model.addAttribute("effectiveOn", effectiveOn);
        model.addAttribute("kinds", UnitKind.values());
        model.addAttribute("errors", errors);
        return "org/split";
    }

    @GetMapping("/{id}/dissolve")
    String dissolveForm(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        model.addAttribute("form", new DateForm(today()));
        model.addAttribute("unit", org.visible(actor, id));
        return "org/dissolve";
    }

    @PostMapping("/{id}/dissolve")
    String dissolve(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("form") DateForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                management.dissolve(actor, id, form.effectiveOn());
                redirect.addFlashAttribute("flash", "org.unit.dissolved");
                return "redirect:/org/units/" + id;
            } catch (DomainException e) {
                FormFeedback.reject(result, e);
            }
        }
        model.addAttribute("unit", org.visible(actor, id));
        return "org/dissolve";
    }

    private static String at(List<String> values, int index) {
        return values != null && index < values.size() && values.get(index) != null ? values.get(index) : "";
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** One new unit of a split as typed in the form. */
    record SplitRow(String code, String name, String shortName, UnitKind kind) {
    }
}
