package vn.danvan.audit.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.danvan.shared.Role;
import vn.danvan.shared.web.NavItem;

/**
 * The audit trail in the main navigation, for administrators.
 */
@Configuration(proxyBeanMethods = false)
class AuditNavigation {

    @Bean
    NavItem auditNav() {
        return NavItem.of("nav.audit", "/audit", "bi-journal-text", 95, Role.UNIT_ADMIN);
    }
}
