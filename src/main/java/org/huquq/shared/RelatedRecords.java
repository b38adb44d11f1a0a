package org.huquq.shared;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * "Links both ways": every module's records that concern a person, a place or a counterpart, in the order of the
 * sources ({@code @Order}), for the subject's page (template fragment {@code shared/related :: groups}).
 */
@Component
public class RelatedRecords {

    private final ObjectProvider<RelatedRecordsSource> sources;

    RelatedRecords(ObjectProvider<RelatedRecordsSource> sources) {
        this.sources = sources;
    }

    /** The groups of every module for the subject, as the signed-in user may read them. */
    public List<RelatedRecordGroup> concerning(RelatedSubject subject, UUID id, Locale locale) {
        return sources.orderedStream().flatMap(source -> source.concerning(subject, id, locale).stream()).toList();
    }
}
