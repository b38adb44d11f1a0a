package org.huquq.people.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import org.hibernate.annotations.OptimisticLock;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.huquq.people.DocumentType;
import org.huquq.people.NameStatus;
import org.huquq.people.PersonDetails;
import org.huquq.people.PersonView;
import org.huquq.people.Relation;
import org.huquq.people.Script;
import org.huquq.people.Sex;
import org.huquq.people.VulnerabilityMarker;
import org.huquq.shared.Confidentiality;
import org.huquq.shared.Ids;
import org.huquq.shared.PartialDate;
import org.huquq.shared.PartialDateConverter;
import org.huquq.shared.Protected;
import org.huquq.shared.search.SearchAnalysis;

/**
 * A person of concern, with every name they are known by, their documents and their family contacts. Every change
 * moves {@code updatedAt}, so the version (optimistic locking) counts changes to the collections too; the collections
 * themselves are excluded from version checks, which Hibernate would otherwise bump on the first insert.
 */
@Entity
@Indexed(index = "person")
public class Person implements Protected {

    @Id
    private UUID id;

    @Column(nullable = false)
    @GenericField
    private UUID institutionId;

    @Column(nullable = false, unique = true)
    @KeywordField(normalizer = SearchAnalysis.KEYWORD, sortable = Sortable.YES, projectable = Projectable.YES)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @KeywordField(projectable = Projectable.YES)
    private Sex sex;

    @Convert(converter = PartialDateConverter.class)
    private PartialDate birthDate;

    /** The year of {@link #birthDate}, kept beside it for the birth-year filter. */
    @GenericField
    private Integer birthYear;

    @OptimisticLock(excluded = true)
    @ElementCollection
    @CollectionTable(name = "person_nationality", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "country_code")
    @KeywordField(projectable = Projectable.YES)
    private Set<String> nationalities = new HashSet<>();

    @OptimisticLock(excluded = true)
    @ElementCollection
    @CollectionTable(name = "person_language", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "language_code")
    private Set<String> languages = new HashSet<>();

    @OptimisticLock(excluded = true)
    @ElementCollection
    @CollectionTable(name = "person_vulnerability", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "marker")
    @Enumerated(EnumType.STRING)
    private Set<VulnerabilityMarker> vulnerabilities = EnumSet.noneOf(VulnerabilityMarker.class);

    @OptimisticLock(excluded = true)
    @OneToMany(mappedBy = "person", cascade = CascadeType.ALL)
    @OrderBy("recordedAt")
    private List<PersonName> names = new ArrayList<>();

    @OptimisticLock(excluded = true)
    @OneToMany(mappedBy = "person", cascade = CascadeType.ALL)
    @OrderBy("recordedAt")
    private List<IdentityDocument> documents = new ArrayList<>();

    @OptimisticLock(excluded = true)
    @OneToMany(mappedBy = "person", cascade = CascadeType.ALL)
    @OrderBy("recordedAt")
    private List<FamilyContact> contacts = new ArrayList<>();

    private String notes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @KeywordField(projectable = Projectable.YES)
    private Confidentiality confidentiality;

    @GenericField
    private UUID teamId;

    /** Set when this person was merged into another: the survivor holds everything now. */
    @GenericField
    private UUID mergedInto;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private String createdBy;

    @Column(nullable = false)
    private Instant updatedAt;

    @Column(nullable = false)
    private String updatedBy;

    /** Null until first saved, which tells Spring Data to persist rather than merge (a select per new person). */
    @Version
    private Long version;

    protected Person() {
    }

    public Person(UUID institutionId, String reference, PersonDetails details, PartialDate birthDate, String by) {
        this.id = Ids.next();
        this.institutionId = institutionId;
        this.reference = reference;
        this.createdAt = Instant.now();
        this.createdBy = by;
        apply(details, birthDate, by);
    }

