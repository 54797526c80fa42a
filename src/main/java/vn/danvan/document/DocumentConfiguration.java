package vn.danvan.document;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.danvan.document.parsing.DocumentParser;

/**
 * The parser is plain Java without Spring; one thread-safe instance serves the registry.
 */
@Configuration(proxyBeanMethods = false)
class DocumentConfiguration {

    @Bean
    DocumentParser documentParser() {
        return new DocumentParser();
    }
}
