package org.huquq.correspondence.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.huquq.correspondence.CommunicationManagement;
import org.huquq.correspondence.CommunicationSummary;
import org.huquq.correspondence.LetterFilter;
import org.huquq.correspondence.LetterLinkKind;
import org.huquq.correspondence.LetterManagement;
import org.huquq.correspondence.LetterSummary;
import org.huquq.shared.RelatedRecord;
import org.huquq.shared.RelatedRecordGroup;
import org.huquq.shared.RelatedRecordsSource;
import org.huquq.shared.RelatedSubject;
import org.huquq.shared.Vocabularies;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The letters and the calls and meetings that concern a person, a place or a counterpart, for their pages: letters
 * to and from a counterpart or linked to the person or place, calls with the counterpart or concerning them.
 */
@Component
@Order(10)
class RelatedCorrespondence implements RelatedRecordsSource {

    private static final int SHOWN = 10;

    private final LetterManagement letters;
    private final CommunicationManagement communications;
    private final Vocabularies vocabularies;
    private final MessageSource messages;

    RelatedCorrespondence(LetterManagement letters, CommunicationManagement communications, Vocabularies vocabularies,
            MessageSource messages) {
        this.letters = letters;
        this.communications = communications;
        this.vocabularies = vocabularies;
        this.messages = messages;
    }

    @Override
    public List<RelatedRecordGroup> concerning(RelatedSubject subject, UUID id, Locale locale) {
        return List.of(letterGroup(subject, id, locale), callGroup(subject, id, locale));
    }

    private RelatedRecordGroup letterGroup(RelatedSubject subject, UUID id, Locale locale) {
        List<LetterSummary> found;
        String allHref = null;
        if (subject == RelatedSubject.COUNTERPART) {
            found = new ArrayList<>(letters.find(new LetterFilter(null, id, null, null, null), null, SHOWN + 1)
                    .items());
            allHref = "/letters?counterpart=" + id;
        } else {
            found = letters.linkedTo(subject == RelatedSubject.PERSON ? LetterLinkKind.PERSON : LetterLinkKind.PLACE,
                    id, SHOWN);
        }
        boolean more = found.size() > SHOWN;
        List<RelatedRecord> shown = found.stream().limit(SHOWN).map(letter -> new RelatedRecord(
                "/letters/" + letter.id(), letter.registeredOn(), letter.reference(), letterLabel(letter, locale),
                letter.subject())).toList();
        return new RelatedRecordGroup("letters", "correspondence.related.letters", shown, more, allHref, null, null);
    }

    private String letterLabel(LetterSummary letter, Locale locale) {
        String direction = messages.getMessage("correspondence.letter.direction." + letter.direction(), null, locale);
        return letter.state() == null ? direction
                : direction + " · "
                        + messages.getMessage("deadlines.replyDeadline.state." + letter.state(), null, locale);
    }

    private RelatedRecordGroup callGroup(RelatedSubject subject, UUID id, Locale locale) {
        boolean counterpart = subject == RelatedSubject.COUNTERPART;
        int limit = counterpart ? CommunicationManagement.LATEST_WITH_COUNTERPART : SHOWN;
        List<CommunicationSummary> found = switch (subject) {
            case COUNTERPART -> communications.latestWith(id);
            case PERSON -> communications.concerning(true, id, SHOWN);
            case PLACE -> communications.concerning(false, id, SHOWN);
        };
        Map<String, String> kinds = vocabularies.labels(CommunicationManagement.KINDS, locale);
        List<RelatedRecord> shown = found.stream().limit(limit).map((CommunicationSummary call) -> new RelatedRecord(
                "/communications/" + call.id(), call.occurredOn(), call.reference(),
                kinds.getOrDefault(call.kind(), call.kind()), call.subject())).toList();
        String newHref = counterpart && communications.canCreate() ? "/communications/new?counterpart=" + id : null;
        return new RelatedRecordGroup("communications", "correspondence.communications.counterpart.title", shown,
                found.size() > limit, counterpart ? "/communications?counterpart=" + id : null, newHref,
                "correspondence.communications.counterpart.record");
    }
}
