package vn.danvan.calendar.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.danvan.shared.web.NavItem;

/**
 * The calendar's entry in the main navigation.
 */
@Configuration(proxyBeanMethods = false)
class CalendarNavigation {

    @Bean
    NavItem calendarNav() {
        return NavItem.of("nav.calendar", "/calendar", "bi-calendar3", 59);
    }
}
