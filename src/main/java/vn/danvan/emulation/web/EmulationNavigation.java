package vn.danvan.emulation.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.danvan.shared.web.NavItem;
import vn.danvan.shared.web.PublicPaths;

/**
 * The emulation module's entries in the main navigation, and the showcase that needs no account.
 */
@Configuration(proxyBeanMethods = false)
class EmulationNavigation {

    @Bean
    NavItem emulationNav() {
        return NavItem.of("nav.emulation", "/emulation", "bi-award", 60);
    }

    @Bean
    NavItem scorecardNav() {
        return NavItem.of("nav.emulation.scorecards", "/emulation/scorecards", "bi-clipboard-check", 61);
    }

    @Bean
    NavItem showcaseNav() {
        return NavItem.of("nav.emulation.showcase", "/showcase", "bi-stars", 62);
    }

    @Bean
    PublicPaths showcasePaths() {
        return PublicPaths.of("/showcase", "/showcase/**", "/api/v1/emulation/showcase", "/api/v1/emulation/showcase/**");
    }
}
