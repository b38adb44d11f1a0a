package org.huquq.people.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.huquq.people.NameStatus;
import org.huquq.people.PersonView;
import org.huquq.people.Script;
import org.huquq.people.matching.NameKey;
import org.huquq.shared.Ids;

/** A name as written in one source. Never changed once recorded, so that the history of names is kept. */
@Entity
public class PersonName {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    private String familyName;

    private String givenName;

    private String patronymic;

    @Column(nullable = false)
    private String fullForm;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Script script;

    private String language;

    private String source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NameStatus status;

    /** The matching tokens of this name (see NameKeys), space-separated; what the search index holds. */
    @Column(nullable = false)
    private String matchKeys;

    /** The {@link NameKey#RULES_VERSION} {@link #matchKeys} were made with. */
    @Column(nullable = false)
    private int matchKeysVersion;

    @Column(nullable = false)
    private Instant recordedAt;

    @Column(nullable = false)
    private String recordedBy;

    protected PersonName() {
    }

    PersonName(Person person, String family, String given, String patronymic, String fullForm, Script script,
            String language, String source, NameStatus status, String matchKeys, String recordedBy) {
        this.id = Ids.next();
        this.person = person;
        this.familyName = family;
        this.givenName = given;
        this.patronymic = patronymic;
        this.fullForm = fullForm;
        this.script = script;
        this.language = language;
        this.source = source;
        this.status = status;
        this.matchKeys = matchKeys;
        this.matchKeysVersion = NameKey.RULES_VERSION;
        this.recordedAt = Instant.now();
        this.recordedBy = recordedBy;
    }

    /** New matching keys for the name as written, made with the current folding rules. */
    void rekey(String keys) {
        this.matchKeys = keys;
        this.matchKeysVersion = NameKey.RULES_VERSION;
    }

    /** A current name that the person no longer uses becomes a former one; its text never changes. */
    void retire() {
        if (status == NameStatus.CURRENT) {
            status = NameStatus.FORMER;
        }
    }

    public PersonView.NameView toView() {
        return new PersonView.NameView(id, familyName, givenName, patronymic, fullForm, script, language, source,
                status, recordedAt, recordedBy);
    }

    public UUID getId() {
        return id;
    }

    public String getFullForm() {
        return fullForm;
    }

    public String getFamilyName() {
        return familyName;
    }

    public String getGivenName() {
        return givenName;
    }

    public String getPatronymic() {
        return patronymic;
    }

    public NameStatus getStatus() {
        return status;
    }

    public String getMatchKeys() {
        return matchKeys;
    }

    /** Moves this record to another person (a merge, or its undoing); what it says never changes. */
    void moveTo(Person other) {
        this.person = other;
    }
}
