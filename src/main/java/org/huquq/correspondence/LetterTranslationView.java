package org.huquq.correspondence;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A translation kept with its original letter: the text in another language, by whom and when. */
public record LetterTranslationView(@NotNull String language, @Size(max = 500) String subject,
        @Size(max = 200_000) String body, @Size(max = 200) String translator, LocalDate translatedOn) {
}
