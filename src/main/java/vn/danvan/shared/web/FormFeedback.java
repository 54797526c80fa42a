package vn.danvan.shared.web;

import org.springframework.validation.BindingResult;

import vn.danvan.shared.DomainException;

/**
 * Puts a domain error on a form being re-rendered: beside its fields when it names them, above the form otherwise.
 */
public final class FormFeedback {

    private FormFeedback() {
    }

    public static void reject(BindingResult form, DomainException error) {
        if (error.fieldProblems().isEmpty()) {
            form.reject(error.code(), error.args(), error.code());
            return;
        }
        for (DomainException.FieldProblem problem : error.fieldProblems()) {
            if (form.getTarget() != null && isField(form, problem.field())) {
                form.rejectValue(problem.field(), problem.code(), problem.args(), problem.code());
            } else {
                form.reject(problem.code(), problem.args(), problem.code());
            }
        }
    }

    private static boolean isField(BindingResult form, String field) {
        try {
            return field != null && form.getFieldType(field) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
