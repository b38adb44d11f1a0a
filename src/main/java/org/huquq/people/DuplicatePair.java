package org.huquq.people;

import java.util.List;
import java.util.UUID;

/** A proposed duplicate: both persons as the caller may see them, the score and the reasons (message keys). */
public record DuplicatePair(UUID candidateId, PersonView first, PersonView second, double score,
        List<String> reasons) {
}
