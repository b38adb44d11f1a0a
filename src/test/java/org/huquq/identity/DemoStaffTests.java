package org.huquq.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The demo offices' staff and teams read right in every language: people under their own names (the same on an
 * English, Russian or Tajik page), teams under a name in the reader's language.
 */
@SpringBootTest
class DemoStaffTests {

    @Autowired
    IdentityManagement identity;

    @AfterEach
    void resetLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void eachDemoUserHasAPersonsNameInTheOfficesScriptNotARoleLabel() {
        UUID tajik = identity.findInstitutionByCode("tj-ombudsman").orElseThrow();
        UUID russian = identity.findInstitutionByCode("ru-commissioner").orElseThrow();
        List<UserSummary> tajikStaff = staff(tajik, "tj.");
        List<UserSummary> russianStaff = staff(russian, "ru.");
        assertThat(tajikStaff).hasSize(Role.values().length);
        assertThat(russianStaff).hasSize(Role.values().length);
        assertThat(tajikStaff).allSatisfy(u -> assertThat(u.displayName()).matches("\\p{IsCyrillic}+ \\p{IsCyrillic}+"));
        assertThat(tajikStaff).filteredOn(u -> u.displayName().matches("(?s).*[ғӣқӯҳҷҒӢҚӮҲҶ].*")).isNotEmpty();
        assertThat(russianStaff).allSatisfy(u -> assertThat(u.displayName())
                .matches("[А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+"));
        assertThat(tajikStaff).extracting(UserSummary::displayName).doesNotHaveDuplicates();
    }

    @Test
    void aTeamIsNamedInTheReadersLanguage() {
        UUID russian = identity.findInstitutionByCode("ru-commissioner").orElseThrow();
        LocaleContextHolder.setLocale(Locale.forLanguageTag("ru"));
        assertThat(identity.teams(russian)).extracting(TeamSummary::name)
                .containsExactlyInAnyOrder("Мониторинг мест принудительного содержания", "Жалобы и права мигрантов");
        LocaleContextHolder.setLocale(Locale.forLanguageTag("tg"));
        assertThat(identity.teams(russian)).extracting(TeamSummary::name)
                .containsExactlyInAnyOrder("Мониторинги ҷойҳои маҳрум сохтан аз озодӣ", "Шикоятҳо ва ҳуқуқи муҳоҷирон");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(identity.teams(russian)).extracting(TeamSummary::name)
                .containsExactlyInAnyOrder("Monitoring of places of detention", "Complaints and migrants");
        // a team named once reads the same in every language
        UUID elsewhere = identity.createInstitution("test-" + UUID.randomUUID().toString().substring(0, 8),
                "Test institution", "TJ", "en");
        UUID team = identity.createTeam(elsewhere, "Test " + UUID.randomUUID());
        LocaleContextHolder.setLocale(Locale.forLanguageTag("tg"));
        assertThat(identity.teams(elsewhere)).singleElement()
                .satisfies(t -> assertThat(t.name()).startsWith("Test "));
    }

    private List<UserSummary> staff(UUID institution, String prefix) {
        return identity.users(institution).stream().filter(u -> u.username().startsWith(prefix)).toList();
    }
}
