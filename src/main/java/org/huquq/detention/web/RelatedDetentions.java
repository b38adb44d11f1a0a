package org.huquq.detention.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.huquq.detention.DetaineeRequestManagement;
import org.huquq.detention.DetentionFilter;
import org.huquq.detention.DetentionManagement;
import org.huquq.detention.DetentionView;
import org.huquq.detention.RegistryView;
import org.huquq.detention.RequestFilter;
import org.huquq.detention.RequestView;
import org.huquq.places.PlaceManagement;
import org.huquq.places.PlaceView;
import org.huquq.shared.KeysetPage;
import org.huquq.shared.RelatedRecord;
import org.huquq.shared.RelatedRecordGroup;
import org.huquq.shared.RelatedRecordsSource;
import org.huquq.shared.RelatedSubject;
import org.huquq.shared.Vocabularies;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Detention for the pages of persons and places, without those modules knowing of it: a person's detention records
 * and requests; the people held at a place now, and how many of them by legal status. Only what the reader may read
 * is listed or counted.
 */
@Component
@Order(30)
class RelatedDetentions implements RelatedRecordsSource {

    private static final int SHOWN = 10;

    private final DetentionManagement detentions;
    private final DetaineeRequestManagement requests;
    private final PlaceManagement places;
    private final Vocabularies vocabularies;
    private final MessageSource messages;

    RelatedDetentions(DetentionManagement detentions, DetaineeRequestManagement requests, PlaceManagement places,
            Vocabularies vocabularies, MessageSource messages) {
        this.detentions = detentions;
        this.requests = requests;
        this.places = places;
        this.vocabularies = vocabularies;
        this.messages = messages;
    }

    @Override
    public List<RelatedRecordGroup> concerning(RelatedSubject subject, UUID id, Locale locale) {
        return switch (subject) {
            case PERSON -> ofPerson(id, locale);
            case PLACE -> atPlace(id, locale);
            default -> List.of(); // institutions hold no one
        };
    }

    private List<RelatedRecordGroup> ofPerson(UUID personId, Locale locale) {
        Map<String, String> statuses = vocabularies.labels(DetentionManagement.LEGAL_STATUSES, locale);
        KeysetPage<DetentionView> records = detentions.find(
                new DetentionFilter(RegistryView.ALL, null, null, null, null, personId), null, SHOWN);
        Map<UUID, PlaceView> placeNames = places.readable(records.items().stream().map(DetentionView::placeId)
                .distinct().toList());
        List<RelatedRecord> held = records.items().stream().map(record -> new RelatedRecord(
                "/detentions/" + record.id(), record.from(), record.reference(),
                statuses.getOrDefault(record.legalStatus(), record.legalStatus())
                        + (record.current() ? " · " + messages.getMessage("detention.detail.current", null, locale)
                                : ""),
                placeNames.containsKey(record.placeId()) ? placeNames.get(record.placeId()).name(locale.getLanguage())
                        : ""))
                .toList();
        Map<String, String> kinds = vocabularies.labels(DetaineeRequestManagement.KINDS, locale);
        KeysetPage<RequestView> asked = requests.find(new RequestFilter(null, null, false, personId, null), null,
                SHOWN);
        List<RelatedRecord> raised = asked.items().stream().map(request -> new RelatedRecord(
                "/detainee-requests/" + request.id(), request.askedOn(), request.reference(),
                kinds.getOrDefault(request.kind(), request.kind()) + " · "
                        + messages.getMessage("detention.requestStatus." + request.status(), null, locale),
                request.words()))
                .toList();
        return List.of(
                new RelatedRecordGroup("detentions", "detention.related.records", held, records.hasNext(),
                        "/detentions?view=ALL&person=" + personId,
                        detentions.canCreate() ? "/detentions/new?person=" + personId : null,
                        "detention.related.record"),
                new RelatedRecordGroup("detainee-requests", "detention.related.requests", raised, asked.hasNext(),
                        "/detainee-requests?person=" + personId,
                        requests.canCreate() ? "/detainee-requests/new?person=" + personId : null,
                        "detention.related.request"));
    }

    /** Who is held at the place now, and a group of counts by legal status, each linking to the list it counts. */
    private List<RelatedRecordGroup> atPlace(UUID placeId, Locale locale) {
        Map<String, String> statuses = vocabularies.labels(DetentionManagement.LEGAL_STATUSES, locale);
        Map<String, Long> held = detentions.heldNowAt(placeId);
        // in the vocabulary's order, as the status select lists them
        List<String> order = new ArrayList<>(statuses.keySet());
        List<RelatedRecord> counts = held.entrySet().stream()
                .sorted(Comparator.comparing(count -> order.contains(count.getKey()) ? order.indexOf(count.getKey())
                        : order.size()))
                .map(count -> new RelatedRecord("/detentions?placeId=" + placeId + "&legalStatus=" + count.getKey(),
                        null, String.valueOf(count.getValue()), statuses.getOrDefault(count.getKey(), count.getKey()),
                        ""))
                .toList();
        KeysetPage<DetentionView> now = detentions.find(
                new DetentionFilter(RegistryView.CURRENT, null, placeId, null, null, null), null, SHOWN);
        List<RelatedRecord> people = now.items().stream().map(record -> new RelatedRecord(
                "/detentions/" + record.id(), record.from(), record.reference(),
                statuses.getOrDefault(record.legalStatus(), record.legalStatus()),
                record.personName() + " (" + record.personReference() + ")"))
                .toList();
        return List.of(
                new RelatedRecordGroup("held-now-counts", "detention.related.heldNowByStatus", counts, false, null,
                        null, null),
                new RelatedRecordGroup("held-now", "detention.related.heldNow", people, now.hasNext(),
                        "/detentions?placeId=" + placeId,
                        detentions.canCreate() ? "/detentions/new?place=" + placeId : null,
                        "detention.related.record"));
    }
}
