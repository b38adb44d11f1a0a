package org.huquq.commitments;

import java.time.LocalDate;
import java.util.UUID;

import org.huquq.counterparts.CounterpartMother;
import org.huquq.shared.Confidentiality;

/**
 * Test data for commitments: {@code CommitmentMother.pledgeBy(commissioner).madeOn(date).build()}. The words carry a
 * random marker, so that a search finds this test's commitment and no other.
 */
public final class CommitmentMother {

    private String kind = "PLEDGE";
    private UUID madeBy;
    private String madeByPerson = "Татьяна Москалькова, Уполномоченный";
    private UUID madeTo;
    private LocalDate madeOn = LocalDate.of(2024, 10, 28);
    private CommitmentSource sourceKind = CommitmentSource.LETTER;
    private UUID sourceId;
    private String sourceReference = "Исх. № 12-3456";
    private String text;
    private String textLanguage = "ru";
    private String summary;
    private LocalDate dueOn;
    private Confidentiality confidentiality = Confidentiality.INTERNAL;
    private UUID teamId;
    private final String marker = CounterpartMother.marker();

    private CommitmentMother() {
        this.text = "Примем меры по защите прав граждан Республики Таджикистан " + marker;
        this.summary = "Ваъда оид ба ҳифзи ҳуқуқҳои шаҳрвандон " + marker;
    }

    /** A pledge made by {@code counterpart} to our institution. */
    public static CommitmentMother pledgeBy(UUID counterpart) {
        CommitmentMother mother = new CommitmentMother();
        mother.madeBy = counterpart;
        return mother;
    }

    /** A recommendation we issued to {@code counterpart}. */
    public static CommitmentMother recommendationTo(UUID counterpart) {
        CommitmentMother mother = new CommitmentMother();
        mother.kind = "RECOMMENDATION";
        mother.madeByPerson = null;
        mother.madeTo = counterpart;
        return mother;
    }

    public String marker() {
        return marker;
    }

    public CommitmentMother kind(String kind) {
        this.kind = kind;
        return this;
    }

    public CommitmentMother by(UUID madeBy) {
        this.madeBy = madeBy;
        return this;
    }

    public CommitmentMother to(UUID madeTo) {
        this.madeTo = madeTo;
        return this;
    }

    public CommitmentMother madeOn(LocalDate madeOn) {
        this.madeOn = madeOn;
        return this;
    }

    public CommitmentMother dueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
        return this;
    }

    public CommitmentMother source(CommitmentSource kind, String reference) {
        this.sourceKind = kind;
        this.sourceReference = reference;
        return this;
    }

    public CommitmentMother sourceId(UUID sourceId) {
        this.sourceId = sourceId;
        return this;
    }

    public CommitmentMother text(String text, String language) {
        this.text = text;
        this.textLanguage = language;
        return this;
    }

    public CommitmentMother summary(String summary) {
        this.summary = summary;
        return this;
    }

    public CommitmentMother speaker(String madeByPerson) {
        this.madeByPerson = madeByPerson;
        return this;
    }

    public CommitmentMother protectedAs(Confidentiality confidentiality, UUID teamId) {
        this.confidentiality = confidentiality;
        this.teamId = teamId;
        return this;
    }

    public CommitmentDetails build() {
        return new CommitmentDetails(kind, madeBy, madeByPerson, madeTo, madeOn, sourceKind, sourceId,
                sourceReference, text, textLanguage, summary, dueOn, confidentiality, teamId);
    }

    /** A follow-up on {@code on} reporting {@code status}, with its evidence. */
    public static FollowUpDetails step(LocalDate on, CommitmentStatus status) {
        return new FollowUpDetails(on, status, "Ответ получен: проведена проверка " + status,
                "Письмо МВД России от " + on, CommitmentSource.LETTER, null, "Вх. № 77-" + on);
    }
}
