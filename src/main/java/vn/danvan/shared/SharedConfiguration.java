package vn.danvan.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock all business time comes from (Asia/Ho_Chi_Minh) and the data directory.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DataDirectory.class)
class SharedConfiguration {

    /** Business dates are Vietnamese dates. */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(VIETNAM);
    }
}
