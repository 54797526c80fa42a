package vn.danvan.plan.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.danvan.shared.web.NavItem;

/** The entry for importing a plan from a document in the main navigation. */
@Configuration(proxyBeanMethods = false)
class PlanImportNavigation {

    @Bean
    NavItem planImportNav() {
        return NavItem.of("nav.plan.import", "/plans/import", "bi-file-earmark-arrow-up", 33);
    }
}
