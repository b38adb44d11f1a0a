package org.huquq.identity.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.huquq.identity.CurrentUser;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.domain.UserAccount;
import org.huquq.identity.domain.UserAccountRepository;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a signed-in session true to the account: when an administrator changes a user's roles or teams, or the user
 * changes their language, the session takes the change on its next request; a disabled or deleted account is signed
 * out at once, and so is a session opened with a password the account no longer has (changed by the user in another
 * session, or reset by an administrator).
 */
class CurrentAccountFilter extends OncePerRequestFilter {

    private final UserAccountRepository users;
    private final HuquqUserDetailsService userDetails;
    private final SecurityContextRepository contexts;

    CurrentAccountFilter(UserAccountRepository users, HuquqUserDetailsService userDetails,
            SecurityContextRepository contexts) {
        this.users = users;
        this.userDetails = userDetails;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HuquqUser user = CurrentUser.find().orElse(null);
        if (user != null) {
            UserAccount account = users.findById(user.userId()).orElse(null);
            if (account == null || !account.isEnabled()
                    || !HuquqUser.passwordStamp(account.getPasswordHash()).equals(user.passwordStamp())) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                response.sendRedirect(request.getContextPath() + "/login?expired");
                return;
            }
            if (account.getVersion() != user.accountVersion()) {
                HuquqUser current = userDetails.toPrincipal(account);
                current.eraseCredentials();
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(current, null, current.fullAuthorities()));
                SecurityContextHolder.setContext(context);
                contexts.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }
}
