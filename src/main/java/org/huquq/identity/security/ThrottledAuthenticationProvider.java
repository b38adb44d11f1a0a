package org.huquq.identity.security;

import java.util.function.Supplier;

import org.huquq.identity.HuquqUser;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.util.function.SingletonSupplier;

/**
 * Password sign-in that counts each attempt before checking it and refuses a paused name or address with the same
 * answer, in the same time, as a wrong password: a refused attempt still computes one password hash (of a dummy),
 * so an attacker learns nothing about which accounts exist or are paused.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final PasswordEncoder passwordEncoder;
    private final LoginThrottling throttling;
    private final Supplier<String> dummyHash;

    ThrottledAuthenticationProvider(DaoAuthenticationProvider passwords, PasswordEncoder passwordEncoder,
            LoginThrottling throttling) {
        this.passwords = passwords;
        this.passwordEncoder = passwordEncoder;
        this.throttling = throttling;
        this.dummyHash = SingletonSupplier.of(() -> passwordEncoder.encode("a password no account has"));
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        if (!throttling.countAttempt(authentication.getName(), address)) {
            passwordEncoder.matches(String.valueOf(authentication.getCredentials()), dummyHash.get());
            throw new BadCredentialsException("Bad credentials");
        }
        Authentication result = passwords.authenticate(authentication);
        boolean secondFactorPending = result.getPrincipal() instanceof HuquqUser user && user.secondFactorEnabled();
        throttling.recordSuccess(authentication.getName(), address, !secondFactorPending);
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
