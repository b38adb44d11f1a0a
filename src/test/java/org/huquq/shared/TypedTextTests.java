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
