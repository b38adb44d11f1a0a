package org.huquq.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

/** The keyset page: the extra row fetched says whether a next page exists, and its cursor is the last row shown. */
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
            after = KeysetPage.longCursor(page.next());
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
    void aCursorThatIsNotANumberStartsAgain() {
        assertThat(KeysetPage.longCursor("42")).isEqualTo(42L);
        assertThat(KeysetPage.longCursor(" ")).isNull();
        assertThat(KeysetPage.longCursor("42; drop table")).isNull();
        assertThatThrownBy(() -> KeysetPage.of(List.of(1L), 0, String::valueOf))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
