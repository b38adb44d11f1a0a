package org.huquq.operations;

import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** What a supervisor, a visitor and an administrator learn from the health endpoints. */
@SpringBootTest
@AutoConfigureMockMvc
class HealthTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Test
    void aSupervisorAsksAnonymouslyWhetherTheInstanceIsReadyAndAlive() throws Exception {
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(content().string(not(containsString("components"))));
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void onlyAnAdministratorSeesWhichComponentIsHealthy() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("components"))));
        HuquqUser clerk = users.user(users.institution(), Role.REGISTRY_CLERK);
        mvc.perform(get("/actuator/health").with(authentication(TestUsers.signedIn(clerk))))
                .andExpect(content().string(not(containsString("components"))));

        HuquqUser administrator = users.user(users.institution(), Role.ADMINISTRATOR);
        mvc.perform(get("/actuator/health/readiness").with(authentication(TestUsers.signedIn(administrator))))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.searchIndex.status").value("UP"))
                .andExpect(jsonPath("$.components.readinessState.status").value("UP"));
        mvc.perform(get("/actuator/health").with(authentication(TestUsers.signedIn(administrator))))
                .andExpect(jsonPath("$.components.diskSpace.status").value("UP"));
    }
}
