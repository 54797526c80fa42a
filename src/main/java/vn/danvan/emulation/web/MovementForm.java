package vn.danvan.emulation.web;

import java.time.LocalDate;
import java.util.UUID;

import vn.danvan.emulation.MovementDetails;
import vn.danvan.emulation.Phases;

/**
 * The form launching or amending a movement.
 */
record MovementForm(UUID unitId, Integer year, String level, String name, String rulesDocument, LocalDate launchedOn,
        LocalDate registrationFrom, LocalDate registrationTo, LocalDate implementationFrom, LocalDate implementationTo,
        LocalDate evaluationFrom, LocalDate evaluationTo, LocalDate commendationOn, Long version) {

    MovementDetails details() {
        return new MovementDetails(unitId, year, level, name, rulesDocument, new Phases(launchedOn, registrationFrom,
                registrationTo, implementationFrom, implementationTo, evaluationFrom, evaluationTo, commendationOn));
    }
}
