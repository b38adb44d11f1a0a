package org.huquq.counterparts.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;

import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.huquq.counterparts.ContactPerson;
import org.huquq.counterparts.CounterpartDetails;
import org.huquq.counterparts.CounterpartView;
import org.huquq.shared.ChangeTracked;
import org.huquq.shared.Ids;
import org.huquq.shared.search.LatinKey;
import org.huquq.shared.search.SearchAnalysis;

/**
 * A body one institution writes to: a counterpart ombudsman, a ministry, an embassy... in that institution's
 * registry. Its names are searchable in every language, and across Cyrillic and Latin through their Latin key.
 */
@Entity
@Indexed(index = "counterpart")
public class Counterpart extends ChangeTracked {

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

    @Column(nullable = false)
    @KeywordField
    private String countryCode;

    @FullTextField(analyzer = SearchAnalysis.NAME)
    @FullTextField(name = "nameEn_prefix", analyzer = SearchAnalysis.NAME_PREFIX, searchAnalyzer = SearchAnalysis.NAME)
    private String nameEn;

    @FullTextField(analyzer = SearchAnalysis.NAME)
    @FullTextField(name = "nameRu_prefix", analyzer = SearchAnalysis.NAME_PREFIX, searchAnalyzer = SearchAnalysis.NAME)
    private String nameRu;

    @FullTextField(analyzer = SearchAnalysis.NAME)
    @FullTextField(name = "nameTg_prefix", analyzer = SearchAnalysis.NAME_PREFIX, searchAnalyzer = SearchAnalysis.NAME)
    private String nameTg;

    @FullTextField(analyzer = SearchAnalysis.NAME)
    @FullTextField(name = "nameNative_prefix", analyzer = SearchAnalysis.NAME_PREFIX, searchAnalyzer = SearchAnalysis.NAME)
    private String nameNative;

    private String nativeLanguage;

    @FullTextField(analyzer = SearchAnalysis.NAME)
    private String abbreviation;

    private String nameEnKey;
    private String nameRuKey;
    private String nameTgKey;
    private String nameNativeKey;

    private UUID parentId;

    private String postalAddress;
    private String email;
    private String phone;
    private String website;
    private String notes;

    @Column(nullable = false)
    @GenericField
    private boolean active;

    @ElementCollection
    @CollectionTable(name = "counterpart_contact", joinColumns = @JoinColumn(name = "counterpart_id"))
    @OrderColumn(name = "list_index")
    private List<Contact> contacts = new ArrayList<>();


    protected Counterpart() {
    }

    /** A new counterpart from details already normalised and checked by the module. */
    public Counterpart(UUID institutionId, String reference, CounterpartDetails details, String createdBy) {
        this.id = Ids.next();
        this.institutionId = institutionId;
        this.reference = reference;
        created(createdBy);
        apply(details, createdBy);
    }

    /** Replaces every stated fact with {@code details} (normalised and checked by the module). */
    public void apply(CounterpartDetails details, String by) {
        this.kind = details.kind();
        this.countryCode = details.countryCode();
        this.nameEn = details.nameEn();
        this.nameRu = details.nameRu();
        this.nameTg = details.nameTg();
        this.nameNative = details.nameNative();
        this.nativeLanguage = details.nameNative() == null ? null : details.nativeLanguage();
        this.abbreviation = details.abbreviation();
        this.nameEnKey = key(nameEn);
        this.nameRuKey = key(nameRu);
        this.nameTgKey = key(nameTg);
        this.nameNativeKey = key(nameNative);
        this.parentId = details.parentId();
        this.postalAddress = details.postalAddress();
        this.email = details.email();
        this.phone = details.phone();
        this.website = details.website();
        this.notes = details.notes();
        this.active = details.isActive();
        this.contacts.clear();
        details.contacts().forEach(person -> contacts.add(new Contact(person)));
        touched(by);
    }

    /** Every name and every contact person's name folded to its Latin key, for search across scripts. */
    @FullTextField(name = "latin", analyzer = SearchAnalysis.NAME)
    @FullTextField(name = "latin_prefix", analyzer = SearchAnalysis.NAME_PREFIX, searchAnalyzer = SearchAnalysis.NAME)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW, derivedFrom = {
            @ObjectPath(@PropertyValue(propertyName = "nameEn")), @ObjectPath(@PropertyValue(propertyName = "nameRu")),
            @ObjectPath(@PropertyValue(propertyName = "nameTg")),
            @ObjectPath(@PropertyValue(propertyName = "nameNative")),
            @ObjectPath(@PropertyValue(propertyName = "abbreviation")),
            @ObjectPath(@PropertyValue(propertyName = "contacts")) })
    public String getLatinNames() {
        return String.join(" ", Stream.concat(Stream.of(nameEn, nameRu, nameTg, nameNative, abbreviation),
                contacts.stream().map(Contact::toPerson).map(ContactPerson::name))
                .map(LatinKey::of).filter(key -> !key.isEmpty()).toList());
    }

    /** The name the counterpart list sorts by: the first name recorded (English, Russian, Tajik, own language). */
    public String sortName() {
        return nameEn != null ? nameEn : nameRu != null ? nameRu : nameTg != null ? nameTg : nameNative;
    }

    public CounterpartView toView() {
        return new CounterpartView(id, reference, kind, countryCode, nameEn, nameRu, nameTg, nameNative,
                nativeLanguage, abbreviation, parentId, postalAddress, email, phone, website, notes, active,
                contacts.stream().map(Contact::toPerson).toList(), createdAt, createdBy, updatedAt, updatedBy,
                version);
    }

    /** The duplicate-detection key of a name: its Latin key, {@code null} for no name. */
    public static String key(String name) {
        if (name == null) {
            return null;
        }
        String key = LatinKey.of(name);
        return key.isEmpty() ? null : key;
    }

    /** The stored keys of every name, for a duplicate check against this record's names. */
    public List<String> nameKeys() {
        return Stream.of(nameEnKey, nameRuKey, nameTgKey, nameNativeKey).filter(k -> k != null).toList();
    }

    public UUID getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public UUID getInstitutionId() {
        return institutionId;
    }

    public UUID getParentId() {
        return parentId;
    }
}
