package vn.danvan.emulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.danvan.shared.DomainException.FieldProblem;
import vn.danvan.shared.InvalidInput;

/**
 * The dated phases of a movement: launch, registration, implementation, evaluation, commendation.
 */
public record Phases(LocalDate launchedOn, LocalDate registrationFrom, LocalDate registrationTo,
        LocalDate implementationFrom, LocalDate implementationTo, LocalDate evaluationFrom, LocalDate evaluationTo,
        LocalDate commendationOn) {

    /** Fails unless every date is given and each phase follows the one before it. */
    void check() {
        List<FieldProblem> problems = new ArrayList<>();
        String[] names = { "launchedOn", "registrationFrom", "registrationTo", "implementationFrom", "implementationTo",
                "evaluationFrom", "evaluationTo", "commendationOn" };
        LocalDate[] dates = { launchedOn, registrationFrom, registrationTo, implementationFrom, implementationTo,
                evaluationFrom, evaluationTo, commendationOn };
        for (int i = 0; i < dates.length; i++) {
            if (dates[i] == null) {
                problems.add(new FieldProblem("phases." + names[i], "emulation.movement.date-required"));
            }
        }
        if (problems.isEmpty()) {
            order(problems, "registrationFrom", launchedOn, registrationFrom);
            order(problems, "registrationTo", registrationFrom, registrationTo);
            order(problems, "implementationFrom", registrationFrom, implementationFrom);
            order(problems, "implementationTo", implementationFrom, implementationTo);
            order(problems, "evaluationFrom", implementationFrom, evaluationFrom);
            order(problems, "evaluationTo", evaluationFrom, evaluationTo);
            order(problems, "commendationOn", evaluationTo, commendationOn);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private static void order(List<FieldProblem> problems, String field, LocalDate before, LocalDate after) {
        if (after.isBefore(before)) {
            problems.add(new FieldProblem("phases." + field, "emulation.movement.phases-order"));
        }
    }

    public boolean isRegistrationOpen(LocalDate on) {
        return !on.isBefore(registrationFrom) && !on.isAfter(registrationTo);
    }
}
