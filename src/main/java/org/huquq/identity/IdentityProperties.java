package org.huquq.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in and first-start settings ({@code huquq.*}).
 *
 * @param oneTimePasswordsOnConsole whether the first start prints the generated one-time passwords (the embedded
 *        default); where it does not (production), the first administrator's password must be given
 */
@ConfigurationProperties("huquq")
public record IdentityProperties(boolean demo, String adminPassword, boolean oneTimePasswordsOnConsole,
        Security security) {

    /**
     * How sign-in is throttled (docs/adr/0008) and who may read the API description.
     *
     * @param maxFailedLoginsPerAccountAndAddress failed attempts on one account from one address before that pair
     *        pauses
     * @param maxFailedLoginsPerAddress failed attempts from one address over all accounts before the address pauses
     * @param maxFailedLoginsPerAccount failed attempts on one account from all addresses together before the account
     *        pauses; more than one address can reach alone, so that no single address can lock a user out
     * @param lockoutMinutes the window in which attempts are counted, and so the longest pause
     * @param apiDocsPublic whether {@code /v3/api-docs} and {@code /swagger-ui} answer without signing in
     */
    public record Security(int maxFailedLoginsPerAccountAndAddress, int maxFailedLoginsPerAddress,
            int maxFailedLoginsPerAccount, int lockoutMinutes, int sessionTimeoutMinutes, boolean apiDocsPublic) {

        public Security {
            // one address counts up to its pair limit in a window, and again in the next window at its border
            if (maxFailedLoginsPerAccount <= 2 * maxFailedLoginsPerAccountAndAddress) {
                throw new IllegalArgumentException("huquq.security.max-failed-logins-per-account must be more than "
                        + "twice max-failed-logins-per-account-and-address, or one address could lock an account");
            }
        }
    }
}
