package org.huquq.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Passwords that guessing tries first are refused (ASVS V6.2.4); others of 12 characters or more are accepted. */
class PasswordPolicyTests {

    final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void refusesTheMostCommonPasswordsAlsoWithDigitsOrSymbolsAround() {
        assertThat(policy.check("rahimov", "password1234")).contains(PasswordChange.COMMON_PASSWORD);
        assertThat(policy.check("rahimov", "qwertyuiop12")).contains(PasswordChange.COMMON_PASSWORD);
        assertThat(policy.check("rahimov", "1q2w3e4r5t6y")).contains(PasswordChange.COMMON_PASSWORD);
        assertThat(policy.check("rahimov", "!!ILoveYou2024")).contains(PasswordChange.COMMON_PASSWORD);
    }

    @Test
    void refusesOneCharacterRepeated() {
        assertThat(policy.check("rahimov", "aaaaaaaaaaaa")).contains(PasswordChange.ONE_REPEATED_CHARACTER);
        assertThat(policy.check("rahimov", "ҷҷҷҷҷҷҷҷҷҷҷҷҷҷ")).contains(PasswordChange.ONE_REPEATED_CHARACTER);
    }

    @Test
    void refusesAPasswordMadeOfTheUserName() {
        assertThat(policy.check("f.rahimov", "f.rahimov2024")).contains(PasswordChange.MADE_OF_USERNAME);
        assertThat(policy.check("f.rahimov", "F.Rahimov!F.Rahimov")).contains(PasswordChange.MADE_OF_USERNAME);
        assertThat(policy.check("f.rahimov", "vomihar.f-12345")).contains(PasswordChange.MADE_OF_USERNAME);
    }

    @Test
    void refusesFewerThanTwelveCharacters() {
        assertThat(policy.check("rahimov", "Dushanbe-25")).contains(PasswordChange.TOO_SHORT);
    }

    @Test
    void acceptsALongUncommonPassword() {
        assertThat(policy.check("rahimov", "seven tired camels at dawn")).isEmpty();
        assertThat(policy.check("rahimov", "rahimov walks to Khujand")).isEmpty();
        assertThat(policy.check("rahimov", "Кӯҳҳои Помир баланд")).isEmpty();
    }
}
