package vn.danvan.calendar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.danvan.shared.calendar.HolidayRules;
import vn.danvan.shared.calendar.WorkingCalendar;

/**
 * The one working calendar of the application: the Labour Code's holidays, overridden year by year by the official
 * schedules stored in the database.
 */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    @Bean
    WorkingCalendar workingCalendar(StoredSchedules schedules) {
        return new WorkingCalendar(HolidayRules.LABOUR_CODE_2019, schedules);
    }
}
