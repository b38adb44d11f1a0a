package org.huquq.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the first start demands of the administrator's password before it creates anyone. */
class FirstStartTests {

    final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void productionNeedsTheAdministratorPassword() {
        assertThat(FirstStart.refusal(settings("", false), policy))
                .hasValueSatisfying(line -> assertThat(line).startsWith("HUQUQ_ADMIN_PASSWORD is not set"));
        assertThat(FirstStart.refusal(settings("seven tired camels at dawn", false), policy)).isEmpty();
    }

    @Test
    void theEmbeddedDefaultMayGenerateOneAndPrintIt() {
        assertThat(FirstStart.refusal(settings(null, true), policy)).isEmpty();
    }

    @Test
    void aWeakAdministratorPasswordIsRefusedEverywhere() {
        assertThat(FirstStart.refusal(settings("password1234", true), policy))
                .hasValueSatisfying(line -> assertThat(line).startsWith("HUQUQ_ADMIN_PASSWORD is refused")
                        .contains("most common"));
        assertThat(FirstStart.refusal(settings("admin-admin-2024", false), policy))
                .hasValueSatisfying(line -> assertThat(line).contains("user name"));
    }

    private static IdentityProperties settings(String adminPassword, boolean console) {
        return new IdentityProperties(false, adminPassword, console,
                new IdentityProperties.Security(5, 20, 50, 15, 30, true));
    }
}
