package vn.danvan.shared.calendar;

/**
 * A date, lunar date or deadline outside the years the calendar is computed for (1900–2199).
 */
public class DateOutOfCalendarRange extends IllegalArgumentException {

    DateOutOfCalendarRange(String message) {
        super(message);
    }
}
