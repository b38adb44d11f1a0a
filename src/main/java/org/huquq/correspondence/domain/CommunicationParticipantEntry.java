package org.huquq.correspondence.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.huquq.correspondence.CommunicationParticipant;
import org.huquq.correspondence.CommunicationSide;

/** A participant of a call or meeting, as stored. */
@Embeddable
public class CommunicationParticipantEntry {

    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CommunicationSide side;

    private String role;

    protected CommunicationParticipantEntry() {
    }

    CommunicationParticipantEntry(CommunicationParticipant participant) {
        this.name = participant.name();
        this.side = participant.side();
        this.role = participant.role();
    }

    CommunicationParticipant toParticipant() {
        return new CommunicationParticipant(name, side, role);
    }
}
