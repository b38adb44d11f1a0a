package org.huquq.correspondence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.huquq.shared.Confidentiality;

/**
 * A call or meeting as pages and the API show it. {@code persons} and {@code places} hold only the linked records
 * the reader may see, each with its name; links to others are kept but not shown.
 */
public record CommunicationView(UUID id, String reference, String kind, LocalDate occurredOn, LocalTime occurredTime,
        UUID counterpartId, List<CommunicationParticipant> participants, String subject, String summary,
        String outcome, String language, List<LinkedPerson> persons, List<LinkedPlace> places,
        Confidentiality confidentiality, UUID teamId, Instant createdAt, String createdBy, Instant updatedAt,
        String updatedBy, long version) {

    /** The ids of the linked persons shown, in order. */
    public List<UUID> personIds() {
        return persons.stream().map(LinkedPerson::id).toList();
    }

    /** The ids of the linked places shown, in order. */
    public List<UUID> placeIds() {
        return places.stream().map(LinkedPlace::id).toList();
    }
}
