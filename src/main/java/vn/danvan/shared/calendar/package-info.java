/**
 * The Vietnamese calendar that deadlines are counted on: the lunar calendar for UTC+7, public holidays and official
 * holiday schedules, working days, and periods counted by the Civil Code. Plain Java, no Spring.
 */
package vn.danvan.shared.calendar;
