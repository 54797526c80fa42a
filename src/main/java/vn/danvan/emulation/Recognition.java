package vn.danvan.emulation;

import java.time.LocalDate;

/**
 * A decision recognising and commending a model: level, form (Giấy khen, Bằng khen…), the decision document and date.
 */
public record Recognition(String level, String form, String decision, LocalDate decidedOn) {
}
