package org.huquq.people.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.huquq.people.DocumentType;
import org.huquq.people.NameStatus;
import org.huquq.people.NewContact;
import org.huquq.people.NewDocument;
import org.huquq.people.NewName;
import org.huquq.people.PersonDetails;
import org.huquq.people.PersonView;
import org.huquq.people.RegisterPerson;
import org.huquq.people.Relation;
import org.huquq.people.Sex;
import org.huquq.people.VulnerabilityMarker;
import org.huquq.shared.Confidentiality;

/**
 * The person form: the facts, and on registration the first name, optionally a document and a contact. Field
 * names of the module's checks ({@code details.birthDate}, {@code names[0].family}...) map to this form's fields
 * through {@link #formField}.
 */
public class PersonForm {

    @Size(max = 200, message = "{web.validation.tooLong}")
    private String family;
    @Size(max = 200, message = "{web.validation.tooLong}")
    private String given;
    @Size(max = 200, message = "{web.validation.tooLong}")
    private String patronymic;
    @Size(max = 600, message = "{web.validation.tooLong}")
    private String fullForm;
    @Size(max = 8, message = "{web.validation.tooLong}")
    private String nameLanguage;
    @Size(max = 300, message = "{web.validation.tooLong}")
    private String source;
    @NotNull(message = "{web.validation.required}")
    private Sex sex = Sex.UNKNOWN;
    @Size(max = 10, message = "{web.validation.tooLong}")
    private String birthDate;
    private Set<String> nationalities = new LinkedHashSet<>();
    @Size(max = 100, message = "{web.validation.tooLong}")
    private String languages;
    private Set<VulnerabilityMarker> vulnerabilities = EnumSet.noneOf(VulnerabilityMarker.class);
    @Size(max = 4000, message = "{web.validation.tooLong}")
    private String notes;
    @NotNull(message = "{web.validation.required}")
    private Confidentiality confidentiality = Confidentiality.CONFIDENTIAL;
    private UUID teamId;
    private DocumentType documentType = DocumentType.PASSPORT;
    @Size(max = 60, message = "{web.validation.tooLong}")
    private String documentNumber;
    @Size(max = 2, message = "{web.validation.tooLong}")
    private String documentCountry;
    private Relation contactRelation = Relation.PARENT;
    @Size(max = 300, message = "{web.validation.tooLong}")
    private String contactName;
    @Size(max = 40, message = "{web.validation.tooLong}")
    private String contactPhone;
    @Size(max = 2, message = "{web.validation.tooLong}")
    private String contactCountry;
    private long version;

    static PersonForm of(PersonView person) {
        PersonForm form = new PersonForm();
        form.sex = person.sex();
        form.birthDate = person.birthDate() == null ? null : person.birthDate().toString();
        form.nationalities = new LinkedHashSet<>(person.nationalities());
        form.languages = String.join(", ", person.languages());
        form.vulnerabilities = person.recordedVulnerabilities().isEmpty() ? EnumSet.noneOf(VulnerabilityMarker.class)
                : EnumSet.copyOf(person.recordedVulnerabilities());
        form.notes = person.notes();
        form.confidentiality = person.confidentiality();
        form.teamId = person.teamId();
        form.version = person.version();
        return form;
    }

