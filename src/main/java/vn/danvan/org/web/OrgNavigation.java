package vn.danvan.org.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.danvan.shared.Role;
import vn.danvan.shared.web.NavItem;

/**
 * The organisation's entries in the main navigation.
 */
@Configuration(proxyBeanMethods = false)
class OrgNavigation {

    @Bean
    NavItem orgTreeNav() {
        return NavItem.of("nav.org", "/org", "bi-diagram-3", 10);
    }

    @Bean
    NavItem orgLeadersNav() {
        return NavItem.of("nav.org.leaders", "/org/leaders", "bi-person-badge", 11, Role.UNIT_ADMIN, Role.LEADER);
    }
}
