package org.huquq.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.huquq.identity.security.SecurityConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every route the application serves and calls it anonymously: each must send the visitor to sign in (pages)
 * or answer 401 (API), unless it is on the explicit public allowlist. A module that adds an unprotected route by
 * accident fails here.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RouteInventoryTests {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    MockMvc mvc;

    @Test
    void everyRouteOutsideTheAllowlistRequiresSignIn() throws Exception {
        AntPathMatcher matcher = new AntPathMatcher();
        List<String> exposed = new ArrayList<>();
        int checked = 0;
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                String path = pattern.replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000001");
                boolean allowed = java.util.Arrays.stream(SecurityConfig.PUBLIC_PATHS).anyMatch(p -> matcher.match(p, path));
                if (allowed) {
                    continue;
                }
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : methods) {
                    MockHttpServletResponse response = mvc.perform(request(HttpMethod.valueOf(method.name()), path)
                            .with(csrf())).andReturn().getResponse();
                    checked++;
                    boolean toLogin = response.getStatus() == 302 && String.valueOf(response.getRedirectedUrl()).endsWith("/login");
                    boolean unauthorized = response.getStatus() == 401;
                    if (!(path.startsWith("/api/") ? unauthorized : toLogin)) {
                        exposed.add(method + " " + pattern + " -> " + response.getStatus());
                    }
                }
            }
        }
        assertThat(checked).as("routes checked").isGreaterThan(10);
        assertThat(exposed).as("routes reachable without signing in").isEmpty();
    }
}
