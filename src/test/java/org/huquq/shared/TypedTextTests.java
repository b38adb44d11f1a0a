package org.huquq.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.huquq.shared.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;

class TypedTextTests {

    @Test
    void entryNormalisationComposesTajikLettersAndTrims() {
        // и + combining macron is ӣ, typed on keyboards without the Tajik layout
        assertThat(TypedText.line("  Вазорати  корҳои дохили\u0304 ")).isEqualTo("Вазорати корҳои дохилӣ");
        assertThat(TypedText.line(" \t ")).isNull();
        assertThat(TypedText.text(" line one\nline two ")).isEqualTo("line one\nline two");
    }

    @Test
    void invisibleAndControlCharactersAreDetectedLineBreaksOnlyWhereAllowed() {
        assertThat(TypedText.hasInvisible("МВД\u200bРоссии", false)).isTrue();
        assertThat(TypedText.hasInvisible("\u202eaissuR", false)).isTrue();
        assertThat(TypedText.hasInvisible("bell\u0007", true)).isTrue();
        assertThat(TypedText.hasInvisible("two\nlines", false)).isTrue();
        assertThat(TypedText.hasInvisible("two\nlines", true)).isFalse();
        assertThat(TypedText.hasInvisible("Сафорати Ҷумҳурии Тоҷикистон", false)).isFalse();
    }

    @Test
    void controlCharactersAndHalvesOfSurrogatePairsAreWhatNoFieldTakes() {
        assertThat(TypedText.hasControl("Раҳимов\u0000")).isTrue();
        assertThat(TypedText.hasControl("\u001b[2J")).isTrue();
        assertThat(TypedText.hasControl("x\u007f")).isTrue();
        assertThat(TypedText.hasControl("next\u0085line")).isTrue();
        assertThat(TypedText.hasControl("half \ud800 of a pair")).isTrue();
        assertThat(TypedText.hasControl("\udc00")).isTrue();
        assertThat(TypedText.hasControl("tab\tand\r\nlines")).isFalse();
        assertThat(TypedText.hasControl("Ҳуқуқ 😀 \u200c\u200b")).isFalse();
        assertThat(TypedText.hasControl(null)).isFalse();
    }

    @Test
    void aCheckedFieldNamesItselfWhenTooLongOrHoldingInvisibleCharacters() {
        List<FieldProblem> problems = new ArrayList<>();
        assertThat(TypedText.checkedLine(" Ҳуқуқ ", "subject", 5, problems)).isEqualTo("Ҳуқуқ");
        assertThat(problems).isEmpty();
        TypedText.checkedLine("Ҳуқуқи инсон", "subject", 5, problems);
        TypedText.checkedText("notes\u200b", "notes", 100, problems);
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("subject", "shared.error.tooLong"),
                        org.assertj.core.groups.Tuple.tuple("notes", "shared.error.invisible"));
    }
}
