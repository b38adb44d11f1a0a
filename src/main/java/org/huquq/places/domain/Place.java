package org.huquq.places.domain;

import java.math.BigDecimal;
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
import org.huquq.places.PlaceDetails;
import org.huquq.places.PlaceView;
import org.huquq.shared.ChangeTracked;
import org.huquq.shared.Confidentiality;
import org.huquq.shared.Ids;
import org.huquq.shared.Protected;
import org.huquq.shared.search.SearchAnalysis;

/** A place of deprivation of liberty in one institution's registry. */
@Entity
@Indexed(index = "place")
public class Place extends ChangeTracked implements Protected {

    @Id
    @GenericField
    private UUID id;

    @Column(nullable = false)
    @GenericField
    private UUID institutionId;

    @KeywordField(normalizer = SearchAnalysis.KEYWORD, sortable = Sortable.YES)
    @FullTextField(name = "code_text", analyzer = SearchAnalysis.NAME)
    private String code;

    @FullTextField(analyzer = SearchAnalysis.NAME)
    @FullTextField(name = "nameEn_prefix", analyzer = SearchAnalysis.NAME_PREFIX, searchAnalyzer = SearchAnalysis.NAME)
    private String nameEn;

    @FullTextField(analyzer = SearchAnalysis.NAME)
    @FullTextField(name = "nameRu_prefix", analyzer = SearchAnalysis.NAME_PREFIX, searchAnalyzer = SearchAnalysis.NAME)
    private String nameRu;

    @FullTextField(analyzer = SearchAnalysis.NAME)
    @FullTextField(name = "nameTg_prefix", analyzer = SearchAnalysis.NAME_PREFIX, searchAnalyzer = SearchAnalysis.NAME)
    private String nameTg;

    @Column(name = "place_type", nullable = false)
    @KeywordField
    private String type;

    @Column(nullable = false)
    @KeywordField
    private String authority;

    @Column(nullable = false)
    @KeywordField
    private String countryCode;

    private String region;

    private String address;

    private BigDecimal latitude;

    private BigDecimal longitude;

    private Integer capacity;

    private String notes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @KeywordField
    private Confidentiality confidentiality;

    @GenericField
    private UUID teamId;


    protected Place() {
    }

    public Place(UUID institutionId, PlaceDetails details, String createdBy) {
        this.id = Ids.next();
        this.institutionId = institutionId;
        created(createdBy);
        apply(details, createdBy);
    }

    /** Replaces every stated fact with {@code details}. */
    public void apply(PlaceDetails details, String by) {
        this.code = blankToNull(details.code());
        this.nameEn = blankToNull(details.nameEn());
        this.nameRu = blankToNull(details.nameRu());
        this.nameTg = blankToNull(details.nameTg());
        this.type = details.type();
        this.authority = details.authority();
        this.countryCode = details.countryCode();
        this.region = blankToNull(details.region());
        this.address = blankToNull(details.address());
        this.latitude = details.latitude();
        this.longitude = details.longitude();
        this.capacity = details.capacity();
        this.notes = blankToNull(details.notes());
        this.confidentiality = details.confidentiality();
        this.teamId = details.teamId();
        touched(by);
    }

    /** The name the place list sorts by: the first name recorded, English, Russian or Tajik, as the query's order. */
    public String sortName() {
        return nameEn != null ? nameEn : nameRu != null ? nameRu : nameTg;
    }

    public PlaceView toView() {
        return new PlaceView(id, code, nameEn, nameRu, nameTg, type, authority, countryCode, region, address,
                latitude, longitude, capacity, notes, confidentiality, teamId, createdAt, createdBy, updatedAt,
                updatedBy, version);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public UUID getId() {
        return id;
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
