package org.huquq.counterparts;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Test data for counterpart institutions: {@code CounterpartMother.ministry().named(...).in("RU").build()}. Names
 * carry a random marker unless given, so that tests sharing a database do not meet each other's duplicates.
 */
public final class CounterpartMother {

    private String kind;
    private String country;
    private String nameEn;
    private String nameRu;
    private String nameTg;
    private String nameNative;
    private String nativeLanguage;
    private String abbreviation;
    private UUID parent;
    private String email;
    private String phone;
    private String website;
    private String postalAddress;
    private String notes;
    private Boolean active = true;
    private final List<ContactPerson> contacts = new ArrayList<>();

    private CounterpartMother(String kind, String country) {
        this.kind = kind;
        this.country = country;
        String marker = marker();
        this.nameEn = "Ministry of Internal Affairs " + marker;
        this.nameRu = "Министерство внутренних дел " + marker;
        this.nameTg = "Вазорати корҳои дохилӣ " + marker;
    }

    public static CounterpartMother ministry() {
        return new CounterpartMother("MINISTRY", "RU");
    }

    public static CounterpartMother ombudsman() {
        CounterpartMother mother = new CounterpartMother("OMBUDSMAN", "RU");
        String marker = marker();
        return mother.named("High Commissioner for Human Rights " + marker,
                "Уполномоченный по правам человека " + marker, "Ваколатдор оид ба ҳуқуқи инсон " + marker);
    }

    /** A short random word, in Latin letters, to make names unique. */
    public static String marker() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        StringBuilder marker = new StringBuilder("Zq");
        for (int i = 0; i < 8; i++) {
            marker.append((char) ('a' + random.nextInt(26)));
        }
        return marker.toString();
    }

    public CounterpartMother named(String en, String ru, String tg) {
        this.nameEn = en;
        this.nameRu = ru;
        this.nameTg = tg;
        return this;
    }

    public CounterpartMother nativeName(String name, String language) {
        this.nameNative = name;
        this.nativeLanguage = language;
        return this;
    }

    public CounterpartMother kind(String kind) {
        this.kind = kind;
        return this;
    }

    public CounterpartMother in(String country) {
        this.country = country;
        return this;
    }

    public CounterpartMother abbreviation(String abbreviation) {
        this.abbreviation = abbreviation;
        return this;
    }

    public CounterpartMother partOf(UUID parent) {
        this.parent = parent;
        return this;
    }

    public CounterpartMother reachable(String email, String phone, String website) {
        this.email = email;
        this.phone = phone;
        this.website = website;
        return this;
    }

    public CounterpartMother address(String postalAddress) {
        this.postalAddress = postalAddress;
        return this;
    }

    public CounterpartMother notes(String notes) {
        this.notes = notes;
        return this;
    }

    public CounterpartMother inactive() {
        this.active = false;
        return this;
    }

    public CounterpartMother contact(String name, String role, String email, String phone) {
        this.contacts.add(new ContactPerson(name, role, email, phone));
        return this;
    }

    public CounterpartDetails build() {
        return new CounterpartDetails(kind, country, nameEn, nameRu, nameTg, nameNative, nativeLanguage,
                abbreviation, parent, postalAddress, email, phone, website, notes, active, List.copyOf(contacts));
    }
}
