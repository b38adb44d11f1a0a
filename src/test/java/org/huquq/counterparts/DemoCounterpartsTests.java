package org.huquq.counterparts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.huquq.identity.IdentityManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The demo (on by default, so loaded at the first start of a test database) tells the story. Read through the
 * database, not the search index: on PostgreSQL the demo rows may have been indexed by another test context.
 */
@SpringBootTest
class DemoCounterpartsTests {

    @Autowired
    CounterpartManagement counterparts;

    @Autowired
    IdentityManagement identity;

    @Test
    void theTajikOmbudsmanCorrespondsWithTheRussianCommissionerAndTheInteriorMinistryAndItsMigrationDirectorate() {
        UUID tajik = identity.findInstitutionByCode("tj-ombudsman").orElseThrow();
        List<CounterpartView> registry = identity.runAsSystem(tajik,
                () -> counterparts.find(CounterpartFilter.none(), null, 100)).items();
        assertThat(registry).hasSize(9).allMatch(c -> c.nameEn() != null && c.nameRu() != null && c.nameTg() != null);
        assertThat(registry).filteredOn(c -> c.kind().equals("OMBUDSMAN")).singleElement()
                .satisfies(c -> assertThat(c.nameRu()).isEqualTo("Уполномоченный по правам человека в Российской Федерации"));
        CounterpartView migration = registry.stream().filter(c -> "ГУВМ МВД России".equals(c.abbreviation()))
                .findFirst().orElseThrow();
        CounterpartView interior = identity.runAsSystem(tajik, () -> counterparts.get(migration.parentId()));
        assertThat(interior.abbreviation()).isEqualTo("МВД России");
        assertThat(registry).filteredOn(c -> c.nameTg().matches(".*[ғӣқӯҳҷ].*")).hasSizeGreaterThan(5);

        // notes in the office's own language: Tajik here, Russian in the Commissioner's registry
        assertThat(registry).filteredOn(c -> c.notes() != null).hasSize(3).allSatisfy(c -> assertThat(c.notes())
                .matches("(?s).*[ғӣқӯҳҷ].*").doesNotContainPattern("[A-Za-z]"));

        UUID russian = identity.findInstitutionByCode("ru-commissioner").orElseThrow();
        List<CounterpartView> hers = identity.runAsSystem(russian,
                () -> counterparts.find(CounterpartFilter.none(), null, 100)).items();
        assertThat(hers).extracting(CounterpartView::nameEn)
                .containsExactlyInAnyOrder("Human Rights Ombudsman of the Republic of Tajikistan",
                        "Ministry of Justice of the Republic of Tajikistan");
        assertThat(hers).allSatisfy(c -> assertThat(c.notes()).matches("(?s).*[а-яА-Я].*")
                .doesNotContainPattern("[A-Za-z]").doesNotMatch("(?s).*[ғӣқӯҳҷ].*"));
    }
}
