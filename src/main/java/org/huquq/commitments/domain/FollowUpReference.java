package org.huquq.commitments.domain;

import java.util.UUID;

import org.huquq.shared.Confidentiality;
import org.huquq.shared.Protected;

/**
 * A follow-up named by its commitment's reference, with the commitment's confidentiality, which the follow-up shares.
 */
public record FollowUpReference(UUID followUpId, UUID commitmentId, String reference, UUID institutionId,
        Confidentiality confidentiality, UUID teamId) implements Protected {
}
