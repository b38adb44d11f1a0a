package org.huquq.commitments.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.huquq.commitments.CommitmentSource;
import org.huquq.commitments.CommitmentStatus;
import org.huquq.commitments.FollowUpDetails;
import org.springframework.format.annotation.DateTimeFormat;

/** The follow-up form on a commitment's page, posted with the version of the commitment the user saw. */
public class FollowUpForm {

    @NotNull(message = "{web.validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate on;
    @NotNull(message = "{web.validation.required}")
    private CommitmentStatus status;
    @NotBlank(message = "{web.validation.required}")
    @Size(max = 4000, message = "{web.validation.tooLong}")
    private String actionTaken;
    @NotBlank(message = "{web.validation.required}")
    @Size(max = 4000, message = "{web.validation.tooLong}")
    private String evidence;
    private CommitmentSource evidenceSourceKind;
    private UUID evidenceSourceId;
    @Size(max = 300, message = "{web.validation.tooLong}")
    private String evidenceSourceReference;
    private long version;

    static FollowUpForm blank(LocalDate today, long version) {
        FollowUpForm form = new FollowUpForm();
        form.on = today;
        form.version = version;
        return form;
    }

    FollowUpDetails toDetails() {
        return new FollowUpDetails(on, status, actionTaken, evidence, evidenceSourceKind, evidenceSourceId,
                evidenceSourceReference);
    }

    public LocalDate getOn() { return on; }
    public void setOn(LocalDate on) { this.on = on; }
    public CommitmentStatus getStatus() { return status; }
    public void setStatus(CommitmentStatus status) { this.status = status; }
    public String getActionTaken() { return actionTaken; }
    public void setActionTaken(String actionTaken) { this.actionTaken = actionTaken; }
    public String getEvidence() { return evidence; }
    public void setEvidence(String evidence) { this.evidence = evidence; }
    public CommitmentSource getEvidenceSourceKind() { return evidenceSourceKind; }
    public void setEvidenceSourceKind(CommitmentSource evidenceSourceKind) { this.evidenceSourceKind = evidenceSourceKind; }
    public UUID getEvidenceSourceId() { return evidenceSourceId; }
    public void setEvidenceSourceId(UUID evidenceSourceId) { this.evidenceSourceId = evidenceSourceId; }
    public String getEvidenceSourceReference() { return evidenceSourceReference; }
    public void setEvidenceSourceReference(String evidenceSourceReference) {
        this.evidenceSourceReference = evidenceSourceReference;
    }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
