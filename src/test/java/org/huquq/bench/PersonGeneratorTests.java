package org.huquq.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.huquq.bench.PersonGenerator.Generated;
import org.huquq.bench.PersonGenerator.Kind;
import org.huquq.bench.PersonGenerator.PlantedQuery;
import org.huquq.people.matching.NameFolding;
import org.huquq.people.matching.NameKey;
import org.huquq.people.matching.NameVariantCorpusGenerator;
import org.junit.jupiter.api.Test;

/** The benchmark's generator, small: reproducible, and its planted ground truth is consistent. No timing here. */
class PersonGeneratorTests {

    static final int N = 1_000;

    @Test
    void thePlantedQueriesFindExactlyTheirTargetsByTheFamilyKey() {
        PersonGenerator generator = new PersonGenerator(42, N);
        List<Generated> persons = generator.batch(0, N);
        assertThat(persons).hasSize(N);
        // which persons carry each word skeleton
        Map<String, Set<Integer>> carriers = new HashMap<>();
        for (Generated person : persons) {
            assertThat(person.command().names()).isNotEmpty();
            for (String fullForm : person.fullForms()) {
                // what the service accepts: no word mixing Latin and Cyrillic beyond look-alike repair
                assertThat(NameFolding.clean(fullForm).split(" ")).noneMatch(NameFolding::hasMixedScripts);
                for (String skeleton : NameKey.of(fullForm).skeletons()) {
                    carriers.computeIfAbsent(skeleton, k -> new HashSet<>()).add(person.index());
                }
            }
        }
        List<PlantedQuery> queries = generator.queries();
        for (int t = 0; t < generator.targets(); t++) {
            Generated first = persons.get(generator.targetIndex(t));
            // the family name as first written: its skeleton belongs to the target and its second entry only
            String family = first.command().names().get(0).family();
            Set<Integer> expected = generator.hasDuplicate(t)
                    ? Set.of(generator.targetIndex(t), generator.duplicateIndex(t)) : Set.of(generator.targetIndex(t));
            Set<Integer> holders = new HashSet<>(carriers.get(NameKey.of(family).skeletons().get(0)));
            assertThat(expected).containsAll(holders).contains(generator.targetIndex(t));
        }
        for (PlantedQuery query : queries) {
            if (query.kind() == Kind.GIVEN_NAME) {
                assertThat(query.targets()).isEmpty();
            } else {
                assertThat(query.targets()).isNotEmpty().allMatch(i -> i >= 0 && i < N);
            }
        }
        assertThat(queries.stream().map(PlantedQuery::kind).collect(Collectors.toSet())).containsExactlyInAnyOrder(
                Kind.FULL_NAME, Kind.FAMILY_NAME, Kind.GIVEN_NAME);
        assertThat(queries.stream().map(PlantedQuery::script).collect(Collectors.toSet())).contains("tajik-cyrillic",
                "russian-cyrillic", "latin", "uzbek-cyrillic", "kyrgyz-cyrillic");
    }

    @Test
    void secondEntriesAreTheSamePersonUnderOtherSpellingsFarAway() {
        PersonGenerator generator = new PersonGenerator(42, N);
        assertThat(generator.duplicatePairs()).hasSize((generator.targets() + 1) / 2);
        for (int[] pair : generator.duplicatePairs()) {
            Generated first = generator.person(pair[0]);
            Generated second = generator.person(pair[1]);
            assertThat(Math.abs(pair[1] - pair[0])).isGreaterThan(N / 4);
            assertThat(second.command().details().sex()).isEqualTo(first.command().details().sex());
            assertThat(second.fullForms()).doesNotContainAnyElementsOf(first.fullForms());
        }
    }

    @Test
    void noPlantedFamilyNameSharesItsRootWithAGivenName() {
        Set<String> givenRoots = new HashSet<>();
        for (NameVariantCorpusGenerator.Origin origin : NameVariantCorpusGenerator.Origin.values()) {
            for (boolean female : List.of(false, true)) {
                NameVariantCorpusGenerator.givenNames(origin, female)
                        .forEach(given -> givenRoots.add(NameFolding.root(NameFolding.fold(given))));
            }
        }
        // the benchmarks' seed, with all 600 targets: its draw once gave Дилшод, a common given name, as a family name
        PersonGenerator generator = new PersonGenerator(20261129L, 60_000);
        assertThat(generator.targets()).isEqualTo(600);
        for (int t = 0; t < generator.targets(); t++) {
            String family = generator.person(generator.targetIndex(t)).command().names().get(0).family();
            assertThat(NameFolding.root(NameFolding.fold(family))).as(family).isNotIn(givenRoots);
        }
    }

    @Test
    void personIDependsOnlyOnTheSeedAndI() {
        PersonGenerator a = new PersonGenerator(7, N);
        PersonGenerator b = new PersonGenerator(7, N);
        assertThat(a.person(123)).isEqualTo(b.batch(100, 200).get(23));
        assertThat(a.queries()).isEqualTo(b.queries());
        assertThat(new PersonGenerator(8, N).person(123)).isNotEqualTo(a.person(123));
    }
}
