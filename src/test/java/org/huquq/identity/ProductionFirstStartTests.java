package org.huquq.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import org.huquq.HuquqApplication;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Production (the {@code postgres} profile) keeps secrets off the console and the API description behind sign-in.
 * This context has the two settings the profile sets, on the embedded database; the last test proves the profile
 * sets them.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(properties = { "huquq.one-time-passwords-on-console=false", "huquq.security.api-docs-public=false" })
@AutoConfigureMockMvc
class ProductionFirstStartTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers testUsers;

    @Test
    void theFirstStartPrintsNoPassword(CapturedOutput output) {
        // this context's first start created the administrator from the given password and the demo users
        assertThat(output.getOut()).contains("Started ProductionFirstStartTests")
                .doesNotContain("One-time passwords").doesNotContain("test-admin-password-1");
    }

    @Test
    void theApiDescriptionIsReadOnlyBySignedInUsers() throws Exception {
        for (String path : List.of("/v3/api-docs", "/swagger-ui.html", "/swagger-ui/index.html")) {
            mvc.perform(get(path)).andExpect(redirectedUrl("/login"));
        }
        HuquqUser user = testUsers.user(testUsers.institution(), Role.MONITOR);
        mvc.perform(get("/v3/api-docs").with(authentication(TestUsers.signedIn(user)))).andExpect(status().isOk());
    }

    @Test
    void withoutTheAdministratorPasswordProductionRefusesToStart(CapturedOutput output) {
        // a new embedded database, whatever stack the suite runs on, so that no user exists yet
        assertThatThrownBy(() -> new SpringApplicationBuilder(HuquqApplication.class)
                .run("--spring.profiles.active=default", "--server.port=0",
                        "--huquq.data-dir=target/test-data/" + UUID.randomUUID(), "--huquq.demo=false",
                        "--huquq.admin-password=", "--huquq.one-time-passwords-on-console=false"))
                .hasMessageContaining("HUQUQ_ADMIN_PASSWORD");
        assertThat(output.getOut() + output.getErr()).contains("HUQUQ_ADMIN_PASSWORD is not set")
                .doesNotContain("Application run failed");
    }

    @Test
    void thePostgresProfileIsProduction() throws IOException {
        List<PropertySource<?>> documents = new YamlPropertySourceLoader().load("application",
                new ClassPathResource("application.yml"));
        PropertySource<?> postgres = documents.stream()
                .filter(d -> "postgres".equals(d.getProperty("spring.config.activate.on-profile"))).findFirst()
                .orElseThrow();
        assertThat(postgres.getProperty("huquq.one-time-passwords-on-console")).isEqualTo(false);
        assertThat(postgres.getProperty("huquq.security.api-docs-public")).isEqualTo(false);
    }
}
