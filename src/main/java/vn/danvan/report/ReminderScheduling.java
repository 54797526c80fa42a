package vn.danvan.report;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the daily reminders ({@link ReportReminders#send()}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReminderScheduling {
}
