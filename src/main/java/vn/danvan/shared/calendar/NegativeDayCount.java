package vn.danvan.shared.calendar;

/**
 * A period or a number of days to add that is below zero; deadlines only run forward.
 */
public class NegativeDayCount extends IllegalArgumentException {

    NegativeDayCount(int days) {
        super("A number of days cannot be negative: " + days);
    }
}
