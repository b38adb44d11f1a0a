package org.huquq.commitments.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.huquq.commitments.CommitmentFilter;
import org.huquq.commitments.CommitmentManagement;
import org.huquq.commitments.CommitmentView;
import org.huquq.shared.NotFoundException;
import org.huquq.shared.RecordSearchSource;
import org.huquq.shared.SearchHit;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Commitments for the search box: by reference, the words said, the summary or the speaker. */
@Component
@Order(60)
class CommitmentSearchSource implements RecordSearchSource {

    private final CommitmentManagement commitments;
    private final MessageSource messages;

    CommitmentSearchSource(CommitmentManagement commitments, MessageSource messages) {
        this.commitments = commitments;
        this.messages = messages;
    }

    @Override
    public String kind() {
        return "commitments";
    }

    @Override
    public String titleKey() {
        return "commitments.list.title";
    }

    @Override
    public List<SearchHit> search(String query, int limit, Locale locale) {
        return commitments.search(new CommitmentFilter(query, null, null, null), 0, limit).items().stream()
                .map(commitment -> hit(commitment, locale, query.equalsIgnoreCase(commitment.reference())))
                .toList();
    }

    @Override
    public Optional<SearchHit> find(UUID id, Locale locale) {
        try {
            return Optional.of(hit(commitments.get(id), locale, false));
        } catch (NotFoundException notVisible) {
            return Optional.empty();
        }
    }

    private SearchHit hit(CommitmentView commitment, Locale locale, boolean exact) {
        String words = commitment.summary() == null || commitment.summary().isBlank() ? commitment.text()
                : commitment.summary();
        String title = words.length() > 120 ? words.substring(0, 119) + "…" : words;
        return new SearchHit(commitment.id().toString(), "/commitments/" + commitment.id(), commitment.reference(),
                title, messages.getMessage("commitments.status." + commitment.status(), null, locale) + " · "
                        + commitment.madeOn(), exact);
    }
}
