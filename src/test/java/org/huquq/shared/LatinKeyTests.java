package org.huquq.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.huquq.shared.search.LatinKey;
import org.junit.jupiter.api.Test;

class LatinKeyTests {

    @Test
    void russianTajikAndLatinSpellingsOfOneWordShareTheirLatinKey() {
        assertThat(LatinKey.of("Москва")).isEqualTo(LatinKey.of("Moskva"));
        assertThat(LatinKey.of("Таджикистан")).isEqualTo(LatinKey.of("Tajikistan"));
        assertThat(LatinKey.of("Тоҷикистон")).isEqualTo(LatinKey.of("Tojikiston"));
        assertThat(LatinKey.of("Худжанд")).isEqualTo(LatinKey.of("Khujand"));
        assertThat(LatinKey.of("Российской")).isEqualTo(LatinKey.of("Rossiiskoi"));
        assertThat(LatinKey.of("Москалькова")).isEqualTo(LatinKey.of("MOSKALKOVA"));
        assertThat(LatinKey.of("Comité")).isEqualTo(LatinKey.of("comite"));
    }

    @Test
    void punctuationAndQuotesSeparateWordsAndDoNotCount() {
        assertThat(LatinKey.of("  «Посольство»,  Республики\tТаджикистан "))
                .isEqualTo(LatinKey.of("Посольство Республики Таджикистан"));
        assertThat(LatinKey.of("— / —")).isEmpty();
    }
}