    PersonDetails toDetails() {
        Set<String> languageCodes = languages == null ? Set.of()
                : Arrays.stream(languages.split("[,;\\s]+")).map(s -> s.strip().toLowerCase(Locale.ROOT))
                        .filter(s -> !s.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
        return new PersonDetails(sex, birthDate, nationalities, languageCodes, vulnerabilities, notes, confidentiality,
                teamId);
    }

    RegisterPerson toRegistration() {
        List<NewDocument> documents = documentNumber == null || documentNumber.isBlank() ? List.of()
                : List.of(new NewDocument(documentType, documentNumber, blankToNull(documentCountry), null, null));
        List<NewContact> contacts = contactName == null || contactName.isBlank() ? List.of()
                : List.of(new NewContact(contactRelation, contactName, contactPhone, blankToNull(contactCountry)));
        return new RegisterPerson(toDetails(), List.of(toName()), documents, contacts);
    }

    NewName toName() {
        return new NewName(family, given, patronymic, fullForm, nameLanguage, source, NameStatus.CURRENT);
    }

    /**
     * The name as typed, to look for the persons it may already be: the full form when given, else family, given
     * name and patronymic in that order; {@code null} when nothing with a letter was typed.
     */
    String typedName() {
        String name = fullForm != null && !fullForm.isBlank() ? fullForm
                : Stream.of(family, given, patronymic)
                        .filter(part -> part != null && !part.isBlank())
                        .map(String::strip).collect(Collectors.joining(" "));
        return name.codePoints().anyMatch(Character::isLetter) ? name.strip() : null;
    }

    /** The form field a problem reported by the module belongs to. */
    static String formField(String field) {
        return switch (field) {
            case "names[0].language" -> "nameLanguage";
            case "documents[0].number" -> "documentNumber";
            case "documents[0].issuingCountry" -> "documentCountry";
            case "contacts[0].name", "name" -> "contactName";
            case "number" -> "documentNumber";
            case "issuingCountry" -> "documentCountry";
            case "phone" -> "contactPhone";
            case "relation" -> "contactRelation";
            case "type" -> "documentType";
            case "contacts[0].phone" -> "contactPhone";
            case "contacts[0].countryCode", "countryCode" -> "contactCountry";
            case "language" -> "nameLanguage";
            default -> field.replaceFirst("^(details|names\\[0\\])\\.", "");
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
    }

    public String getFamily() { return family; }
    public void setFamily(String family) { this.family = family; }
    public String getGiven() { return given; }
    public void setGiven(String given) { this.given = given; }
    public String getPatronymic() { return patronymic; }
    public void setPatronymic(String patronymic) { this.patronymic = patronymic; }
    public String getFullForm() { return fullForm; }
    public void setFullForm(String fullForm) { this.fullForm = fullForm; }
    public String getNameLanguage() { return nameLanguage; }
    public void setNameLanguage(String nameLanguage) { this.nameLanguage = nameLanguage; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public Sex getSex() { return sex; }
    public void setSex(Sex sex) { this.sex = sex; }
    public String getBirthDate() { return birthDate; }
    public void setBirthDate(String birthDate) { this.birthDate = birthDate; }
    public Set<String> getNationalities() { return nationalities; }
    public void setNationalities(Set<String> nationalities) { this.nationalities = nationalities; }
    public String getLanguages() { return languages; }
    public void setLanguages(String languages) { this.languages = languages; }
    public Set<VulnerabilityMarker> getVulnerabilities() { return vulnerabilities; }
    public void setVulnerabilities(Set<VulnerabilityMarker> vulnerabilities) { this.vulnerabilities = vulnerabilities; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public Confidentiality getConfidentiality() { return confidentiality; }
    public void setConfidentiality(Confidentiality confidentiality) { this.confidentiality = confidentiality; }
    public UUID getTeamId() { return teamId; }
    public void setTeamId(UUID teamId) { this.teamId = teamId; }
    public DocumentType getDocumentType() { return documentType; }
    public void setDocumentType(DocumentType documentType) { this.documentType = documentType; }
    public String getDocumentNumber() { return documentNumber; }
    public void setDocumentNumber(String documentNumber) { this.documentNumber = documentNumber; }
    public String getDocumentCountry() { return documentCountry; }
    public void setDocumentCountry(String documentCountry) { this.documentCountry = documentCountry; }
    public Relation getContactRelation() { return contactRelation; }
    public void setContactRelation(Relation contactRelation) { this.contactRelation = contactRelation; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public String getContactCountry() { return contactCountry; }
    public void setContactCountry(String contactCountry) { this.contactCountry = contactCountry; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
