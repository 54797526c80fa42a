package vn.danvan.document.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.danvan.shared.web.NavItem;

/**
 * The registry's entries in the main navigation.
 */
@Configuration(proxyBeanMethods = false)
class DocumentNavigation {

    @Bean
    NavItem documentsNav() {
        return NavItem.of("nav.documents", "/documents", "bi-journal-text", 20);
    }

    @Bean
    NavItem documentSearchNav() {
        return NavItem.of("nav.documents.search", "/documents/search", "bi-search", 21);
    }
}
