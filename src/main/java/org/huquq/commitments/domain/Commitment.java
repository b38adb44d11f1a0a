package org.huquq.commitments.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.huquq.commitments.CommitmentDetails;
import org.huquq.commitments.CommitmentSource;
import org.huquq.commitments.CommitmentStatus;
import org.huquq.commitments.CommitmentView;
import org.huquq.shared.ChangeTracked;
import org.huquq.shared.Confidentiality;
import org.huquq.shared.Ids;
import org.huquq.shared.Protected;
import org.huquq.shared.search.SearchAnalysis;

/**
 * A commitment in one institution's records. Its status, last step and the date it has been silent since are not
 * stated by anyone: they follow from its follow-ups ({@link #recordStep}), which are never changed once recorded.
 */
@Entity
@Indexed(index = "commitment")
public class Commitment extends ChangeTracked implements Protected {

    @Id
    @GenericField
    private UUID id;

    @Column(nullable = false)
    @GenericField
    private UUID institutionId;

    @Column(nullable = false)
    @KeywordField(normalizer = SearchAnalysis.KEYWORD, sortable = Sortable.YES)
    private String reference;

    @Column(nullable = false)
    @KeywordField
    private String kind;

    @GenericField
    private UUID madeBy;

    @FullTextField(analyzer = SearchAnalysis.NAME)
    private String madeByPerson;

    private UUID madeTo;

    @Column(nullable = false)
    private LocalDate madeOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CommitmentSource sourceKind;

    private UUID sourceId;

    @FullTextField(analyzer = SearchAnalysis.NAME)
    private String sourceReference;

    @Column(name = "original_text", nullable = false)
    @FullTextField(analyzer = SearchAnalysis.NAME)
    @FullTextField(name = "text_prefix", analyzer = SearchAnalysis.NAME_PREFIX, searchAnalyzer = SearchAnalysis.NAME)
    private String text;

    @Column(nullable = false)
    private String textLanguage;

    @FullTextField(analyzer = SearchAnalysis.NAME)
    @FullTextField(name = "summary_prefix", analyzer = SearchAnalysis.NAME_PREFIX, searchAnalyzer = SearchAnalysis.NAME)
    private String summary;

    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @KeywordField
    private CommitmentStatus status;

    private LocalDate lastStepOn;

    @Column(nullable = false)
    private LocalDate silentSince;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @KeywordField
    private Confidentiality confidentiality;

    @GenericField
    private UUID teamId;


    protected Commitment() {
    }

    /** A new commitment, with no step reported yet, from details already normalised and checked by the module. */
    public Commitment(UUID institutionId, String reference, CommitmentDetails details, String createdBy) {
        this.id = Ids.next();
        this.institutionId = institutionId;
        this.reference = reference;
        this.status = CommitmentStatus.NO_INFORMATION;
        created(createdBy);
        apply(details, createdBy);
    }

    /** Replaces every stated fact with {@code details} (normalised and checked by the module). */
    public void apply(CommitmentDetails details, String by) {
        this.kind = details.kind();
        this.madeBy = details.madeBy();
        this.madeByPerson = details.madeByPerson();
        this.madeTo = details.madeTo();
        this.madeOn = details.madeOn();
        this.sourceKind = details.sourceKind();
        this.sourceId = details.sourceId();
        this.sourceReference = details.sourceReference();
        this.text = details.text();
        this.textLanguage = details.textLanguage();
        this.summary = details.summary();
        this.dueOn = details.dueOn();
        this.confidentiality = details.confidentiality();
        this.teamId = details.teamId();
        this.silentSince = lastStepOn != null ? lastStepOn : madeOn;
        touched(by);
    }

    /**
     * Takes a new follow-up into account: a step dated on or after the last one sets the status (on the same date
     * the later recorded wins); an earlier-dated one leaves it. The commitment's version moves on either way, so
     * that a second follow-up based on the same version is refused.
     */
    public void recordStep(FollowUp followUp, String by) {
        if (lastStepOn == null || !followUp.getStepOn().isBefore(lastStepOn)) {
            this.status = followUp.getStatus();
            this.lastStepOn = followUp.getStepOn();
            this.silentSince = lastStepOn;
        }
        touched(by);
    }

    public CommitmentView toView() {
        return new CommitmentView(id, reference, kind, madeBy, madeByPerson, madeTo, madeOn, sourceKind, sourceId,
                sourceReference, text, textLanguage, summary, dueOn, status, lastStepOn, confidentiality, teamId,
                createdAt, createdBy, updatedAt, updatedBy, version);
    }

    public UUID getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public LocalDate getMadeOn() {
        return madeOn;
    }

    /** The day of the last step, or of the making without one: the "no step reported" list's order. */
    public LocalDate getSilentSince() {
        return silentSince;
    }

    @Override
    public UUID institutionId() {
        return institutionId;
    }

    @Override
    public Confidentiality confidentiality() {
        return confidentiality;
    }

    @Override
    public UUID teamId() {
        return teamId;
    }
}
