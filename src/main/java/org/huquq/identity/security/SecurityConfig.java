package org.huquq.identity.security;

import static org.springframework.security.authorization.AuthorityAuthorizationManager.hasAuthority;
import static org.springframework.security.authorization.AuthorizationManagers.allOf;
import static org.springframework.security.authorization.AuthorizationManagers.not;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.huquq.identity.ApiTokens;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.IdentityProperties;
import org.huquq.identity.domain.UserAccountRepository;
import org.huquq.shared.web.ApiProblems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * Two filter chains: the API ({@code /api/**}) is stateless and takes only bearer tokens (a read-only token only
 * reads, and no token creates tokens); the pages use form
 * sign-in with a session, CSRF protection and a second factor. Every route needs a fully signed-in user except
 * the few in {@link #PUBLIC_PATHS} and the pages of the steps between password and full sign-in
 * ({@link SignInSteps}), each open only to a session at that step.
 */
@Configuration
@EnableMethodSecurity
public class SecurityConfig {

    /**
     * The only routes reachable without signing in. RouteInventoryTests fails on any other. The API description
     * ({@link #API_DOCS_PATHS}) is among them only where {@code huquq.security.api-docs-public} is on (the embedded
     * default; production turns it off).
     */
    public static final String[] PUBLIC_PATHS = { "/login", "/language", "/css/**", "/js/**", "/images/**",
            "/webjars/**", "/favicon.ico", "/error", "/actuator/health", "/actuator/health/liveness",
            "/actuator/health/readiness", "/v3/api-docs", "/v3/api-docs/**",
            "/swagger-ui/**", "/swagger-ui.html" };

    static final String[] API_DOCS_PATHS = { "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**",
            "/swagger-ui.html" };

    private static final String TOKENS = "/api/v1/tokens";

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /**
     * Argon2id with OWASP's minimum (19 MiB of memory, 2 iterations, 1 lane). Each hash records its parameters, so
     * older hashes still verify, and a sign-in rehashes a weaker one ({@link HuquqUserDetailsService#updatePassword}).
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
    }

    @Bean
    AuthenticationManager authenticationManager(HuquqUserDetailsService users, PasswordEncoder passwordEncoder,
            LoginThrottling throttling, ApplicationEventPublisher events) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder);
        passwords.setUserDetailsPasswordService(users);
        // a disabled account is refused only after its password was hashed, so it answers in the same time
        passwords.setPreAuthenticationChecks(user -> {
        });
        passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        ProviderManager manager = new ProviderManager(
                new ThrottledAuthenticationProvider(passwords, passwordEncoder, throttling));
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }

    /** Where sessions keep their security context; shared by form sign-in and the later sign-in steps. */
    @Bean
    SecurityContextRepository securityContextRepository() {
        return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
                new HttpSessionSecurityContextRepository());
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, JsonMapper json, ApiProblems problems,
            LocaleResolver locales) throws Exception {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        // a token cannot make tokens: a leaked one must not outlive its own expiry or revocation
                        .requestMatchers(HttpMethod.POST, TOKENS).access(
                                allOf(hasAuthority(HuquqUser.SIGNED_IN), not(hasAuthority(ApiTokens.VIA_TOKEN))))
                        .requestMatchers(HttpMethod.GET, "/api/**").hasAuthority(HuquqUser.SIGNED_IN)
                        .requestMatchers(HttpMethod.HEAD, "/api/**").hasAuthority(HuquqUser.SIGNED_IN)
                        .anyRequest().access(
                                allOf(hasAuthority(HuquqUser.SIGNED_IN), not(hasAuthority(ApiTokens.READ_ONLY)))))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> problem(response, json,
                                problems.problem(HttpStatus.UNAUTHORIZED, "unauthorized",
                                        locales.resolveLocale(request))))
                        .accessDeniedHandler((request, response, e) -> problem(response, json,
                                problems.problem(HttpStatus.FORBIDDEN, denial(request),
                                        locales.resolveLocale(request)))))
                .headers(this::headers);
        return http.build();
    }

    /** Why the API refused a signed-in caller: the token's limits, or else the caller's roles. */
    private static String denial(HttpServletRequest request) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        String method = request.getMethod();
        if (holds(caller, ApiTokens.VIA_TOKEN) && HttpMethod.POST.matches(method)
                && TOKENS.equals(request.getRequestURI())) {
            return "tokenCannotCreateTokens";
        }
        boolean reads = HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method);
        return holds(caller, ApiTokens.READ_ONLY) && !reads ? "readOnlyToken" : "forbidden";
    }

    private static boolean holds(Authentication caller, String authority) {
        return caller != null && caller.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, AuthenticationManager authenticationManager,
            SecurityContextRepository contexts, SignInSteps steps, UserAccountRepository users,
            HuquqUserDetailsService userDetails, IdentityProperties properties) throws Exception {
        http.authenticationManager(authenticationManager)
                .securityContext(context -> context.securityContextRepository(contexts))
                .addFilterBefore(new CurrentAccountFilter(users, userDetails, contexts), AuthorizationFilter.class)
                .authorizeHttpRequests(auth -> {
                    if (!properties.security().apiDocsPublic()) {
                        auth.requestMatchers(API_DOCS_PATHS).hasAuthority(HuquqUser.SIGNED_IN);
                    }
                    auth.requestMatchers(PUBLIC_PATHS).permitAll()
                            .requestMatchers("/login/second-factor").hasAuthority(SignInSteps.SECOND_FACTOR_PENDING)
                            .requestMatchers("/account/password")
                            .hasAnyAuthority(HuquqUser.SIGNED_IN, SignInSteps.PASSWORD_CHANGE_PENDING)
                            .requestMatchers("/account/second-factor", "/account/second-factor/**")
                            .hasAnyAuthority(HuquqUser.SIGNED_IN, SignInSteps.ENROLMENT_PENDING)
                            .anyRequest().hasAuthority(HuquqUser.SIGNED_IN);
                })
                .csrf(csrf -> csrf.csrfTokenRequestHandler(new TamperedCsrfTokens()))
                .formLogin(form -> form.loginPage("/login").failureUrl("/login?error").successHandler(steps))
                .exceptionHandling(errors -> errors.accessDeniedHandler(steps))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(this::headers);
        return http.build();
    }

    private void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER));
    }

    /** Writes a problem in the caller's language: these answers are given before any controller is reached. */
    private static void problem(HttpServletResponse response, JsonMapper json, ProblemDetail problem)
            throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
