package org.huquq.people.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTests {

    @Test
    void holdsTheSkeletonAndRootTokenOfEveryWordInOrder() {
        NameKey key = NameKey.of("Бобозода  Умед");

        assertThat(key.tokens()).containsExactly("bobozoda", "r_bobo", "umed", "r_umed");
        assertThat(key.text()).isEqualTo("bobozoda r_bobo umed r_umed");
        assertThat(key.skeletons()).containsExactly("bobozoda", "umed");
    }

    @Test
    void tajikRussianAndPassportSpellingsShareTheirTokens() {
        NameKey tajik = NameKey.of("Бобозода Умед");

        assertThat(NameKey.of("Bobozoda Umed").tokens()).containsExactlyElementsOf(tajik.tokens());
        assertThat(NameKey.of("Бобозаде Умед").tokens()).contains("r_bobo", "umed").doesNotContain("bobozoda");
    }

    @Test
    void aSurnameWithAnotherEndingIsFoundOnlyThroughItsRoot() {
        NameKey karimov = NameKey.of("Каримов");
        NameKey karimzoda = NameKey.of("Каримзода");

        assertThat(karimov.tokens()).containsExactly("karimov", "r_karim");
        assertThat(karimzoda.tokens()).containsExactly("karimzoda", "r_karim");
    }

    @Test
    void aWordWithШЧOrADoubleLetterAlsoHoldsItsSpelling() {
        NameKey key = NameKey.of("Шариф Абдулло");

        assertThat(key.tokens()).containsExactly("šarif", "r_šarif", "sharif", "abdulo", "r_abdulo", "abdullo");
        assertThat(key.skeletons()).containsExactly("šarif", "abdulo");
    }

    @Test
    void aPatronymicWordJoinsTheFathersNameAndSharesTheRootOfTheRussianPatronymic() {
        assertThat(NameKey.of("Каримов Акмал Рустам ўғли").tokens())
                .containsExactly("karimov", "r_karim", "akmal", "r_akmal", "rustamugli", "r_rustam");
        assertThat(NameKey.of("KARIMOV AKMAL RUSTAM OʻGʻLI").skeletons()).containsExactly("karimov", "akmal", "rustamugli");
        assertThat(NameKey.of("Каримов Акмал Рустамович").tokens()).contains("r_rustam");
    }

    @Test
    void aSurnameInInSharesItsRootTokenAcrossSexesAndScripts() {
        assertThat(NameKey.of("Ильина").tokens()).containsExactly("ilina", "r_il");
        assertThat(NameKey.of("Ilyin").skeletons()).containsExactly("ilin");
        assertThat(NameKey.of("Ilyin").tokens()).contains("r_il");
        assertThat(NameKey.of("Ҳисорӣ").tokens()).contains("r_hisor").containsAll(NameKey.of("Hisori").tokens());
    }

    @Test
    void aNameWithoutLettersHasNoTokens() {
        assertThat(NameKey.of(" \u200B - ").tokens()).isEmpty();
        assertThat(NameKey.of(null).tokens()).isEmpty();
    }
}
