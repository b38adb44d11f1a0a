package org.huquq.people;

import static org.huquq.support.TestUsers.as;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.shared.StaleVersionException;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.event.EventListener;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

@SpringBootTest
@Import(PersonDuplicatesTests.MergeEvents.class)
class PersonDuplicatesTests {

    @TestConfiguration
    static class MergeEvents {
        final List<Object> received = new java.util.concurrent.CopyOnWriteArrayList<>();

        @EventListener
        void on(PersonsMerged event) {
            received.add(event);
        }

        @EventListener
        void on(PersonMergeUndone event) {
            received.add(event);
        }
    }

    @Autowired
    PersonManagement persons;

    @Autowired
    PersonDuplicates duplicates;

    @Autowired
    TestUsers users;

    @Autowired
    MergeEvents events;

    HuquqUser officer;
    PersonView tajikSpelling;
    PersonView passportSpelling;
    PersonView someoneElse;


    @BeforeEach
    void registry() {
        officer = users.user(users.institution(), Role.CASE_OFFICER);
        tajikSpelling = as(officer, () -> persons.register(PersonMother.named("Бобозода", "Умед").born("1990-04-12")
                .document("400 111 222").build()));
        passportSpelling = as(officer, () -> persons.register(PersonMother.named("Bobozade", "Umed").born("1990-04-12")
                .build()));
        someoneElse = as(officer, () -> persons.register(PersonMother.named("Каримов", "Рустам").born("1975").build()));
    }

    DuplicatePair pairOf(PersonView a, PersonView b) {
        return as(officer, () -> duplicates.candidates(0, 100)).stream()
                .filter(p -> List.of(p.first().id(), p.second().id()).containsAll(List.of(a.id(), b.id())))
                .findFirst().orElse(null);
    }

    @Test
    void theSamePersonEnteredTwiceInTwoScriptsIsProposedWithReasons() {
        as(officer, duplicates::detect);
        DuplicatePair pair = pairOf(tajikSpelling, passportSpelling);
        assertThat(pair).isNotNull();
        assertThat(pair.reasons()).contains("people.duplicates.reason.sameName",
                "people.duplicates.reason.sameBirthDate");
        assertThat(pairOf(tajikSpelling, someoneElse)).isNull();
    }

    @Test
    void namesakesOfACommonNameAreProposedOnlyWhenMoreThanTheYearOfBirthAgrees() {
        // 40 persons named Каримов Рустам in this registry, two born in each of 20 years, the year alone known
        List<RegisterPerson> namesakes = new java.util.ArrayList<>();
        for (int k = 0; k < 40; k++) {
            namesakes.add(PersonMother.named(k % 2 == 0 ? "Каримов" : "Karimov", k % 2 == 0 ? "Рустам" : "Rustam")
                    .born(String.valueOf(1970 + k / 2)).build());
        }
        List<UUID> common = as(officer, () -> persons.registerAll(namesakes)).stream().map(PersonView::id).toList();
        PersonView sameDay = as(officer, () -> persons.register(PersonMother.named("Каримов", "Рустам")
                .born("1990-04-12").build()));
        PersonView sameDayAgain = as(officer, () -> persons.register(PersonMother.named("Karimov", "Rustam")
                .born("1990-04-12").build()));

        as(officer, duplicates::detect);

        List<DuplicatePair> pairs = as(officer, () -> duplicates.candidates(0, 100));
        assertThat(pairs).noneMatch(p -> common.contains(p.first().id()) && common.contains(p.second().id()));
        assertThat(pairOf(sameDay, sameDayAgain).reasons()).contains("people.duplicates.reason.commonName",
                "people.duplicates.reason.sameBirthDate");
        // the rare name of the same registry is still proposed, weighed fully
        assertThat(pairOf(tajikSpelling, passportSpelling).reasons()).contains("people.duplicates.reason.sameName")
                .doesNotContain("people.duplicates.reason.commonName");
    }

    @Test
    void notTheSamePersonIsNeverProposedAgain() {
        as(officer, duplicates::detect);
        DuplicatePair pair = pairOf(tajikSpelling, passportSpelling);
        as(officer, () -> {
            duplicates.markNotSame(pair.candidateId());
            return null;
        });
        as(officer, duplicates::detect);
        assertThat(pairOf(tajikSpelling, passportSpelling)).isNull();
    }

    @Test
    void mergeKeepsEverythingAndCanBeUndoneExactly() {
        MergeResult merge = as(officer, () -> duplicates.merge(tajikSpelling.id(), tajikSpelling.version(),
                passportSpelling.id(), passportSpelling.version()));
        assertThat(merge.survivor().names()).extracting(PersonView.NameView::fullForm)
                .containsExactlyInAnyOrder("Бобозода Умед", "Bobozade Umed");
        assertThat(merge.survivor().documents()).hasSize(1);
        assertThat(as(officer, () -> persons.get(passportSpelling.id())).mergedInto()).isEqualTo(tajikSpelling.id());
        assertThat(as(officer, () -> persons.search(PersonSearch.byName("Bobozade Umed"), 0, 25)).items())
                .extracting(PersonHit::id).contains(tajikSpelling.id()).doesNotContain(passportSpelling.id());
        assertThat(events.received).contains(new PersonsMerged(merge.mergeId(), tajikSpelling.id(), passportSpelling.id()));

        PersonView restored = as(officer, () -> duplicates.undo(merge.mergeId()));
        assertThat(restored.mergedInto()).isNull();
        assertThat(restored.names()).extracting(PersonView.NameView::fullForm).containsExactly("Bobozade Umed");
        assertThat(as(officer, () -> persons.get(tajikSpelling.id())).names())
                .extracting(PersonView.NameView::fullForm).containsExactly("Бобозода Умед");
        assertThat(as(officer, () -> persons.search(PersonSearch.byName("Bobozade Umed"), 0, 25)).items())
                .extracting(PersonHit::id).contains(passportSpelling.id());
        assertThat(events.received).contains(new PersonMergeUndone(merge.mergeId(), tajikSpelling.id(),
                passportSpelling.id()));
    }

    @Test
    void mergingAStaleRecordIsRefused() {
        as(officer, () -> persons.addName(passportSpelling.id(), passportSpelling.version(),
                new NewName(null, null, null, "Бобозаде Умед", "ru", "court", NameStatus.CURRENT)));
        assertThatThrownBy(() -> as(officer, () -> duplicates.merge(tajikSpelling.id(), tajikSpelling.version(),
                passportSpelling.id(), passportSpelling.version()))).isInstanceOf(StaleVersionException.class);
        assertThat(as(officer, () -> persons.get(passportSpelling.id())).mergedInto()).isNull();
    }

    @Test
    void analystsSeeNoCandidatesAndCannotMerge() {
        as(officer, duplicates::detect);
        HuquqUser analyst = users.user(officer.institutionId(), Role.ANALYST);
        assertThat(as(analyst, () -> duplicates.candidates(0, 100))).isEmpty();
        assertThatThrownBy(() -> as(analyst, () -> duplicates.merge(tajikSpelling.id(), 0, passportSpelling.id(), 0)))
                .isInstanceOf(org.huquq.shared.AccessDeniedToWrite.class);
    }
}
