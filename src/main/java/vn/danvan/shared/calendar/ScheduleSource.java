package vn.danvan.shared.calendar;

/**
 * Where a day off or a swapped working day comes from: computed from the Labour Code's rules, or taken from the
 * schedule the Prime Minister or the Ministry of Home Affairs announced for the year.
 */
public enum ScheduleSource {
    COMPUTED,
    OFFICIAL
}