    /** Replaces the facts of {@code details}; names, documents and contacts are only ever added. */
    public void apply(PersonDetails details, PartialDate birthDate, String by) {
        this.sex = details.sex();
        this.birthDate = birthDate;
        this.birthYear = birthDate == null ? null : birthDate.year();
        this.nationalities.clear();
        this.nationalities.addAll(details.nationalities());
        this.languages.clear();
        this.languages.addAll(details.languages());
        this.vulnerabilities.clear();
        this.vulnerabilities.addAll(details.vulnerabilities());
        this.notes = details.notes() == null || details.notes().isBlank() ? null : details.notes().strip();
        this.confidentiality = details.confidentiality();
        this.teamId = details.teamId();
        touch(by);
    }

    /** Adds a name as written; earlier names are never changed. */
    public void addName(String family, String given, String patronymic, String fullForm, Script script,
            String language, String source, NameStatus status, String matchKeys, String by) {
        names.add(new PersonName(this, family, given, patronymic, fullForm, script, language, source, status,
                matchKeys, by));
        touch(by);
    }

    /** Current names that {@code replaced} selects become former names, kept for matching and history. */
    public void retireCurrentNames(java.util.function.Predicate<PersonName> replaced) {
        names.stream().filter(n -> n.getStatus() == NameStatus.CURRENT).filter(replaced).forEach(PersonName::retire);
    }

    public void addDocument(DocumentType type, String numberAsWritten, String numberNormalized, String country,
            java.time.LocalDate issuedOn, java.time.LocalDate expiresOn, String by) {
        documents.add(new IdentityDocument(this, type, numberAsWritten, numberNormalized, country, issuedOn,
                expiresOn, by));
        touch(by);
    }

    public void addContact(Relation relation, String name, String phone, String countryCode, String by) {
        contacts.add(new FamilyContact(this, relation, name, phone, countryCode, by));
        touch(by);
    }

    private void touch(String by) {
        this.updatedAt = Instant.now();
        this.updatedBy = by;
    }

    /**
     * Takes over everything of {@code other} (names, documents, contacts, nationalities, languages, recorded
     * vulnerabilities) and marks it merged into this person. Returns what moved, so that the merge can be undone.
     */
    public List<MergeItem> absorb(Person other, String by) {
        List<MergeItem> moved = new ArrayList<>();
        for (PersonName name : List.copyOf(other.names)) {
            name.moveTo(this);
            names.add(name);
            other.names.remove(name);
            moved.add(new MergeItem(MergeItem.NAME, name.getId().toString()));
        }
        for (IdentityDocument document : List.copyOf(other.documents)) {
            document.moveTo(this);
            documents.add(document);
            other.documents.remove(document);
            moved.add(new MergeItem(MergeItem.DOCUMENT, document.getId().toString()));
        }
        for (FamilyContact contact : List.copyOf(other.contacts)) {
            contact.moveTo(this);
            contacts.add(contact);
            other.contacts.remove(contact);
            moved.add(new MergeItem(MergeItem.CONTACT, contact.getId().toString()));
        }
        other.nationalities.stream().filter(nationalities::add)
                .forEach(c -> moved.add(new MergeItem(MergeItem.NATIONALITY, c)));
        other.languages.stream().filter(languages::add).forEach(l -> moved.add(new MergeItem(MergeItem.LANGUAGE, l)));
        other.vulnerabilities.stream().filter(vulnerabilities::add)
                .forEach(v -> moved.add(new MergeItem(MergeItem.VULNERABILITY, v.name())));
        other.mergedInto = id;
        other.touch(by);
        touch(by);
        return moved;
    }

