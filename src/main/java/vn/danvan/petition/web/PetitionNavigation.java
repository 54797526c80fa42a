package vn.danvan.petition.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.danvan.shared.web.NavItem;
import vn.danvan.shared.web.PublicPaths;

/**
 * The petition module's entries in the main navigation, and the public portal open without an account.
 */
@Configuration(proxyBeanMethods = false)
class PetitionNavigation {

    @Bean
    NavItem petitionsNav() {
        return NavItem.of("nav.petitions", "/petitions", "bi-envelope-paper", 50);
    }

    @Bean
    NavItem dialoguesNav() {
        return NavItem.of("nav.dialogues", "/dialogues", "bi-chat-square-quote", 51);
    }

    @Bean
    NavItem receptionNav() {
        return NavItem.of("nav.reception", "/reception", "bi-people", 52);
    }

    @Bean
    PublicPaths petitionPortal() {
        return PublicPaths.of("/public/petitions", "/public/petitions/**", "/api/v1/public/petitions",
                "/api/v1/public/petitions/**", "/public/dialogues", "/public/dialogues/**", "/api/v1/public/dialogues",
                "/api/v1/public/dialogues/**");
    }
}
