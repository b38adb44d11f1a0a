package org.huquq.identity.security;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.huquq.audit.AuditAction;
import org.huquq.audit.AuditLog;
import org.huquq.audit.AuditOutcome;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.IdentityManagement;
import org.huquq.identity.SecondFactor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The steps between a correct password and a fully signed-in session. After the password the session holds only
 * the authority of the next pending step, which opens exactly one page:
 * <ol>
 * <li>{@link #SECOND_FACTOR_PENDING}: the user has a second factor and must give a code at
 * {@code /login/second-factor};</li>
 * <li>{@link #PASSWORD_CHANGE_PENDING}: the user signed in with a one-time password and must choose their own at
 * {@code /account/password};</li>
 * <li>{@link #ENROLMENT_PENDING}: the institution makes the second factor mandatory and the user has none yet:
 * {@code /account/second-factor}.</li>
 * </ol>
 * Only when no step is left does the session receive {@link HuquqUser#fullAuthorities()}, under a new session id.
 */
@Component
public class SignInSteps implements AuthenticationSuccessHandler, AccessDeniedHandler {

    public static final String SECOND_FACTOR_PENDING = "SECOND_FACTOR_PENDING";
    public static final String PASSWORD_CHANGE_PENDING = "PASSWORD_CHANGE_PENDING";
    public static final String ENROLMENT_PENDING = "SECOND_FACTOR_ENROLMENT_PENDING";

    /** A step still to take, the authority that marks it and the page where it is taken. */
    enum Step {
        SECOND_FACTOR(SECOND_FACTOR_PENDING, "/login/second-factor"),
        PASSWORD_CHANGE(PASSWORD_CHANGE_PENDING, "/account/password"),
        ENROLMENT(ENROLMENT_PENDING, "/account/second-factor"),
        DONE(HuquqUser.SIGNED_IN, "/");

        final String authority;
        final String path;

        Step(String authority, String path) {
            this.authority = authority;
            this.path = path;
        }
    }

    private final SecurityContextRepository contexts;
    private final HuquqUserDetailsService userDetails;
    private final IdentityManagement identity;
    private final SecondFactor secondFactor;
    private final LoginThrottling throttling;
    private final AuditLog audit;
    private final AuthenticationSuccessHandler toSavedRequest = new SavedRequestAwareAuthenticationSuccessHandler();
    private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();

    SignInSteps(SecurityContextRepository contexts, HuquqUserDetailsService userDetails, IdentityManagement identity,
            SecondFactor secondFactor, LoginThrottling throttling, AuditLog audit) {
        this.contexts = contexts;
        this.userDetails = userDetails;
        this.identity = identity;
        this.secondFactor = secondFactor;
        this.throttling = throttling;
        this.audit = audit;
    }

    /** The user of this session, fully signed in or in the middle of a step. */
    public static Optional<HuquqUser> sessionUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof HuquqUser user
                ? Optional.of(user) : Optional.empty();
    }

    /** After the password: straight in, or to the first pending step. */
    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        HuquqUser user = (HuquqUser) authentication.getPrincipal();
        Step step = nextStep(user, false);
        if (step == Step.DONE) {
            toSavedRequest.onAuthenticationSuccess(request, response, authentication);
            return;
        }
        store(user, step, request, response);
        response.sendRedirect(request.getContextPath() + step.path);
    }

    /** A session in the middle of sign-in that asks for any other page is sent back to its pending step. */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        Optional<Step> pending = pendingStep();
        if (pending.isPresent()) {
            response.sendRedirect(request.getContextPath() + pending.get().path);
        } else {
            forbidden.handle(request, response, denied);
        }
    }

    /**
     * Checks the code of the second-factor step, throttled like the password: each try is counted before the code
     * is checked, and a wrong one is audited; a right one moves the session on. Returns the path to go to next, or
     * nothing when refused.
     */
    public Optional<String> completeSecondFactor(String code, HttpServletRequest request,
            HttpServletResponse response) {
        HuquqUser user = sessionUser().filter(u -> isPending(Step.SECOND_FACTOR))
                .orElseThrow(() -> new AccessDeniedException("no second factor pending"));
        String address = request.getRemoteAddr();
        SecondFactor.Verification verification = throttling.countAttempt(user.username(), address)
                ? secondFactor.verify(user.userId(), code) : SecondFactor.Verification.INVALID;
        if (!verification.accepted()) {
            audit.recordFor(user.institutionId(), user.username(), AuditAction.SECOND_FACTOR_FAILURE, "User",
                    user.userId(), AuditOutcome.FAILURE, null);
            return Optional.empty();
        }
        throttling.recordSuccess(user.username(), address, true);
        audit.recordFor(user.institutionId(), user.username(), AuditAction.LOGIN_SUCCESS, "User", user.userId(),
                AuditOutcome.SUCCESS, "second factor: " + verification.name().toLowerCase(Locale.ROOT));
        return Optional.of(advance(request, response));
    }

    /** Whether this session is at the forced password change or enrolment step (rather than fully signed in). */
    public boolean isPendingPasswordChangeOrEnrolment() {
        return isPending(Step.PASSWORD_CHANGE) || isPending(Step.ENROLMENT);
    }

    /**
     * Moves a session on after a step was taken (password changed, second factor enrolled or given). Returns the
     * path of the next step, or of the home page when the session is now fully signed in.
     */
    public String advance(HttpServletRequest request, HttpServletResponse response) {
        HuquqUser current = sessionUser().orElseThrow(() -> new AccessDeniedException("not signed in"));
        HuquqUser user = userDetails.load(current.userId());
        user.eraseCredentials();
        Step step = nextStep(user, true);
        if (step == Step.DONE) {
            request.changeSessionId();
        }
        store(user, step, request, response);
        return step.path;
    }

    private Step nextStep(HuquqUser user, boolean secondFactorDone) {
        if (user.secondFactorEnabled() && !secondFactorDone) {
            return Step.SECOND_FACTOR;
        }
        if (identity.passwordChangeRequired(user.userId())) {
            return Step.PASSWORD_CHANGE;
        }
        if (user.mustEnrolSecondFactor()) {
            return Step.ENROLMENT;
        }
        return Step.DONE;
    }

    private void store(HuquqUser user, Step step, HttpServletRequest request, HttpServletResponse response) {
        List<GrantedAuthority> authorities = step == Step.DONE ? user.fullAuthorities()
                : List.of(new SimpleGrantedAuthority(step.authority));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    private boolean isPending(Step step) {
        return pendingStep().filter(step::equals).isPresent();
    }

    private static Optional<Step> pendingStep() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Optional.empty();
        }
        for (Step step : List.of(Step.SECOND_FACTOR, Step.PASSWORD_CHANGE, Step.ENROLMENT)) {
            if (authentication.getAuthorities().stream().anyMatch(a -> step.authority.equals(a.getAuthority()))) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }
}
