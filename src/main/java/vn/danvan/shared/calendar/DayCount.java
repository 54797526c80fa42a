package vn.danvan.shared.calendar;

/**
 * The unit a statute counts a period in: plain days ("ngày"), counted on the solar calendar, or working days
 * ("ngày làm việc"), Monday to Friday less days off (VIETNAM.md §2.1).
 */
public enum DayCount {
    CALENDAR_DAYS,
    WORKING_DAYS
}
