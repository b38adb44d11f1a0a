package org.huquq.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The address the throttle counts is one an attacker cannot change at will. */
class LoginThrottlingTests {

    @Test
    void anIpv6ClientIsCountedByItsSlash64() {
        assertThat(LoginThrottling.network("2001:db8:1:2:aaaa:0:0:1"))
                .isEqualTo(LoginThrottling.network("2001:db8:1:2:bbbb:cccc:dddd:9"))
                .isNotEqualTo(LoginThrottling.network("2001:db8:1:3:aaaa:0:0:1"));
    }

    @Test
    void anIpv4ClientIsCountedByItsAddressAndNothingElseIsLookedUp() {
        assertThat(LoginThrottling.network("198.51.100.7")).isEqualTo("198.51.100.7");
        assertThat(LoginThrottling.network("evil.example:80")).isEqualTo("unknown");
        assertThat(LoginThrottling.network(null)).isEqualTo("unknown");
    }
}
