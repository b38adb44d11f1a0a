package org.huquq.people;

import static org.huquq.support.TestUsers.as;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.huquq.audit.AuditAction;
import org.huquq.audit.AuditLog;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.shared.Confidentiality;
import org.huquq.shared.InvalidInputException;
import org.huquq.shared.NotFoundException;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class PersonManagementTests {

    @Autowired
    PersonManagement persons;

    @Autowired
    TestUsers users;

    @Autowired
    AuditLog audit;

    UUID institution;
    UUID casesTeam;
    HuquqUser officer;
    HuquqUser outsider;
    HuquqUser analyst;

    @BeforeEach
    void staff() {
        institution = users.institution();
        casesTeam = users.team(institution, "Cases");
        officer = users.user(institution, Role.CASE_OFFICER, casesTeam);
        outsider = users.user(institution, Role.MONITOR);
        analyst = users.user(institution, Role.ANALYST, casesTeam);
    }


    List<UUID> found(HuquqUser user, String query) {
        return as(user, () -> persons.search(PersonSearch.byName(query), 0, 25)).items().stream()
                .map(PersonHit::id).toList();
    }

    @Test
    void aNameInOneScriptFindsThePersonUnderEveryVariant() {
        PersonView person = as(officer, () -> persons.register(PersonMother.named("Бобозаде", "Умед").build()));
        assertThat(found(officer, "Bobozoda Umed")).contains(person.id());
        assertThat(found(officer, "Бобозода Умед")).contains(person.id());
        assertThat(found(officer, "Умед Бобозода")).contains(person.id());
        PersonHit hit = as(officer, () -> persons.search(PersonSearch.byName("Bobozoda"), 0, 25)).items().stream()
                .filter(h -> h.id().equals(person.id())).findFirst().orElseThrow();
        assertThat(hit.matchedName()).isEqualTo("Бобозаде Умед");
    }

    @Test
    void tajikLettersAndTheirRussianRenderingsMeet() {
        PersonView person = as(officer, () -> persons.register(PersonMother.named("Тоҷиддинов", "Илҳом").build()));
        assertThat(found(officer, "Таджиддинов Ильхом")).contains(person.id());
        assertThat(found(officer, "Tojiddinov Ilhom")).contains(person.id());
        assertThat(person.names().get(0).fullForm()).isEqualTo("Тоҷиддинов Илҳом");
    }

    @Test
    void aDifferentSuffixIsFoundButRankedBelowTheSameName() {
        PersonView karimov = as(officer, () -> persons.register(PersonMother.named("Каримов", "Фирдавс").build()));
        PersonView karimzoda = as(officer, () -> persons.register(PersonMother.named("Каримзода", "Фирдавс").build()));
        List<UUID> hits = found(officer, "Каримов Фирдавс");
        assertThat(hits).contains(karimov.id(), karimzoda.id());
        assertThat(hits.indexOf(karimov.id())).isLessThan(hits.indexOf(karimzoda.id()));
    }

    @Test
    void aTypoRightAfterTheFirstLetterStillFinds() {
        PersonView person = as(officer, () -> persons.register(PersonMother.named("Рахиталов", "Суҳроб").build()));
        assertThat(found(officer, "Рпхиталов")).contains(person.id());
        assertThat(found(officer, "Rhaitalov Sukhrob")).contains(person.id());
    }

    @Test
    void aTypoInTheLettersAsTypedFindsInEitherScript() {
        PersonView person = as(officer, () -> persons.register(PersonMother.named("Эргашова", "Ширин").sex(Sex.FEMALE)
                .build()));
        // a Cyrillic Ш dropped is one edit in the skeleton; a Latin h moved is one edit in the spelling
        assertThat(found(officer, "Эргаова Ширин")).contains(person.id());
        assertThat(found(officer, "Ergashova Sihrin")).contains(person.id());
    }

    @Test
    void yoTypedIoFindsTheCyrillic() {
        PersonView person = as(officer, () -> persons.register(PersonMother.named("Воробьёв", "Фёдор").build()));
        assertThat(found(officer, "Fiodor Vorobiov")).contains(person.id());
    }

    @Test
    void filtersNarrowTheSearch() {
        String name = "Сангинов" + cyrillicMarker();
        PersonView early = as(officer, () -> persons.register(PersonMother.named(name, "Азиз").born("1980")
                .document("А 1234567").build()));
        PersonView late = as(officer, () -> persons.register(PersonMother.named(name, "Азиз").born("1999").build()));
        List<UUID> byYear = as(officer, () -> persons.search(new PersonSearch(name, null, 1981, 1, null, null), 0, 25))
                .items().stream().map(PersonHit::id).toList();
        assertThat(byYear).contains(early.id()).doesNotContain(late.id());
        // the Cyrillic А typed in the number matches the Latin A of the passport
        List<UUID> byDocument = as(officer, () -> persons.search(new PersonSearch(null, null, null, 0, null, "a1234567"),
                0, 25)).items().stream().map(PersonHit::id).toList();
        assertThat(byDocument).containsExactly(early.id());
    }

    @Test
    void confidentialPersonsDoNotExistOutsideTheirTeamAndAnalystsSeeNoIdentities() {
        PersonView secret = as(officer, () -> persons.register(PersonMother.named("Шарипов", "Далер")
                .level(Confidentiality.STRICTLY_CONFIDENTIAL, casesTeam).build()));
        assertThatThrownBy(() -> as(outsider, () -> persons.get(secret.id()))).isInstanceOf(NotFoundException.class);
        assertThat(found(outsider, "Шарипов Далер")).doesNotContain(secret.id());
        assertThatThrownBy(() -> as(analyst, () -> persons.get(secret.id()))).isInstanceOf(NotFoundException.class);
        assertThat(found(analyst, "Шарипов")).isEmpty();
        as(officer, () -> persons.get(secret.id()));
        assertThat(audit.history(institution, "Person", secret.id()))
                .anyMatch(e -> e.action() == AuditAction.READ && e.actor().equals(officer.username()));
    }

    @Test
    void aChangedSurnameKeepsTheFormerOneAndBothAreFound() {
        PersonView person = as(officer, () -> persons.register(PersonMother.named("Раҳмонов", "Ҷамшед").build()));
        as(officer, () -> persons.addName(person.id(), person.version(),
                new NewName("Рахмонов", "Джамшед", null, null, "ru", "police", NameStatus.CURRENT)));
        PersonView renamed = as(officer, () -> persons.addName(person.id(), person.version() + 1,
                new NewName("Раҳмон", "Ҷамшед", null, null, "tg", "new passport", NameStatus.CURRENT)));
        assertThat(renamed.names()).extracting(PersonView.NameView::fullForm, PersonView.NameView::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Раҳмонов Ҷамшед", NameStatus.FORMER),
                        org.assertj.core.groups.Tuple.tuple("Рахмонов Джамшед", NameStatus.FORMER),
                        org.assertj.core.groups.Tuple.tuple("Раҳмон Ҷамшед", NameStatus.CURRENT));
        assertThat(found(officer, "Rahmonov Jamshed")).contains(person.id());
        assertThat(found(officer, "Раҳмон Ҷамшед")).contains(person.id());
    }

    @Test
    void childAndElderlyAreDerivedFromTheDateOfBirthOnAGivenDate() {
        PersonView child = as(officer, () -> persons.register(PersonMother.named("Давлатов", "Сино").born("2009-11").build()));
        assertThat(child.vulnerabilitiesOn(LocalDate.of(2024, 10, 1))).contains(VulnerabilityMarker.CHILD);
        assertThat(child.vulnerabilitiesOn(LocalDate.of(2028, 1, 1))).doesNotContain(VulnerabilityMarker.CHILD);
        // born some day in 1964: certainly 60 only from the last day of 2024
        PersonView elder = as(officer, () -> persons.register(PersonMother.named("Сафаров", "Икром").born("1964").build()));
        assertThat(elder.vulnerabilitiesOn(LocalDate.of(2024, 6, 1))).doesNotContain(VulnerabilityMarker.ELDERLY);
        assertThat(elder.vulnerabilitiesOn(LocalDate.of(2025, 1, 1))).contains(VulnerabilityMarker.ELDERLY);
    }

    @Test
    void badInputNamesEachFieldAndSavesNothing() {
        long before = as(officer, () -> persons.search(new PersonSearch(null, null, null, 0, null, null), 0, 1)).total();
        RegisterPerson bad = new RegisterPerson(
                new PersonDetails(Sex.MALE, "2023-02-30", java.util.Set.of("XX"), java.util.Set.of("tajik"),
                        java.util.Set.of(VulnerabilityMarker.CHILD), null, Confidentiality.INTERNAL, null),
                List.of(new NewName("123", "Бобоzoda", null, null, null, null, NameStatus.CURRENT),
                        new NewName("Бобо\u200Bзода", null, null, null, null, null, NameStatus.CURRENT)),
                List.of(new NewDocument(DocumentType.PASSPORT, "№!", null, null, null)), List.of());
        assertThatThrownBy(() -> as(officer, () -> persons.register(bad)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.FieldProblem::field, InvalidInputException.FieldProblem::messageKey)
                        .contains(
                                org.assertj.core.groups.Tuple.tuple("details.birthDate", "people.error.birthDate"),
                                org.assertj.core.groups.Tuple.tuple("details.nationalities", "people.error.country"),
                                org.assertj.core.groups.Tuple.tuple("details.languages", "people.error.language"),
                                org.assertj.core.groups.Tuple.tuple("details.vulnerabilities", "people.error.derivedMarker"),
                                org.assertj.core.groups.Tuple.tuple("names[0].family", "people.error.noLetters"),
                                org.assertj.core.groups.Tuple.tuple("names[0].given", "people.error.mixedScripts"),
                                org.assertj.core.groups.Tuple.tuple("names[1].family", "people.error.invisible"),
                                org.assertj.core.groups.Tuple.tuple("documents[0].number", "people.error.documentNumber")));
        assertThatThrownBy(() -> as(officer, () -> persons.register(PersonMother.named("Ҳасанов", "Алӣ")
                .born(String.valueOf(LocalDate.now().getYear() + 1)).build())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("people.error.birthDateFuture"));
        assertThat(as(officer, () -> persons.search(new PersonSearch(null, null, null, 0, null, null), 0, 1)).total())
                .isEqualTo(before);
    }

    @Test
    void whatWasTypedIsKeptInNfc() {
        // "й" typed as и + combining breve is stored composed
        PersonView person = as(officer, () -> persons.register(PersonMother.named("Раши\u0306дов", "Нурали").build()));
        assertThat(person.names().get(0).family()).isEqualTo("Рашйдов");
    }

    @Test
    void aBatchWithOneInvalidRowSavesNothingAndNamesTheRow() {
        String marker = "Партия" + cyrillicMarker();
        assertThatThrownBy(() -> as(officer, () -> persons.registerAll(List.of(
                PersonMother.named(marker, "Азиз").build(),
                PersonMother.named(marker, "Азиз").born("1990-02-30").build()))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("[1].details.birthDate"));
        assertThat(found(officer, marker + " Азиз")).isEmpty();
        assertThat(as(officer, () -> persons.registerAll(List.of(PersonMother.named(marker, "Азиз").build(),
                PersonMother.named(marker, "Фарид").build())))).hasSize(2);
        assertThat(found(officer, marker)).hasSize(2);
    }

    @Test
    void aBatchReportsTheProblemsOfEveryRow() {
        String marker = cyrillicMarker();
        assertThatThrownBy(() -> as(officer, () -> persons.registerAll(List.of(
                PersonMother.named(marker, "123").build(),
                PersonMother.named(marker, "Азиз").build(),
                PersonMother.named(marker, "Азиз").born("2990").build()))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactly("[0].names[0].given", "[2].details.birthDate"));
        assertThat(found(officer, marker)).isEmpty();
    }

    @Test
    void aLargeBatchIsRegisteredAndACommonNameGivesALowerBoundTotal() {
        String marker = cyrillicMarker();
        int count = PersonManagement.EXACT_TOTAL_UP_TO + 50;
        List<RegisterPerson> batch = java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> PersonMother.named(marker + "ов", "Умед").born(String.valueOf(1950 + i % 50))
                        .build())
                .toList();
        List<PersonView> registered = as(officer, () -> persons.registerAll(batch));
        assertThat(registered).hasSize(count);
        assertThat(registered.stream().map(PersonView::reference).distinct()).hasSize(count);

        PersonPage page = as(officer, () -> persons.search(PersonSearch.byName(marker + "ов Умед"), 0, 20));
        assertThat(page.totalExact()).isFalse();
        assertThat(page.total()).isGreaterThanOrEqualTo(PersonManagement.EXACT_TOTAL_UP_TO);
        assertThat(page.hasNext()).isTrue();
        PersonHit hit = page.items().get(0);
        PersonView person = as(officer, () -> persons.get(hit.id()));
        assertThat(hit.displayName()).isEqualTo(person.displayName()).isEqualTo(marker + "ов Умед");
        assertThat(hit.birthDate()).isEqualTo(person.birthDate());
        assertThat(hit.reference()).isEqualTo(person.reference());

        PersonPage few = as(officer, () -> persons.search(new PersonSearch(marker + "ов Умед", null, 1950, 0, null, null), 0, 20));
        assertThat(few.totalExact()).isTrue();
        assertThat(few.total()).isEqualTo(count / 50);
    }

    /** A few random Cyrillic letters, so that names made for one test never meet another test's. */
    static String cyrillicMarker() {
        StringBuilder marker = new StringBuilder();
        java.util.Random random = new java.util.Random();
        for (int i = 0; i < 5; i++) {
            marker.append("бвгдзклмнпрстфх".charAt(random.nextInt(15)));
        }
        return marker.toString();
    }
}
