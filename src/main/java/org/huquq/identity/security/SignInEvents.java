package org.huquq.identity.security;

import org.huquq.audit.AuditAction;
import org.huquq.audit.AuditLog;
import org.huquq.audit.AuditOutcome;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.domain.UserAccount;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Audits every password sign-in; {@link SignInSteps} audits the second factor. */
@Component
class SignInEvents {

    private final AuditLog audit;
    private final HuquqUserDetailsService users;

    SignInEvents(AuditLog audit, HuquqUserDetailsService users) {
        this.audit = audit;
        this.users = users;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof HuquqUser user
                && event.getAuthentication().getDetails() instanceof WebAuthenticationDetails) {
            audit.recordFor(user.institutionId(), user.username(), AuditAction.LOGIN_SUCCESS, "User", user.userId(),
                    AuditOutcome.SUCCESS, user.secondFactorEnabled() ? "password; second factor pending" : null);
        }
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = event.getAuthentication().getName();
        UserAccount account = users.findBySignInName(username).orElse(null);
        audit.recordFor(account == null ? null : account.getInstitutionId(), truncate(username),
                AuditAction.LOGIN_FAILURE, "User", account == null ? null : account.getId(), AuditOutcome.FAILURE,
                event.getException().getClass().getSimpleName());
    }

    private static String truncate(String username) {
        return username == null ? "" : username.length() > 60 ? username.substring(0, 60) : username;
    }
}
