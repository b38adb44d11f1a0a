package org.huquq.correspondence;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.huquq.shared.Confidentiality;

/**
 * What a user states about a call or meeting, when recording or changing it. {@code kind} is a term of the
 * {@value CommunicationManagement#KINDS} vocabulary; {@code occurredOn} may not lie in the future, {@code occurredTime}
 * is optional; {@code counterpartId} is a counterpart of the caller's registry; at least one participant;
 * {@code language} is the ISO 639 code of the language the notes are written in. {@code personIds} and
 * {@code placeIds} link persons and places the caller may read. Every rule is checked by
 * {@link CommunicationManagement}; the annotations document the limits for the API.
 */
public record CommunicationDetails(
        @NotBlank(message = "{web.validation.required}") @Size(max = 60, message = "{web.validation.tooLong}") String kind,
        @NotNull(message = "{web.validation.required}") LocalDate occurredOn,
        LocalTime occurredTime,
        @NotNull(message = "{web.validation.required}") UUID counterpartId,
        @Size(max = CommunicationManagement.MAX_PARTICIPANTS, message = "{correspondence.communications.error.tooManyParticipants}") List<@Valid CommunicationParticipant> participants,
        @NotBlank(message = "{web.validation.required}") @Size(max = 300, message = "{web.validation.tooLong}") String subject,
        @NotBlank(message = "{web.validation.required}") @Size(max = 8000, message = "{web.validation.tooLong}") String summary,
        @Size(max = 4000, message = "{web.validation.tooLong}") String outcome,
        @Pattern(regexp = "[a-z]{2,3}", message = "{shared.error.language}") String language,
        @Size(max = CommunicationManagement.MAX_LINKS, message = "{correspondence.communications.error.tooManyLinks}") List<UUID> personIds,
        @Size(max = CommunicationManagement.MAX_LINKS, message = "{correspondence.communications.error.tooManyLinks}") List<UUID> placeIds,
        @NotNull(message = "{web.validation.required}") Confidentiality confidentiality,
        UUID teamId) {

    public CommunicationDetails {
        participants = participants == null ? List.of() : participants;
        personIds = personIds == null ? List.of() : personIds;
        placeIds = placeIds == null ? List.of() : placeIds;
    }
}
