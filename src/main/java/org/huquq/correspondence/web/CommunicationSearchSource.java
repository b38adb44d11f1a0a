package org.huquq.correspondence.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.huquq.correspondence.CommunicationManagement;
import org.huquq.correspondence.CommunicationView;
import org.huquq.shared.NotFoundException;
import org.huquq.shared.RecordSearchSource;
import org.huquq.shared.SearchHit;
import org.huquq.shared.Vocabularies;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Calls and meetings for the search box and the pickers: by reference or words of the subject. */
@Component
@Order(50)
class CommunicationSearchSource implements RecordSearchSource {

    private final CommunicationManagement communications;
    private final Vocabularies vocabularies;

    CommunicationSearchSource(CommunicationManagement communications, Vocabularies vocabularies) {
        this.communications = communications;
        this.vocabularies = vocabularies;
    }

    @Override
    public String kind() {
        return "communications";
    }

    @Override
    public String titleKey() {
        return "correspondence.communications.counterpart.title";
    }

    @Override
    public List<SearchHit> search(String query, int limit, Locale locale) {
        Map<String, String> kinds = vocabularies.labels(CommunicationManagement.KINDS, locale);
        return communications.matching(query, limit).stream()
                .map(call -> new SearchHit(call.id().toString(), "/communications/" + call.id(), call.reference(),
                        call.subject(), kinds.getOrDefault(call.kind(), call.kind()) + " · " + call.occurredOn(),
                        query.equalsIgnoreCase(call.reference())))
                .toList();
    }

    @Override
    public Optional<SearchHit> find(UUID id, Locale locale) {
        try {
            CommunicationView call = communications.get(id);
            String kind = vocabularies.labels(CommunicationManagement.KINDS, locale).getOrDefault(call.kind(),
                    call.kind());
            return Optional.of(new SearchHit(id.toString(), "/communications/" + id, call.reference(),
                    call.subject(), kind + " · " + call.occurredOn(), false));
        } catch (NotFoundException notVisible) {
            return Optional.empty();
        }
    }
}
