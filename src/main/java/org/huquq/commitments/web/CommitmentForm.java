package org.huquq.commitments.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.huquq.commitments.CommitmentDetails;
import org.huquq.commitments.CommitmentSource;
import org.huquq.commitments.CommitmentView;
import org.huquq.shared.Confidentiality;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The commitment form as the browser posts it. Who made it and to whom are named by the counterpart's reference
 * (INST-000012), which people read off its page or pick from the suggestions; left empty, the side is our own
 * institution. There is no status field: status changes only through follow-ups.
 */
public class CommitmentForm {

    @NotBlank(message = "{web.validation.required}")
    private String kind;
    @Size(max = 20, message = "{web.validation.tooLong}")
    private String madeByReference;
    @Size(max = 300, message = "{web.validation.tooLong}")
    private String madeByPerson;
    @Size(max = 20, message = "{web.validation.tooLong}")
    private String madeToReference;
    @NotNull(message = "{web.validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate madeOn;
    @NotNull(message = "{web.validation.required}")
    private CommitmentSource sourceKind;
    private UUID sourceId;
    @Size(max = 300, message = "{web.validation.tooLong}")
    private String sourceReference;
    @NotBlank(message = "{web.validation.required}")
    @Size(max = 8000, message = "{web.validation.tooLong}")
    private String text;
    @NotBlank(message = "{web.validation.required}")
    @Size(max = 3, message = "{web.validation.tooLong}")
    private String textLanguage;
    @Size(max = 2000, message = "{web.validation.tooLong}")
    private String summary;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueOn;
    @NotNull(message = "{web.validation.required}")
    private Confidentiality confidentiality = Confidentiality.INTERNAL;
    private UUID teamId;
    private long version;

    static CommitmentForm of(CommitmentView commitment, String madeByReference, String madeToReference) {
        CommitmentForm form = new CommitmentForm();
        form.kind = commitment.kind();
        form.madeByReference = madeByReference;
        form.madeByPerson = commitment.madeByPerson();
        form.madeToReference = madeToReference;
        form.madeOn = commitment.madeOn();
        form.sourceKind = commitment.sourceKind();
        form.sourceId = commitment.sourceId();
        form.sourceReference = commitment.sourceReference();
        form.text = commitment.text();
        form.textLanguage = commitment.textLanguage();
        form.summary = commitment.summary();
        form.dueOn = commitment.dueOn();
        form.confidentiality = commitment.confidentiality();
        form.teamId = commitment.teamId();
        form.version = commitment.version();
        return form;
    }

    /** The details to save, with both sides already resolved from their references. */
    CommitmentDetails toDetails(UUID madeBy, UUID madeTo) {
        return new CommitmentDetails(kind, madeBy, madeByPerson, madeTo, madeOn, sourceKind, sourceId,
                sourceReference, text, textLanguage, summary, dueOn, confidentiality, teamId);
    }

    /** The form field that shows a problem the module reports on {@code field}. */
    static String formField(String field) {
        return switch (field) {
            case "madeBy" -> "madeByReference";
            case "madeTo" -> "madeToReference";
            default -> field;
        };
    }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getMadeByReference() { return madeByReference; }
    public void setMadeByReference(String madeByReference) { this.madeByReference = madeByReference; }
    public String getMadeByPerson() { return madeByPerson; }
    public void setMadeByPerson(String madeByPerson) { this.madeByPerson = madeByPerson; }
    public String getMadeToReference() { return madeToReference; }
    public void setMadeToReference(String madeToReference) { this.madeToReference = madeToReference; }
    public LocalDate getMadeOn() { return madeOn; }
    public void setMadeOn(LocalDate madeOn) { this.madeOn = madeOn; }
    public CommitmentSource getSourceKind() { return sourceKind; }
    public void setSourceKind(CommitmentSource sourceKind) { this.sourceKind = sourceKind; }
    public UUID getSourceId() { return sourceId; }
    public void setSourceId(UUID sourceId) { this.sourceId = sourceId; }
    public String getSourceReference() { return sourceReference; }
    public void setSourceReference(String sourceReference) { this.sourceReference = sourceReference; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getTextLanguage() { return textLanguage; }
    public void setTextLanguage(String textLanguage) {
        this.textLanguage = textLanguage == null ? null : textLanguage.strip().toLowerCase(Locale.ROOT);
    }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public LocalDate getDueOn() { return dueOn; }
    public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
    public Confidentiality getConfidentiality() { return confidentiality; }
    public void setConfidentiality(Confidentiality confidentiality) { this.confidentiality = confidentiality; }
    public UUID getTeamId() { return teamId; }
    public void setTeamId(UUID teamId) { this.teamId = teamId; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
