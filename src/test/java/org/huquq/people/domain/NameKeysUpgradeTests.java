package org.huquq.people.domain;

import static org.huquq.support.TestUsers.as;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.hibernate.search.mapper.orm.Search;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.people.PersonHit;
import org.huquq.people.PersonManagement;
import org.huquq.people.PersonMother;
import org.huquq.people.PersonSearch;
import org.huquq.people.PersonView;
import org.huquq.people.matching.NameKey;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class NameKeysUpgradeTests {

    @Autowired
    PersonManagement persons;

    @Autowired
    NameKeysUpgrade upgrade;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EntityManager entityManager;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void namesKeyedUnderOlderRulesAreKeyedAgainAndFoundAgain() {
        UUID institution = users.institution();
        HuquqUser officer = users.user(institution, Role.CASE_OFFICER);
        String family = "Қурбон" + marker() + "зода";
        PersonView person = as(officer, () -> persons.register(PersonMother.named(family, "Умед").build()));
        // as an older version of the rules might have keyed it: keys that meet no query, in the database and index
        jdbc.sql("update person_name set match_keys = 'stale', match_keys_version = :old where person_id = :id")
                .param("old", NameKey.RULES_VERSION - 1).param("id", person.id()).update();
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> Search.session(entityManager)
                .indexingPlan().addOrUpdate(entityManager.find(Person.class, person.id())));
        assertThat(found(officer, family + " Умед")).doesNotContain(person.id());

        assertThat(upgrade.rekeyAll()).isGreaterThanOrEqualTo(1);

        assertThat(found(officer, family + " Умед")).contains(person.id());
        assertThat(jdbc.sql("select count(*) from person_name where person_id = :id and match_keys_version = :v")
                .param("id", person.id()).param("v", NameKey.RULES_VERSION).query(Long.class).single()).isEqualTo(1);
        assertThat(upgrade.rekeyAll()).isZero();
    }

    private java.util.List<UUID> found(HuquqUser user, String query) {
        return as(user, () -> persons.search(PersonSearch.byName(query), 0, 25)).items().stream().map(PersonHit::id)
                .toList();
    }

    private static String marker() {
        StringBuilder marker = new StringBuilder();
        java.util.Random random = new java.util.Random();
        for (int i = 0; i < 4; i++) {
            marker.append("бвгдклмнпрстф".charAt(random.nextInt(13)));
        }
        return marker.toString();
    }
}
