package org.huquq.identity.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.huquq.shared.Ids;
import org.huquq.shared.Multilingual;

/**
 * A group of staff to whom confidential records are assigned. Its name is as the institution gave it, optionally
 * also in Russian and Tajik, so that each reader sees it in their language.
 */
@Entity
public class Team {

    @Id
    private UUID id;

    @Column(nullable = false)
    private UUID institutionId;

    @Column(nullable = false)
    private String name;

    private String nameRu;

    private String nameTg;

    private UUID leadUserId;

    @Column(nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Team() {
    }

    public Team(UUID institutionId, String name) {
        this.id = Ids.next();
        this.institutionId = institutionId;
        this.name = name;
        this.createdAt = Instant.now();
    }

    /** A team named in English (or as the institution calls it), in Russian and in Tajik; either may be null. */
    public Team(UUID institutionId, String name, String nameRu, String nameTg) {
        this(institutionId, name);
        this.nameRu = nameRu;
        this.nameTg = nameTg;
    }

    /** The name in this language when the team has one, else the name it was created with. */
    public String name(Locale locale) {
        String chosen = Multilingual.pick(locale, name, nameRu, nameTg);
        return chosen == null || chosen.isBlank() ? name : chosen;
    }

    public UUID getId() {
        return id;
    }

    public UUID getInstitutionId() {
        return institutionId;
    }

    public String getName() {
        return name;
    }

    /** The member who leads the team, or {@code null}. */
    public UUID getLeadUserId() {
        return leadUserId;
    }

    public void setLeadUserId(UUID leadUserId) {
        this.leadUserId = leadUserId;
    }
}
