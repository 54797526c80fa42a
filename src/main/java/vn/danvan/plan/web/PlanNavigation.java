package vn.danvan.plan.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.danvan.shared.web.NavItem;

/**
 * The plans' entries in the main navigation: the plans, the own unit's tasks, overdue tasks.
 */
@Configuration(proxyBeanMethods = false)
class PlanNavigation {

    @Bean
    NavItem planNav() {
        return NavItem.of("nav.plan", "/plans", "bi-kanban", 30);
    }

    @Bean
    NavItem planTasksNav() {
        return NavItem.of("nav.plan.my-tasks", "/plans/tasks/mine", "bi-list-check", 31);
    }

    @Bean
    NavItem planOverdueNav() {
        return NavItem.of("nav.plan.overdue", "/plans/tasks/overdue", "bi-alarm", 32);
    }
}
