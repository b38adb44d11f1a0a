package org.huquq.people;

import jakarta.validation.constraints.Size;

/**
 * A name of a person as written in one source: parts where known, and the full form exactly as written (composed
 * from the parts when not given). Script is derived from the letters.
 */
public record NewName(
        @Size(max = 200, message = "{web.validation.tooLong}") String family,
        @Size(max = 200, message = "{web.validation.tooLong}") String given,
        @Size(max = 200, message = "{web.validation.tooLong}") String patronymic,
        @Size(max = 600, message = "{web.validation.tooLong}") String fullForm,
        @Size(max = 8, message = "{web.validation.tooLong}") String language,
        @Size(max = 300, message = "{web.validation.tooLong}") String source,
        NameStatus status) {
}
