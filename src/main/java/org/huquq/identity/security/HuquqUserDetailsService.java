package org.huquq.identity.security;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.huquq.identity.HuquqUser;
import org.huquq.identity.domain.Institution;
import org.huquq.identity.domain.InstitutionRepository;
import org.huquq.identity.domain.UserAccount;
import org.huquq.identity.domain.UserAccountRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a user with roles, teams and the institution's second-factor rule, and stores a password rehashed at sign-in
 * when its hash was made with weaker parameters than today's.
 */
@Service
public class HuquqUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final UserAccountRepository users;
    private final InstitutionRepository institutions;

    HuquqUserDetailsService(UserAccountRepository users, InstitutionRepository institutions) {
        this.users = users;
        this.institutions = institutions;
    }

    /**
     * Loads the user a sign-in name names: {@code name@institution-code}, or the name alone when one institution
     * only has a user of that name. A name several institutions use, alone, names no one.
     */
    @Override
    @Transactional(readOnly = true)
    public HuquqUser loadUserByUsername(String signInName) {
        return toPrincipal(findBySignInName(signInName).orElseThrow(() -> new UsernameNotFoundException("no such user")));
    }

    /** The account a sign-in name names (see {@link #loadUserByUsername}). */
    @Transactional(readOnly = true)
    public Optional<UserAccount> findBySignInName(String signInName) {
        if (signInName == null) {
            return Optional.empty();
        }
        String name = signInName.trim();
        int at = name.lastIndexOf('@');
        if (at > 0) {
            return users.findByUsernameAndInstitutionCode(name.substring(0, at), name.substring(at + 1));
        }
        List<UserAccount> named = users.findByUsername(name);
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /** The signed-in user as the account is now. */
    @Transactional(readOnly = true)
    public HuquqUser load(UUID userId) {
        return toPrincipal(users.findById(userId).orElseThrow(() -> new UsernameNotFoundException("no such user")));
    }

    @Override
    @Transactional
    public HuquqUser updatePassword(UserDetails user, String newPasswordHash) {
        UserAccount account = users.findById(((HuquqUser) user).userId())
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        account.setPasswordHash(newPasswordHash);
        return toPrincipal(account);
    }

    @Transactional(readOnly = true)
    public HuquqUser toPrincipal(UserAccount account) {
        boolean mfaRequired = institutions.findById(account.getInstitutionId()).map(Institution::isMfaRequired)
                .orElse(false);
        return new HuquqUser(account.getId(), account.getUsername(), account.getDisplayName(),
                account.getInstitutionId(), account.getRoles(), account.getTeamIds(), account.getLanguage(),
                account.isEnabled(), account.isTotpEnabled(), mfaRequired, account.getVersion(), account.getPasswordHash());
    }
}
