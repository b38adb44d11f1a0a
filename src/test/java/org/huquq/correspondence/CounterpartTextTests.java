package org.huquq.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import org.huquq.correspondence.domain.CounterpartText;
import org.junit.jupiter.api.Test;

class CounterpartTextTests {

    @Test
    void russianTajikAndLatinSpellingsOfOneWordShareTheirLatinKey() {
        assertThat(CounterpartText.latin("Москва")).isEqualTo(CounterpartText.latin("Moskva"));
        assertThat(CounterpartText.latin("Таджикистан")).isEqualTo(CounterpartText.latin("Tajikistan"));
        assertThat(CounterpartText.latin("Тоҷикистон")).isEqualTo(CounterpartText.latin("Tojikiston"));
        assertThat(CounterpartText.latin("Худжанд")).isEqualTo(CounterpartText.latin("Khujand"));
        assertThat(CounterpartText.latin("Российской")).isEqualTo(CounterpartText.latin("Rossiiskoi"));
        assertThat(CounterpartText.latin("Москалькова")).isEqualTo(CounterpartText.latin("MOSKALKOVA"));
        assertThat(CounterpartText.latin("Comité")).isEqualTo(CounterpartText.latin("comite"));
    }

    @Test
    void punctuationAndQuotesSeparateWordsAndDoNotCount() {
        assertThat(CounterpartText.latin("  «Посольство»,  Республики\tТаджикистан "))
                .isEqualTo(CounterpartText.latin("Посольство Республики Таджикистан"));
        assertThat(CounterpartText.latin("— / —")).isEmpty();
    }

    @Test
    void entryNormalisationComposesTajikLettersAndTrims() {
        // и + combining macron is ӣ, typed on keyboards without the Tajik layout
        assertThat(CounterpartText.line("  Вазорати  корҳои дохили\u0304 ")).isEqualTo("Вазорати корҳои дохилӣ");
        assertThat(CounterpartText.line(" \t ")).isNull();
        assertThat(CounterpartText.text(" line one\nline two ")).isEqualTo("line one\nline two");
    }

    @Test
    void invisibleAndControlCharactersAreDetectedLineBreaksOnlyWhereAllowed() {
        assertThat(CounterpartText.hasInvisible("МВД\u200bРоссии", false)).isTrue();
        assertThat(CounterpartText.hasInvisible("\u202eaissuR", false)).isTrue();
        assertThat(CounterpartText.hasInvisible("bell\u0007", true)).isTrue();
        assertThat(CounterpartText.hasInvisible("two\nlines", false)).isTrue();
        assertThat(CounterpartText.hasInvisible("two\nlines", true)).isFalse();
        assertThat(CounterpartText.hasInvisible("Сафорати Ҷумҳурии Тоҷикистон", false)).isFalse();
    }
}
