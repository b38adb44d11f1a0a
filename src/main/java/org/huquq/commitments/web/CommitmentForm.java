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
import org.springframework.validation.Errors;

/**
 * The commitment form as the browser posts it. Who made it and to whom are counterpart pickers (the id chosen, and the
 * text typed to find one, see {@code search/picker}); none chosen, the side is our own institution. The letter or the
 * call it was made in is a picker of its own, letters or calls, and only the one that {@code sourceKind} names is
 * saved as its source. There is no status field: status changes only through follow-ups.
 */
public class CommitmentForm {

    @NotBlank(message = "{web.validation.required}")
    private String kind;
    private UUID madeBy;
    /** Name or number typed to find who made it; not saved. */
    @Size(max = 200, message = "{web.validation.tooLong}")
    private String madeByQuery;
    @Size(max = 300, message = "{web.validation.tooLong}")
    private String madeByPerson;
    private UUID madeTo;
    /** Name or number typed to find to whom it was made; not saved. */
    @Size(max = 200, message = "{web.validation.tooLong}")
    private String madeToQuery;
    @NotNull(message = "{web.validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate madeOn;
    @NotNull(message = "{web.validation.required}")
    private CommitmentSource sourceKind;
    private UUID sourceLetterId;
    /** Number or subject typed to find the letter; not saved. */
    @Size(max = 200, message = "{web.validation.tooLong}")
    private String sourceLetterQuery;
    private UUID sourceCallId;
    /** Subject or counterpart typed to find the call or meeting; not saved. */
    @Size(max = 200, message = "{web.validation.tooLong}")
    private String sourceCallQuery;
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

    static CommitmentForm of(CommitmentView commitment) {
        CommitmentForm form = new CommitmentForm();
        form.kind = commitment.kind();
        form.madeBy = commitment.madeBy();
        form.madeByPerson = commitment.madeByPerson();
        form.madeTo = commitment.madeTo();
        form.madeOn = commitment.madeOn();
        form.sourceKind = commitment.sourceKind();
        if (commitment.sourceKind() == CommitmentSource.LETTER) {
            form.sourceLetterId = commitment.sourceId();
        } else {
            form.sourceCallId = commitment.sourceId();
        }
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

    /** The details to save: the source is the record of the picker that {@code sourceKind} names. */
    CommitmentDetails toDetails() {
        return new CommitmentDetails(kind, madeBy, madeByPerson, madeTo, madeOn, sourceKind, sourceId(),
                sourceReference, text, textLanguage, summary, dueOn, confidentiality, teamId);
    }

    /** The letter for a letter, the call for a call or a meeting, none for any other source. */
    UUID sourceId() {
        return sourceKind == null ? null : switch (sourceKind) {
            case LETTER -> sourceLetterId;
            case CALL, MEETING -> sourceCallId;
            default -> null;
        };
    }

    /**
     * The picker that holds a record of a kind other than {@code sourceKind} says: a letter is no source of a call, and
     * the form must not drop what was chosen without a word.
     */
    void rejectSourceOfAnotherKind(Errors errors) {
        if (sourceLetterId != null && sourceKind != CommitmentSource.LETTER) {
            errors.rejectValue("sourceLetterId", "commitments.error.sourceNotALetter");
        }
        if (sourceCallId != null && sourceKind != CommitmentSource.CALL && sourceKind != CommitmentSource.MEETING) {
            errors.rejectValue("sourceCallId", "commitments.error.sourceNotACall");
        }
    }

    /** The form field that shows a problem the module reports on {@code field}. */
    String formField(String field) {
        if ("sourceId".equals(field)) {
            return sourceKind == CommitmentSource.LETTER ? "sourceLetterId" : "sourceCallId";
        }
        return field;
    }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public UUID getMadeBy() { return madeBy; }
    public void setMadeBy(UUID madeBy) { this.madeBy = madeBy; }
    public String getMadeByQuery() { return madeByQuery; }
    public void setMadeByQuery(String madeByQuery) { this.madeByQuery = madeByQuery; }
    public String getMadeByPerson() { return madeByPerson; }
    public void setMadeByPerson(String madeByPerson) { this.madeByPerson = madeByPerson; }
    public UUID getMadeTo() { return madeTo; }
    public void setMadeTo(UUID madeTo) { this.madeTo = madeTo; }
    public String getMadeToQuery() { return madeToQuery; }
    public void setMadeToQuery(String madeToQuery) { this.madeToQuery = madeToQuery; }
    public LocalDate getMadeOn() { return madeOn; }
    public void setMadeOn(LocalDate madeOn) { this.madeOn = madeOn; }
    public CommitmentSource getSourceKind() { return sourceKind; }
    public void setSourceKind(CommitmentSource sourceKind) { this.sourceKind = sourceKind; }
    public UUID getSourceLetterId() { return sourceLetterId; }
    public void setSourceLetterId(UUID sourceLetterId) { this.sourceLetterId = sourceLetterId; }
    public String getSourceLetterQuery() { return sourceLetterQuery; }
    public void setSourceLetterQuery(String sourceLetterQuery) { this.sourceLetterQuery = sourceLetterQuery; }
    public UUID getSourceCallId() { return sourceCallId; }
    public void setSourceCallId(UUID sourceCallId) { this.sourceCallId = sourceCallId; }
    public String getSourceCallQuery() { return sourceCallQuery; }
    public void setSourceCallQuery(String sourceCallQuery) { this.sourceCallQuery = sourceCallQuery; }
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
