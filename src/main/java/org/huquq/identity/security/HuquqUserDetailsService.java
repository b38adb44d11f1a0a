package org.huquq.identity.security;

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

    @Override
    @Transactional(readOnly = true)
    public HuquqUser loadUserByUsername(String username) {
        UserAccount account = users.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        return toPrincipal(account);
    }

    @Override
    @Transactional
    public HuquqUser updatePassword(UserDetails user, String newPasswordHash) {
        UserAccount account = users.findByUsername(user.getUsername())
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
