package vn.danvan.emulation.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.emulation.CriteriaSet;
import vn.danvan.emulation.MovementDesk;
import vn.danvan.emulation.NewCriteriaSet;
import vn.danvan.emulation.ScoringRule;
import vn.danvan.org.OrgStructure;
import vn.danvan.org.UnitKind;
import vn.danvan.shared.Actor;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.Role;

/**
 * Criteria per province and year, written one line per criterion ("name | weight | min | max") and per band
 * ("from total | level").
 */
@Controller
@RequestMapping("/emulation/criteria")
class CriteriaPages {

    private final MovementDesk desk;
    private final OrgStructure org;

    CriteriaPages(MovementDesk desk, OrgStructure org) {
        this.desk = desk;
        this.org = org;
    }

    /** The criteria form: lines of text parsed into criteria and bands. */
    record CriteriaForm(UUID provinceId, Integer year, String name, String rule, BigDecimal disagreementLimit,
            String criteriaText, String bandsText) {
    }

    @GetMapping
    String criteria(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("form", new CriteriaForm(null, null, null, ScoringRule.MEAN.name(), new BigDecimal("15"), null, null));
        return page(actor, model);
    }

    @PostMapping
    String define(@AuthenticationPrincipal Actor actor, @ModelAttribute("form") CriteriaForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                desk.defineCriteria(actor, new NewCriteriaSet(form.provinceId(), form.year(), form.name(), form.rule(),
                        form.disagreementLimit(), criteria(form.criteriaText()), bands(form.bandsText())));
                redirect.addFlashAttribute("flash", "emulation.criteria.defined");
                return "redirect:/emulation/criteria";
            } catch (DomainException e) {
                Refusals.reject(result, e, null);
            }
        }
        return page(actor, model);
    }

    private String page(Actor actor, Model model) {
        model.addAttribute("sets", desk.criteriaSets());
        model.addAttribute("provinces", org.candidates(actor, "", UnitKind.PROVINCE, 100, Role.LEADER, Role.UNIT_ADMIN));
        model.addAttribute("rules", ScoringRule.values());
        return "emulation/criteria";
    }

    static List<NewCriteriaSet.NewCriterion> criteria(String text) {
        List<NewCriteriaSet.NewCriterion> criteria = new ArrayList<>();
        for (String[] parts : lines(text, "criteriaText", 4)) {
            criteria.add(new NewCriteriaSet.NewCriterion(parts[0], decimal(parts[1], "criteriaText"),
                    decimal(parts[2], "criteriaText"), decimal(parts[3], "criteriaText")));
        }
        return criteria;
    }

    static List<CriteriaSet.Band> bands(String text) {
        List<CriteriaSet.Band> bands = new ArrayList<>();
        for (String[] parts : lines(text, "bandsText", 2)) {
            bands.add(new CriteriaSet.Band(decimal(parts[0], "bandsText"), parts[1]));
        }
        return bands;
    }

    static List<String[]> lines(String text, String field, int parts) {
        List<String[]> lines = new ArrayList<>();
        int number = 0;
        for (String line : (text == null ? "" : text).split("\\R")) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String[] split = line.split("\\|");
            if (split.length != parts) {
                throw InvalidInput.field(field, "emulation.criteria.line-invalid", number);
            }
            for (int i = 0; i < split.length; i++) {
                split[i] = split[i].strip();
            }
            lines.add(split);
        }
        return lines;
    }

    static BigDecimal decimal(String text, String field) {
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw InvalidInput.field(field, "emulation.number-invalid");
        }
    }
}
