package org.huquq.commitments;

/** A follow-up just recorded, and the commitment as it now stands (status, last step, new version). */
public record RecordedFollowUp(FollowUpView followUp, CommitmentView commitment) {
}
