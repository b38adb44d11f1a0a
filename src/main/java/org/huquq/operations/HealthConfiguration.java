package org.huquq.operations;

import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The two health components the readiness group includes: {@code db} (in place of Spring Boot's, which only asks the
 * connection whether it is valid) and {@code searchIndex}.
 */
@Configuration(proxyBeanMethods = false)
class HealthConfiguration {

    @Bean
    HealthIndicator dbHealthIndicator(HealthProbes probes) {
        return probes::database;
    }

    @Bean
    HealthIndicator searchIndexHealthIndicator(HealthProbes probes) {
        return probes::searchIndex;
    }
}
