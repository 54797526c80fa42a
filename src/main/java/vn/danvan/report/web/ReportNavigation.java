package vn.danvan.report.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.danvan.shared.web.NavItem;

/**
 * The reports' entry in the main navigation.
 */
@Configuration(proxyBeanMethods = false)
class ReportNavigation {

    @Bean
    NavItem reportNav() {
        return NavItem.of("nav.report", "/reports", "bi-clipboard-data", 40);
    }
}
