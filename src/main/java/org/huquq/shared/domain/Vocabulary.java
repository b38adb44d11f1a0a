package org.huquq.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A controlled list, such as {@code place-type}; created by migrations only, since code depends on its name. */
@Entity
@Table(name = "vocabulary")
public class Vocabulary {

    @Id
    @Column(length = 60)
    private String code;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "name_ru", nullable = false, length = 200)
    private String nameRu;

    @Column(name = "name_tg", nullable = false, length = 200)
    private String nameTg;

    protected Vocabulary() {
    }

    public String getCode() {
        return code;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameRu() {
        return nameRu;
    }

    public String getNameTg() {
        return nameTg;
    }
}
