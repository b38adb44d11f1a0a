package org.huquq.people;

import java.util.Set;
import java.util.UUID;

import org.huquq.shared.Confidentiality;
import org.huquq.shared.PartialDate;

/**
 * One search result: the person, the name variant that matched the query best, and how well; {@code partial} when
 * the person's names meet only some of the query's words (shown after those that meet them all).
 */
public record PersonHit(UUID id, String reference, String displayName, String matchedName, float score,
        boolean partial, Sex sex,
        PartialDate birthDate, Set<String> nationalities, Confidentiality confidentiality) {
}
