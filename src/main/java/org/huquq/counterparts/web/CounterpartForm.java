package org.huquq.counterparts.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.huquq.counterparts.ContactPerson;
import org.huquq.counterparts.CounterpartDetails;
import org.huquq.counterparts.CounterpartManagement;
import org.huquq.counterparts.CounterpartView;

/**
 * The counterpart form as the browser posts it. The parent is a counterpart picker (the id chosen, and the text typed
 * to find one, see {@code search/picker}); contact persons are numbered rows, blank ones ignored, so the form works
 * without script.
 */
public class CounterpartForm {

    /** Empty contact rows offered below the filled ones. */
    static final int SPARE_CONTACT_ROWS = 2;

    @NotBlank(message = "{web.validation.required}")
    private String kind;
    @NotBlank(message = "{web.validation.required}")
    private String countryCode;
    @Size(max = 300, message = "{web.validation.tooLong}")
    private String nameEn;
    @Size(max = 300, message = "{web.validation.tooLong}")
    private String nameRu;
    @Size(max = 300, message = "{web.validation.tooLong}")
    private String nameTg;
    @Size(max = 300, message = "{web.validation.tooLong}")
    private String nameNative;
    @Size(max = 8, message = "{web.validation.tooLong}")
    private String nativeLanguage;
    @Size(max = 60, message = "{web.validation.tooLong}")
    private String abbreviation;
    private UUID parentId;
    /** Name or number typed to find the parent; not saved. */
    @Size(max = 200, message = "{web.validation.tooLong}")
    private String parentQuery;
    @Size(max = 500, message = "{web.validation.tooLong}")
    private String postalAddress;
    @Size(max = 254, message = "{web.validation.tooLong}")
    private String email;
    @Size(max = 40, message = "{web.validation.tooLong}")
    private String phone;
    @Size(max = 300, message = "{web.validation.tooLong}")
    private String website;
    @Size(max = 4000, message = "{web.validation.tooLong}")
    private String notes;
    private boolean active = true;
    @Valid
    @Size(max = CounterpartManagement.MAX_CONTACTS, message = "{counterparts.error.tooManyContacts}")
    private List<ContactRow> contacts = new ArrayList<>();
    private long version;

    static CounterpartForm of(CounterpartView counterpart) {
        CounterpartForm form = new CounterpartForm();
        form.kind = counterpart.kind();
        form.countryCode = counterpart.countryCode();
        form.nameEn = counterpart.nameEn();
        form.nameRu = counterpart.nameRu();
        form.nameTg = counterpart.nameTg();
        form.nameNative = counterpart.nameNative();
        form.nativeLanguage = counterpart.nativeLanguage();
        form.abbreviation = counterpart.abbreviation();
        form.parentId = counterpart.parentId();
        form.postalAddress = counterpart.postalAddress();
        form.email = counterpart.email();
        form.phone = counterpart.phone();
        form.website = counterpart.website();
        form.notes = counterpart.notes();
        form.active = counterpart.active();
        counterpart.contacts().forEach(person -> form.contacts.add(ContactRow.of(person)));
        form.version = counterpart.version();
        return form;
    }

    /** Adds empty rows for new contact persons, up to the limit. */
    CounterpartForm withSpareContactRows() {
        int wanted = Math.min(CounterpartManagement.MAX_CONTACTS, contacts.size() + SPARE_CONTACT_ROWS);
        while (contacts.size() < wanted) {
            contacts.add(new ContactRow());
        }
        return this;
    }

    /** The details to save. */
    CounterpartDetails toDetails() {
        List<ContactPerson> people = contacts.stream()
                .map(row -> new ContactPerson(row.name, row.role, row.email, row.phone)).toList();
        return new CounterpartDetails(kind, countryCode, nameEn, nameRu, nameTg, nameNative, nativeLanguage,
                abbreviation, parentId, postalAddress, email, phone, website, notes, active, people);
    }

    /** One contact person row of the form. */
    public static class ContactRow {
        @Size(max = 200, message = "{web.validation.tooLong}")
        private String name;
        @Size(max = 200, message = "{web.validation.tooLong}")
        private String role;
        @Size(max = 254, message = "{web.validation.tooLong}")
        private String email;
        @Size(max = 40, message = "{web.validation.tooLong}")
        private String phone;

        static ContactRow of(ContactPerson person) {
            ContactRow row = new ContactRow();
            row.name = person.name();
            row.role = person.role();
            row.email = person.email();
            row.phone = person.phone();
            return row;
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getRole() { return role; }
        public void setRole(String role) { this.role = role; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public String getPhone() { return phone; }
        public void setPhone(String phone) { this.phone = phone; }
    }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getCountryCode() { return countryCode; }
    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode == null ? null : countryCode.strip().toUpperCase(Locale.ROOT);
    }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getNameRu() { return nameRu; }
    public void setNameRu(String nameRu) { this.nameRu = nameRu; }
    public String getNameTg() { return nameTg; }
    public void setNameTg(String nameTg) { this.nameTg = nameTg; }
    public String getNameNative() { return nameNative; }
    public void setNameNative(String nameNative) { this.nameNative = nameNative; }
    public String getNativeLanguage() { return nativeLanguage; }
    public void setNativeLanguage(String nativeLanguage) {
        this.nativeLanguage = nativeLanguage == null ? null : nativeLanguage.strip().toLowerCase(Locale.ROOT);
    }
    public String getAbbreviation() { return abbreviation; }
    public void setAbbreviation(String abbreviation) { this.abbreviation = abbreviation; }
    public UUID getParentId() { return parentId; }
    public void setParentId(UUID parentId) { this.parentId = parentId; }
    public String getParentQuery() { return parentQuery; }
    public void setParentQuery(String parentQuery) { this.parentQuery = parentQuery; }
    public String getPostalAddress() { return postalAddress; }
    public void setPostalAddress(String postalAddress) { this.postalAddress = postalAddress; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public List<ContactRow> getContacts() { return contacts; }
    public void setContacts(List<ContactRow> contacts) { this.contacts = contacts; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
