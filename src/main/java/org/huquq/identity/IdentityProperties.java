package org.huquq.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Sign-in and first-start settings ({@code huquq.*}). */
@ConfigurationProperties("huquq")
public record IdentityProperties(boolean demo, String adminPassword, Security security) {

    public record Security(int maxFailedLoginsPerAccount, int maxFailedLoginsPerAddress, int lockoutMinutes,
            int sessionTimeoutMinutes) {
    }
}
