package org.huquq.detention.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.huquq.detention.RaisedIn;
import org.huquq.detention.RequestDetails;
import org.huquq.detention.RequestView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * The detainee request form as the browser posts it. The person is a record picker; the detention is one of that
 * person's records; the letter or the call it was raised in are pickers of their own, and only the one that
 * {@code raisedIn} names is saved. There is no status field: status changes only through steps.
 */
public class DetaineeRequestForm {

    private UUID personId;
    /** Name or number typed to find the person; not saved. */
    @Size(max = 200, message = "{web.validation.tooLong}")
    private String personQuery;
    private UUID detentionId;
    @NotBlank(message = "{web.validation.required}")
    private String kind;
    @Size(max = 300, message = "{web.validation.tooLong}")
    private String askedBy;
    @NotNull(message = "{web.validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate askedOn;
    @NotNull(message = "{web.validation.required}")
    private RaisedIn raisedIn;
    private UUID sourceLetterId;
    /** Number or subject typed to find the letter; not saved. */
    @Size(max = 200, message = "{web.validation.tooLong}")
    private String sourceLetterQuery;
    private UUID sourceCallId;
    /** Subject or counterpart typed to find the call; not saved. */
    @Size(max = 200, message = "{web.validation.tooLong}")
    private String sourceCallQuery;
    @Size(max = 300, message = "{web.validation.tooLong}")
    private String sourceReference;
    @NotBlank(message = "{web.validation.required}")
    @Size(max = 8000, message = "{web.validation.tooLong}")
    private String words;
    @NotBlank(message = "{web.validation.required}")
    @Size(max = 3, message = "{web.validation.tooLong}")
    private String wordsLanguage;
    private UUID ownerId;
    private long version;

    static DetaineeRequestForm of(RequestView request) {
        DetaineeRequestForm form = new DetaineeRequestForm();
        form.personId = request.personId();
        form.detentionId = request.detentionId();
        form.kind = request.kind();
        form.askedBy = request.askedBy();
        form.askedOn = request.askedOn();
        form.raisedIn = request.raisedIn();
        if (request.raisedIn() == RaisedIn.LETTER) {
            form.sourceLetterId = request.sourceId();
        } else if (request.raisedIn() == RaisedIn.CALL) {
            form.sourceCallId = request.sourceId();
        }
        form.sourceReference = request.sourceReference();
        form.words = request.words();
        form.wordsLanguage = request.wordsLanguage();
        form.ownerId = request.ownerId();
        form.version = request.version();
        return form;
    }

    /** The details to save: the source is the record of the picker that {@code raisedIn} names. */
    RequestDetails toDetails() {
        return new RequestDetails(personId, detentionId, kind, askedBy, askedOn, raisedIn, sourceId(),
                sourceReference, words, wordsLanguage, ownerId);
    }

    /** The letter for a letter, the call for a call, none for anywhere else. */
    UUID sourceId() {
        return raisedIn == null ? null : switch (raisedIn) {
            case LETTER -> sourceLetterId;
            case CALL -> sourceCallId;
            default -> null;
        };
    }

    /**
     * The picker that holds a record of a kind other than {@code raisedIn} says so: a letter is not where a request
     * raised in a call was made, and the form must not drop what was chosen without a word.
     */
    void rejectSourceOfAnotherKind(Errors errors) {
        if (sourceLetterId != null && raisedIn != RaisedIn.LETTER) {
            errors.rejectValue("sourceLetterId", "detention.requests.error.sourceNotALetter");
        }
        if (sourceCallId != null && raisedIn != RaisedIn.CALL) {
            errors.rejectValue("sourceCallId", "detention.requests.error.sourceNotACall");
        }
    }

    /** The form field that shows a problem the module reports on {@code field}. */
    String formField(String field) {
        if ("sourceId".equals(field)) {
            return raisedIn == RaisedIn.LETTER ? "sourceLetterId" : "sourceCallId";
        }
        return field;
    }

    public UUID getPersonId() { return personId; }
    public void setPersonId(UUID personId) { this.personId = personId; }
    public String getPersonQuery() { return personQuery; }
    public void setPersonQuery(String personQuery) { this.personQuery = personQuery; }
    public UUID getDetentionId() { return detentionId; }
    public void setDetentionId(UUID detentionId) { this.detentionId = detentionId; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getAskedBy() { return askedBy; }
    public void setAskedBy(String askedBy) { this.askedBy = askedBy; }
    public LocalDate getAskedOn() { return askedOn; }
    public void setAskedOn(LocalDate askedOn) { this.askedOn = askedOn; }
    public RaisedIn getRaisedIn() { return raisedIn; }
    public void setRaisedIn(RaisedIn raisedIn) { this.raisedIn = raisedIn; }
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
    public String getWords() { return words; }
    public void setWords(String words) { this.words = words; }
    public String getWordsLanguage() { return wordsLanguage; }
    public void setWordsLanguage(String wordsLanguage) {
        this.wordsLanguage = wordsLanguage == null ? null : wordsLanguage.strip().toLowerCase(Locale.ROOT);
    }
    public UUID getOwnerId() { return ownerId; }
    public void setOwnerId(UUID ownerId) { this.ownerId = ownerId; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
