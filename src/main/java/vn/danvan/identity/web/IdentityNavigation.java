package vn.danvan.identity.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.danvan.shared.Role;
import vn.danvan.shared.web.NavItem;

/**
 * Account administration in the main navigation.
 */
@Configuration(proxyBeanMethods = false)
class IdentityNavigation {

    @Bean
    NavItem accountsNav() {
        return NavItem.of("nav.accounts", "/accounts", "bi-people", 90, Role.UNIT_ADMIN);
    }
}
