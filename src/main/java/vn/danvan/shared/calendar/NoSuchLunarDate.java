package vn.danvan.shared.calendar;

/**
 * A lunar date that does not exist: day 30 of a 29-day month, a leap month the year does not have, month 13.
 */
public class NoSuchLunarDate extends IllegalArgumentException {

    NoSuchLunarDate(LunarDate date, String reason) {
        this(date.year(), date.month(), date.day(), date.leap(), reason);
    }

    NoSuchLunarDate(int year, int month, int day, boolean leap, String reason) {
        super("No lunar date " + day + "/" + month + (leap ? " (leap)" : "") + "/" + year + ": " + reason);
    }
}
