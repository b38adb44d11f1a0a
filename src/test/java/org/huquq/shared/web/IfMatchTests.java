package org.huquq.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.huquq.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class IfMatchTests {

    @Test
    void readsTheVersionFromStrongWeakAndBareETags() {
        assertThat(IfMatch.parse("\"3\"").version()).isEqualTo(3);
        assertThat(IfMatch.parse("W/\"12\"").version()).isEqualTo(12);
        assertThat(IfMatch.parse(" 0 ").version()).isZero();
    }

    @Test
    void aMissingHeaderAsksForOneAndAMalformedOneNamesTheHeader() {
        assertThatThrownBy(() -> IfMatch.parse(null)).isInstanceOf(IfMatch.IfMatchMissingException.class);
        assertThatThrownBy(() -> IfMatch.parse("  ")).isInstanceOf(IfMatch.IfMatchMissingException.class);
        for (String malformed : new String[] { "\"abc\"", "*", "\"-1\"", "\"1\", \"2\"", "\"" }) {
            assertThatThrownBy(() -> IfMatch.parse(malformed)).as(malformed)
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("If-Match")));
        }
    }

    @Test
    void answersCarryTheVersionAsETagAndCreationsTheirLocation() {
        var read = ETags.ok("record", 4);
        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(read.getHeaders().getETag()).isEqualTo("\"4\"");
        var created = ETags.created("/api/v1/places/abc", "record", 0);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getHeaders().getLocation()).hasToString("/api/v1/places/abc");
        assertThat(created.getHeaders().getETag()).isEqualTo("\"0\"");
        assertThat(IfMatch.parse(created.getHeaders().getETag()).version()).isZero();
    }
}
