package org.huquq.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

/**
 * The keyset page: the extra row fetched says whether a next page exists, and its cursor is the last row shown; cursors
 * travel as opaque tokens and a token that is not one is refused.
 */
class KeysetPageTests {

    @Test
    void aFullPageWithAnExtraRowPointsAtItsLastItem() {
        List<Long> fetched = LongStream.rangeClosed(1, KeysetPage.fetchSize(3)).map(n -> 100 - n).boxed().toList();
        KeysetPage<Long> page = KeysetPage.of(fetched, 3, String::valueOf);
        assertThat(page.items()).containsExactly(99L, 98L, 97L);
        assertThat(page.next()).isEqualTo("97");
        assertThat(page.hasNext()).isTrue();
    }

    @Test
    void theLastPageHasNoCursor() {
        assertThat(KeysetPage.of(List.of(5L, 4L, 3L), 3, String::valueOf).next()).isNull();
        assertThat(KeysetPage.of(List.<Long>of(), 3, String::valueOf).hasNext()).isFalse();
    }

    @Test
    void pagingByTheCursorVisitsEveryRowOnce() {
        List<Long> table = LongStream.rangeClosed(1, 23).boxed().toList();
        List<Long> seen = new ArrayList<>();
        Long after = null;
        do {
            Long before = after;
            List<Long> fetched = table.stream().sorted((a, b) -> Long.compare(b, a))
                    .filter(seq -> before == null || seq < before).limit(KeysetPage.fetchSize(5)).toList();
            KeysetPage<Long> page = KeysetPage.of(fetched, 5, String::valueOf);
            seen.addAll(page.items());
            after = page.next() == null ? null : Long.valueOf(page.next());
        } while (after != null);
        assertThat(seen).hasSize(23).doesNotHaveDuplicates();
    }

    @Test
    void mappingKeepsTheCursor() {
        KeysetPage<String> page = KeysetPage.of(List.of(3L, 2L), 1, String::valueOf).map(n -> "#" + n);
        assertThat(page.items()).containsExactly("#3");
        assertThat(page.next()).isEqualTo("3");
    }

    @Test
    void aPageOfZeroItemsIsRefused() {
        assertThatThrownBy(() -> KeysetPage.of(List.of(1L), 0, String::valueOf))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCountThatStoppedAtItsLimitSaysAtLeast() {
        KeysetPage<Long> page = KeysetPage.of(List.of(1L, 2L), 1, String::valueOf);
        assertThat(page.counted(1001, 1000)).satisfies(counted -> {
            assertThat(counted.total()).isEqualTo(1000);
            assertThat(counted.totalExact()).isFalse();
            assertThat(counted.next()).isEqualTo("1");
        });
        assertThat(page.counted(7, 1000).total()).isEqualTo(7);
        assertThat(page.counted(7, 1000).map(n -> "#" + n).totalExact()).isTrue();
        assertThat(page.total()).isNull();
    }

    @Test
    void cursorsTravelAsOpaqueTokensAndComeBackWhole() {
        UUID id = UUID.fromString("018f3c7e-0000-7000-8000-000000000001");
        DateCursor dated = DateCursor.of(LocalDate.of(2024, 10, 3), id);
        DateCursor timed = DateCursor.of(LocalDate.of(2024, 10, 3), LocalTime.of(9, 30), id);
        NameCursor named = NameCursor.of("Қамоқхонаи | №1", id);
        for (Object cursor : List.of(dated, timed, named)) {
            assertThat(cursor.toString()).matches("[A-Za-z0-9_-]+");
        }
        assertThat(DateCursor.valueOf(dated.toString())).isEqualTo(dated);
        assertThat(DateCursor.valueOf(timed.toString())).isEqualTo(timed);
        assertThat(DateCursor.valueOf(timed.toString()).time()).isEqualTo(LocalTime.of(9, 30));
        assertThat(NameCursor.valueOf(named.toString()).name()).isEqualTo("Қамоқхонаи | №1");
    }

    @Test
    void aTokenThatIsNoCursorOfTheKindIsRefused() {
        String otherKind = NameCursor.of("Name", UUID.randomUUID()).toString();
        String notADate = Base64.getUrlEncoder().encodeToString("2024-13-01||x".getBytes(StandardCharsets.UTF_8));
        for (String token : new String[] { "", " ", "42", "not base64!", otherKind, notADate,
                DateCursor.of(LocalDate.of(2024, 1, 1), UUID.randomUUID()) + "x", "x".repeat(3000) }) {
            assertThatThrownBy(() -> DateCursor.valueOf(token)).as(token).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> NameCursor.valueOf("bm8gaWQ")).isInstanceOf(IllegalArgumentException.class);
    }
}
