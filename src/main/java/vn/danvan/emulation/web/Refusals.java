package vn.danvan.emulation.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.shared.DomainException;
import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.web.FormFeedback;

/**
 * Why an action on an emulation page was refused: every message of a domain error, carried to the page it returns to.
 */
final class Refusals {

    /** One message to show: its key and arguments. */
    record Refusal(String code, Object[] args) {
    }

    private Refusals() {
    }

    static List<Refusal> of(DomainException e) {
        List<Refusal> refusals = new ArrayList<>();
        if (e.fieldProblems().isEmpty()) {
            refusals.add(new Refusal(e.code(), e.args()));
        } else {
            e.fieldProblems().forEach(p -> refusals.add(new Refusal(p.code(), p.args())));
        }
        return refusals;
    }

    static void flash(RedirectAttributes redirect, DomainException e) {
        redirect.addFlashAttribute("refusals", of(e));
    }

    /** Puts the error on a form, naming the form's own fields for problems of nested request parts. */
    static void reject(BindingResult form, DomainException e, String nestedPrefix) {
        if (e.fieldProblems().isEmpty() || nestedPrefix == null) {
            FormFeedback.reject(form, e);
            return;
        }
        FormFeedback.reject(form, new InvalidInput(e.fieldProblems().stream()
                .map(p -> new DomainException.FieldProblem(p.field().startsWith(nestedPrefix)
                        ? p.field().substring(nestedPrefix.length()) : p.field(), p.code(), p.args()))
                .toList()));
    }
}
