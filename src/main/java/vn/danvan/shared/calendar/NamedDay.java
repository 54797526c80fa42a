package vn.danvan.shared.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day as an official holiday schedule lists it, with the name the announcement gives it ("Tết Nguyên đán",
 * "Làm bù cho ngày 02/5").
 */
public record NamedDay(LocalDate date, String name) {

    public NamedDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("The day " + date + " needs a name");
        }
    }
}
