package org.huquq.commitments.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.huquq.commitments.CommitmentFilter;
import org.huquq.commitments.CommitmentManagement;
import org.huquq.commitments.CommitmentView;
import org.huquq.counterparts.CounterpartManagement;
import org.huquq.shared.KeysetPage;
import org.huquq.shared.RelatedRecord;
import org.huquq.shared.RelatedRecordGroup;
import org.huquq.shared.RelatedRecordsSource;
import org.huquq.shared.RelatedSubject;
import org.huquq.shared.Vocabularies;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The commitments a counterpart made, for its page, newest first, with their status. */
@Component
@Order(20)
class RelatedCommitments implements RelatedRecordsSource {

    private static final int SHOWN = 10;

    private final CommitmentManagement commitments;
    private final CounterpartManagement counterparts;
    private final Vocabularies vocabularies;
    private final MessageSource messages;

    RelatedCommitments(CommitmentManagement commitments, CounterpartManagement counterparts,
            Vocabularies vocabularies, MessageSource messages) {
        this.commitments = commitments;
        this.counterparts = counterparts;
        this.vocabularies = vocabularies;
        this.messages = messages;
    }

    @Override
    public List<RelatedRecordGroup> concerning(RelatedSubject subject, UUID id, Locale locale) {
        if (subject != RelatedSubject.COUNTERPART) {
            return List.of(); // commitments name counterparts, not persons or places
        }
        KeysetPage<CommitmentView> page = commitments.find(new CommitmentFilter(null, id, null, null), null, SHOWN);
        Map<String, String> kinds = vocabularies.labels(CommitmentManagement.KINDS, locale);
        List<RelatedRecord> shown = page.items().stream().map(commitment -> new RelatedRecord(
                "/commitments/" + commitment.id(), commitment.madeOn(), commitment.reference(),
                kinds.getOrDefault(commitment.kind(), commitment.kind()) + " · "
                        + messages.getMessage("commitments.status." + commitment.status(), null, locale),
                commitment.summary() == null || commitment.summary().isBlank() ? commitment.text()
                        : commitment.summary()))
                .toList();
        String reference = counterparts.get(id).reference();
        return List.of(new RelatedRecordGroup("commitments", "commitments.related.title", shown,
                page.hasNext(), "/commitments?madeBy=" + reference,
                commitments.canCreate() ? "/commitments/new" : null, "commitments.related.record"));
    }
}
