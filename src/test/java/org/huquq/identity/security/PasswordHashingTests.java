package org.huquq.identity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.identity.domain.UserAccount;
import org.huquq.identity.domain.UserAccountRepository;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Passwords are hashed with at least OWASP's Argon2id minimum, and hashes made before still open the account. */
@SpringBootTest
@AutoConfigureMockMvc
class PasswordHashingTests {

    /** Spring Security 5.8's defaults, which Huquq used before: 16 MiB of memory. */
    static final PasswordEncoder BEFORE = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void newHashesUseAtLeast19MebibytesAndTwoIterationsOfArgon2id() {
        assertThat(passwordEncoder.encode(TestUsers.PASSWORD)).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    }

    @Test
    void aHashMadeWithTheOldParametersStillSignsInAndIsRehashed() throws Exception {
        HuquqUser user = testUsers.user(testUsers.institution(), Role.MONITOR);
        String old = BEFORE.encode(TestUsers.PASSWORD);
        assertThat(old).contains("m=16384");
        transaction.executeWithoutResult(status -> account(user).setPasswordHash(old));

        mvc.perform(post("/login").with(csrf()).param("username", user.username())
                .param("password", TestUsers.PASSWORD)).andExpect(redirectedUrl("/"));
        String rehashed = account(user).getPasswordHash();
        assertThat(rehashed).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(passwordEncoder.matches(TestUsers.PASSWORD, rehashed)).isTrue();
    }

    private UserAccount account(HuquqUser user) {
        return accounts.findById(user.userId()).orElseThrow();
    }
}
