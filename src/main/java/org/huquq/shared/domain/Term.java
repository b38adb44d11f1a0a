package org.huquq.shared.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.huquq.shared.Ids;

/**
 * One term of a vocabulary. Built-in terms (no institution) come from migrations; an institution's own terms are
 * added by its administrators. A term is never deleted: records keep pointing at its code.
 */
@Entity
@Table(name = "vocabulary_term")
public class Term {

    @Id
    private UUID id;

    @Column(name = "vocabulary_code", nullable = false, length = 60)
    private String vocabularyCode;

    @Column(name = "institution_id")
    private UUID institutionId;

    @Column(nullable = false, length = 60)
    private String code;

    @Column(name = "label_en", nullable = false, length = 200)
    private String labelEn;

    @Column(name = "label_ru", nullable = false, length = 200)
    private String labelRu;

    @Column(name = "label_tg", nullable = false, length = 200)
    private String labelTg;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean deprecated;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Term() {
    }

    public Term(String vocabularyCode, UUID institutionId, String code, String labelEn, String labelRu,
            String labelTg, int sortOrder) {
        this.id = Ids.next();
        this.vocabularyCode = vocabularyCode;
        this.institutionId = institutionId;
        this.code = code;
        this.labelEn = labelEn;
        this.labelRu = labelRu;
        this.labelTg = labelTg;
        this.sortOrder = sortOrder;
        this.createdAt = Instant.now();
    }

    public UUID getId() {
        return id;
    }

    public String getVocabularyCode() {
        return vocabularyCode;
    }

    /** The institution that added the term, or {@code null} for a built-in term. */
    public UUID getInstitutionId() {
        return institutionId;
    }

    public boolean isBuiltIn() {
        return institutionId == null;
    }

    public String getCode() {
        return code;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public String getLabelRu() {
        return labelRu;
    }

    public String getLabelTg() {
        return labelTg;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isDeprecated() {
        return deprecated;
    }

    public void setDeprecated(boolean deprecated) {
        this.deprecated = deprecated;
    }
}
