package vn.danvan.emulation.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import vn.danvan.emulation.Figure;
import vn.danvan.emulation.NewModel;

/**
 * The registration form of a model or exemplar, with up to three measurable results.
 */
record ModelForm(String kind, String name, UUID unitId, String people, String field, String problem, String actions,
        String results, LocalDate startedOn, String indicator1, BigDecimal value1, String measure1, String indicator2,
        BigDecimal value2, String measure2, String indicator3, BigDecimal value3, String measure3) {

    NewModel request() {
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure(indicator1, value1, measure1, null));
        figures.add(new Figure(indicator2, value2, measure2, null));
        figures.add(new Figure(indicator3, value3, measure3, null));
        return new NewModel(kind, name, unitId, people, field, problem, actions, results, startedOn, figures);
    }
}