    /** Gives back to {@code other} what {@link #absorb} took from it, and makes it a person of its own again. */
    public void release(Person other, List<MergeItem> moved, String by) {
        for (MergeItem item : moved) {
            switch (item.getItemType()) {
                case MergeItem.NAME -> names.stream().filter(n -> n.getId().toString().equals(item.getItemValue()))
                        .findFirst().ifPresent(n -> {
                            names.remove(n);
                            n.moveTo(other);
                            other.names.add(n);
                        });
                case MergeItem.DOCUMENT -> documents.stream()
                        .filter(d -> d.getId().toString().equals(item.getItemValue())).findFirst().ifPresent(d -> {
                            documents.remove(d);
                            d.moveTo(other);
                            other.documents.add(d);
                        });
                case MergeItem.CONTACT -> contacts.stream()
                        .filter(c -> c.getId().toString().equals(item.getItemValue())).findFirst().ifPresent(c -> {
                            contacts.remove(c);
                            c.moveTo(other);
                            other.contacts.add(c);
                        });
                case MergeItem.NATIONALITY -> nationalities.remove(item.getItemValue());
                case MergeItem.LANGUAGE -> languages.remove(item.getItemValue());
                case MergeItem.VULNERABILITY -> vulnerabilities.remove(VulnerabilityMarker.valueOf(item.getItemValue()));
                default -> throw new IllegalStateException("unknown merge item " + item.getItemType());
            }
        }
        other.mergedInto = null;
        other.touch(by);
        touch(by);
    }

    public List<String> getContactNames() {
        return contacts.stream().map(FamilyContact::getName).toList();
    }

    public UUID getMergedInto() {
        return mergedInto;
    }

    /** Every name's matching tokens, for the search index. */
    @FullTextField(analyzer = SearchAnalysis.NAME_KEYS)
    @IndexingDependency(derivedFrom = @ObjectPath({ @PropertyValue(propertyName = "names"),
            @PropertyValue(propertyName = "matchKeys") }))
    public String getNameKeys() {
        return names.stream().map(PersonName::getMatchKeys).collect(Collectors.joining(" "));
    }

    /** The name to show first: the first current name, else the first recorded; in the index for search results. */
    @KeywordField(searchable = Searchable.NO, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = { @ObjectPath({ @PropertyValue(propertyName = "names"),
            @PropertyValue(propertyName = "fullForm") }), @ObjectPath({ @PropertyValue(propertyName = "names"),
            @PropertyValue(propertyName = "status") }) })
    public String getDisplayName() {
        return names.stream().filter(n -> n.getStatus() == NameStatus.CURRENT).findFirst()
                .or(() -> names.stream().findFirst()).map(PersonName::getFullForm).orElse("");
    }

    /** Every name as written, kept in the index so that a search result can say which one matched. */
    @KeywordField(searchable = Searchable.NO, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath({ @PropertyValue(propertyName = "names"),
            @PropertyValue(propertyName = "fullForm") }))
    public List<String> getFullForms() {
        return names.stream().map(PersonName::getFullForm).toList();
    }

    /** The date of birth as written ({@code 1987}, {@code 1987-03}, {@code 1987-03-14}), for search results. */
    @KeywordField(searchable = Searchable.NO, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "birthDate")))
    public String getBirthDateText() {
        return birthDate == null ? null : birthDate.toString();
    }

    /** Every document number, normalised, for exact lookup. */
    @KeywordField
    @IndexingDependency(derivedFrom = @ObjectPath({ @PropertyValue(propertyName = "documents"),
            @PropertyValue(propertyName = "numberNormalized") }), reindexOnUpdate = ReindexOnUpdate.DEFAULT)
    public List<String> getDocumentNumbers() {
        return documents.stream().map(IdentityDocument::getNumberNormalized).toList();
    }

    public PersonView toView() {
        return new PersonView(id, reference, getDisplayName(), mergedInto, sex, birthDate, Set.copyOf(nationalities), Set.copyOf(languages),
                vulnerabilities.isEmpty() ? Set.of() : EnumSet.copyOf(vulnerabilities), notes, confidentiality,
                teamId, names.stream().map(PersonName::toView).toList(),
                documents.stream().map(IdentityDocument::toView).toList(),
                contacts.stream().map(FamilyContact::toView).toList(), createdAt, createdBy, updatedAt, updatedBy,
                getVersion());
    }

    public UUID getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public Sex getSex() {
        return sex;
    }

    public PartialDate getBirthDate() {
        return birthDate;
    }

    public Set<String> getNationalities() {
        return nationalities;
    }

    public List<PersonName> getNames() {
        return names;
    }

    public long getVersion() {
        return version == null ? 0 : version;
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
