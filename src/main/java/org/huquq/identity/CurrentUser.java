package org.huquq.identity;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user of the current request. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<HuquqUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof HuquqUser user
                && authentication.getAuthorities().stream().anyMatch(a -> HuquqUser.SIGNED_IN.equals(a.getAuthority()))) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The signed-in user; fails when there is none, which the security configuration never lets happen. */
    public static HuquqUser require() {
        return find().orElseThrow(() -> new IllegalStateException("no signed-in user"));
    }
}
