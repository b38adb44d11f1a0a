package org.huquq.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.huquq.shared.Confidentiality;

/** Test data for persons: {@code PersonMother.named("Бобозода", "Умед").born("1990").build()}. */
public final class PersonMother {

    private final List<NewName> names = new ArrayList<>();
    private final List<NewDocument> documents = new ArrayList<>();
    private String born = "1990-04-12";
    private Sex sex = Sex.MALE;
    private Confidentiality level = Confidentiality.INTERNAL;
    private UUID team;
    private Set<String> nationalities = Set.of("TJ");

    private PersonMother() {
    }

    public static PersonMother named(String family, String given) {
        return new PersonMother().alsoNamed(family, given);
    }

    public static PersonMother named(String family, String given, String patronymic) {
        PersonMother mother = new PersonMother();
        mother.names.add(new NewName(family, given, patronymic, null, null, "test", NameStatus.CURRENT));
        return mother;
    }

    public PersonMother alsoNamed(String family, String given) {
        names.add(new NewName(family, given, null, null, null, "test", NameStatus.CURRENT));
        return this;
    }

    public PersonMother born(String date) {
        this.born = date;
        return this;
    }

    public PersonMother sex(Sex sex) {
        this.sex = sex;
        return this;
    }

    public PersonMother nationality(String... countries) {
        this.nationalities = Set.of(countries);
        return this;
    }

    public PersonMother document(String number) {
        documents.add(new NewDocument(DocumentType.PASSPORT, number, "TJ", null, null));
        return this;
    }

    public PersonMother level(Confidentiality level, UUID team) {
        this.level = level;
        this.team = team;
        return this;
    }

    public RegisterPerson build() {
        return new RegisterPerson(new PersonDetails(sex, born, nationalities, Set.of("tg"), Set.of(), null, level, team),
                names, documents, List.of());
    }
}
