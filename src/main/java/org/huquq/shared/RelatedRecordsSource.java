package org.huquq.shared;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Implemented by a module that keeps records concerning persons, places or counterparts (correspondence's letters
 * and calls, commitments, and later cases, visits and detention records), so that the pages of those records list
 * them without depending on the modules that keep them. An implementation answers for the signed-in user only:
 * a record the user may not read is not listed, and nothing says it exists.
 */
public interface RelatedRecordsSource {

    /** The groups of records of this module concerning the subject; empty groups are kept (they say "none"). */
    List<RelatedRecordGroup> concerning(RelatedSubject subject, UUID id, Locale locale);
}
