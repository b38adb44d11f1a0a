package org.huquq.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huquq.support.TestUsers.as;

import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The harder spellings of issue 11 through the people search, one kind per test: each registers a person whose family
 * name is built on a root no other person has, and asks for it as a scanner, a Persian document, a Soviet record or a
 * hurried clerk would write it; the person must come first.
 */
@SpringBootTest
class PersonSearchRoundTwoTests {

    /** Consonants with their Persian and Latin letters, to build roots in every script. */
    private static final String CYRILLIC = "бдкмнпрстф";
    private static final String PERSIAN = "بدکمنپرستف";
    private static final String LATIN = "bdkmnprstf";

    @Autowired
    PersonManagement persons;

    @Autowired
    TestUsers users;

    HuquqUser officer;
    String root;
    String persianRoot;
    String latinRoot;

    @BeforeEach
    void officerAndANewRoot() {
        officer = users.user(users.institution(), Role.CASE_OFFICER);
        Random random = new Random();
        StringBuilder cyrillic = new StringBuilder();
        StringBuilder persian = new StringBuilder();
        StringBuilder latin = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            int letter = random.nextInt(CYRILLIC.length());
            cyrillic.append(CYRILLIC.charAt(letter)).append(i < 2 ? "о" : "");
            persian.append(PERSIAN.charAt(letter)).append(i < 2 ? "ا" : "");
            latin.append(LATIN.charAt(letter)).append(i < 2 ? "o" : "");
        }
        root = Character.toUpperCase(cyrillic.charAt(0)) + cyrillic.substring(1);
        persianRoot = persian.toString();
        latinRoot = Character.toUpperCase(latin.charAt(0)) + latin.substring(1);
    }

    @Test
    void aNameInPersianLettersFindsItsTajikSpelling() {
        UUID firuza = register(root + "зода", "Фирӯза");
        UUID nuriddin = register(root + "ов", "Нуриддин");

        assertThat(first(persianRoot + "زاده فیروزه")).isEqualTo(firuza);
        assertThat(first(persianRoot + "\u200Cزاده فيروزة")).as("Arabic yeh and teh marbuta, a joiner").isEqualTo(firuza);
        assertThat(first(persianRoot + "وف نورالدین")).isEqualTo(nuriddin);
    }

    @Test
    void aFirstLetterOfTheSameClassFindsThePerson() {
        UUID person = register("О" + root.toLowerCase() + "ов", "Жасур");

        assertThat(first("А" + root.toLowerCase() + "ов Засур")).isEqualTo(person);
        assertThat(first("U" + latinRoot.toLowerCase() + "ov Zasur")).as("Oʻ typed U, Zh typed Z").isEqualTo(person);
    }

    @Test
    void whatAScannerMisreadIsFound() {
        UUID person = register(root + "ов", "Дилшод");

        assertThat(first(root.replaceFirst("о", "0") + "в Дилшод")).isEqualTo(person);
        assertThat(first(latinRoot.toUpperCase() + "OV CLILSHOD")).as("D read as CL").isEqualTo(person);
        assertThat(first(latinRoot + "ov Di1shod")).as("l read as 1").isEqualTo(person);
    }

    @Test
    void aSovietFormWithAVowelShiftFindsTheModernSurname() {
        UUID person = register(root + "зода", "Аҳмадҷон");
        String shifted = root.substring(0, root.lastIndexOf('о')) + "а" + root.substring(root.lastIndexOf('о') + 1);

        assertThat(first(shifted + "ов Ахмаджан")).isEqualTo(person);
    }

    @Test
    void twoChangesStackedStillFindThePerson() {
        UUID person = register(root + "зода", "Фарҳод");
        String typo = latinRoot.substring(0, 2) + latinRoot.charAt(3) + latinRoot.charAt(2) + latinRoot.substring(4);

        assertThat(first(typo + "zade Farhod")).as("informal Latin, -zade and a typo").isEqualTo(person);
    }

    @Test
    void typosOnЯAndInShortWordsFindThePerson() {
        UUID zulfiya = register(root + "ова", "Зулфия");
        UUID umed = register(root + "ов", "Умед");

        assertThat(first(root + "ова Зулфие")).isEqualTo(zulfiya);
        assertThat(first(root + "ов Уемд")).isEqualTo(umed);
    }

    @Test
    void theTajikWordsForSonOfFindThePatronymic() {
        UUID person = register(root + "зода", "Умед", "Рустамович");

        assertThat(first(root + "зода Умед писари Рустам")).isEqualTo(person);
        assertThat(first("Умед ибни Рустам " + root + "зода")).isEqualTo(person);
    }

    @Test
    void aNearMissComesBackAfterFullMatchesMarkedPartial() {
        UUID firdavs = register(root + "ов", "Фирдавс");
        UUID rustam = register(root + "ов", "Рустам");

        List<PersonHit> hits = hits(root + "ов Фирдавс");
        assertThat(hits.get(0).id()).isEqualTo(firdavs);
        assertThat(hits.get(0).partial()).isFalse();
        assertThat(hits).filteredOn(hit -> hit.id().equals(rustam)).singleElement()
                .satisfies(hit -> assertThat(hit.partial()).isTrue());
        // the given name two edits off: no one matches every word, the surname brings the person back
        List<PersonHit> nearMiss = hits(root + "ов Фрдавз");
        assertThat(nearMiss).extracting(PersonHit::id).contains(firdavs);
        assertThat(nearMiss).allMatch(PersonHit::partial);
    }

    @Test
    void aQueryWithoutLettersFindsNobody() {
        register(root + "ов", "Умед");

        assertThat(hits("?!")).isEmpty();
        assertThat(hits("— … ·")).isEmpty();
        assertThat(hits("123 45")).as("digits alone are no name").isEmpty();
    }

    private UUID register(String family, String given) {
        return as(officer, () -> persons.register(PersonMother.named(family, given).build())).id();
    }

    private UUID register(String family, String given, String patronymic) {
        return as(officer, () -> persons.register(PersonMother.named(family, given, patronymic).build())).id();
    }

    private UUID first(String query) {
        List<PersonHit> hits = hits(query);
        assertThat(hits).as(query).isNotEmpty();
        return hits.get(0).id();
    }

    private List<PersonHit> hits(String query) {
        return as(officer, () -> persons.search(PersonSearch.byName(query), 0, 25)).items();
    }
}
