package org.huquq.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class CountriesTests {

    private static final Locale RU = new Locale("ru");
    private static final Locale TG = new Locale("tg");

    @Test
    void namesCentralAsianCountriesInEnglishRussianAndTajik() {
        assertThat(Countries.name("TJ", Locale.ENGLISH)).isEqualTo("Tajikistan");
        assertThat(Countries.name("TJ", RU)).isEqualTo("Таджикистан");
        assertThat(Countries.name("TJ", TG)).isEqualTo("Тоҷикистон");
        assertThat(Countries.name("RU", Locale.ENGLISH)).isEqualTo("Russia");
        assertThat(Countries.name("RU", RU)).isEqualTo("Россия");
        assertThat(Countries.name("RU", TG)).isIn("Русия", "Федератсияи Россия");
        assertThat(Countries.name("UZ", Locale.ENGLISH)).isEqualTo("Uzbekistan");
        assertThat(Countries.name("UZ", RU)).isEqualTo("Узбекистан");
        assertThat(Countries.name("UZ", TG)).isEqualTo("Ӯзбекистон");
        assertThat(Countries.name("KG", Locale.ENGLISH)).isEqualTo("Kyrgyzstan");
        assertThat(Countries.name("KG", RU)).isEqualTo("Киргизия");
        assertThat(Countries.name("KG", TG)).isEqualTo("Қирғизистон");
    }

    @Test
    void everyCountryHasACyrillicNameForTajikReaders() {
        assertThat(Countries.all()).hasSizeGreaterThan(240).contains("TJ", "KR", "PS");
        for (String code : Countries.all()) {
            String name = Countries.name(code, TG);
            assertThat(name).as(code).isNotBlank().matches(".*\\p{IsCyrillic}.*");
        }
        assertThat(Countries.name("KR", TG)).isEqualTo("Кореяи Ҷанубӣ");
    }

    @Test
    void acceptsOnlyUpperCaseIsoCodes() {
        assertThat(Countries.isValid("TJ")).isTrue();
        assertThat(Countries.isValid("tj")).isFalse();
        assertThat(Countries.isValid("XX")).isFalse();
        assertThat(Countries.isValid(null)).isFalse();
        assertThatThrownBy(() -> Countries.name("SU", Locale.ENGLISH)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sortsCountriesByNameInTheReadersLanguage() {
        assertThat(Countries.sortedByName(RU)).first().extracting(CountryName::name).isEqualTo("Австралия");
        assertThat(Countries.sortedByName(TG)).extracting(CountryName::code).contains("TJ", "RU");
    }
}
