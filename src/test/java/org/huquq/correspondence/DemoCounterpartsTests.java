package org.huquq.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.huquq.identity.IdentityManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The demo (on by default, so in every test context) tells the story: the Tajik Ombudsman's counterparts. */
@SpringBootTest
class DemoCounterpartsTests {

    @Autowired
    CounterpartManagement counterparts;

    @Autowired
    IdentityManagement identity;

    @Test
    void theTajikOmbudsmansRegistryHoldsTheRussianCommissionerAndTheInteriorMinistryWithItsMigrationDirectorate() {
        UUID tajik = identity.findInstitutionByCode("tj-ombudsman").orElseThrow();
        CounterpartPage commissioner = identity.runAsSystem(tajik, () -> counterparts.find(
                new CounterpartFilter("Ваколатдор Россия", "OMBUDSMAN", "RU", true), 0, 10));
        assertThat(commissioner.items()).singleElement()
                .satisfies(c -> assertThat(c.nameRu()).isEqualTo("Уполномоченный по правам человека в Российской Федерации"));
        CounterpartView migration = identity.runAsSystem(tajik, () -> counterparts.find(
                new CounterpartFilter("ГУВМ", null, null, null), 0, 10)).items().get(0);
        CounterpartView interior = identity.runAsSystem(tajik, () -> counterparts.get(migration.parentId()));
        assertThat(interior.abbreviation()).isEqualTo("МВД России");
        assertThat(identity.runAsSystem(tajik, () -> counterparts.find(CounterpartFilter.none(), 0, 100)).total())
                .isEqualTo(9);
        UUID russian = identity.findInstitutionByCode("ru-commissioner").orElseThrow();
        // the registries are separate: the Russian office does not see the Tajik office's counterparts
        assertThat(identity.runAsSystem(russian, () -> counterparts.find(new CounterpartFilter("ГУВМ", null,
                null, null), 0, 10)).items()).isEmpty();
        assertThat(identity.runAsSystem(russian, () -> counterparts.find(new CounterpartFilter("Тоҷикистон",
                "OMBUDSMAN", null, null), 0, 10)).total()).isEqualTo(1);
    }
}
