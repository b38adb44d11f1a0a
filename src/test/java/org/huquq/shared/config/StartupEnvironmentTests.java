package org.huquq.shared.config;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.huquq.HuquqApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.env.MockEnvironment;

/** The production profile must never fall back to the embedded database, nor to a default it invents. */
class StartupEnvironmentTests {

    @Test
    void postgresProfileWithAnH2UrlIsRefused() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:h2:file:/tmp/huquq;WRITE_DELAY=0");
        environment.setActiveProfiles("postgres");
        assertThatThrownBy(() -> new StartupEnvironment().postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'postgres' profile must not run on H2")
                .hasMessageContaining("HUQUQ_DB_URL");
    }

    @Test
    void postgresProfileWithAPostgresUrlIsAccepted() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db.example/huquq");
        environment.setActiveProfiles("postgres");
        assertThatNoException()
                .isThrownBy(() -> new StartupEnvironment().postProcessEnvironment(environment, new SpringApplication()));
    }

    @Test
    void applicationWithPostgresProfileAndAnH2UrlDoesNotStart() {
        assertThatThrownBy(() -> postgresApplication().run("--HUQUQ_DB_URL=jdbc:h2:mem:huquq-guard"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'postgres' profile must not run on H2");
    }

    @Test
    void applicationWithPostgresProfileAndNoDatabaseUrlDoesNotStart() {
        // HUQUQ_DB_URL has no default: the placeholder cannot be resolved, so nothing connects anywhere.
        assertThatThrownBy(() -> postgresApplication().run())
                .hasStackTraceContaining("Could not resolve placeholder 'HUQUQ_DB_URL'");
    }

    /** The application with the postgres profile, blind to the process environment (.ci/run exports HUQUQ_DB_URL). */
    private static SpringApplicationBuilder postgresApplication() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        return new SpringApplicationBuilder(HuquqApplication.class)
                .environment(environment)
                .web(WebApplicationType.NONE)
                .profiles("postgres")
                .properties("HUQUQ_DB_USER=huquq");
    }
}
