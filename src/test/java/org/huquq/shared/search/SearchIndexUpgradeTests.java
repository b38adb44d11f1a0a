package org.huquq.shared.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huquq.support.TestUsers.as;

import java.util.Locale;

import jakarta.persistence.EntityManager;

import org.hibernate.search.mapper.orm.Search;
import org.huquq.correspondence.LetterManagement;
import org.huquq.correspondence.LetterMother;
import org.huquq.correspondence.LetterView;
import org.huquq.correspondence.domain.Letter;
import org.huquq.counterparts.CounterpartManagement;
import org.huquq.counterparts.CounterpartMother;
import org.huquq.counterparts.CounterpartView;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.search.GlobalSearch;
import org.huquq.shared.SearchHit;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After an upgrade that adds indexed fields, records indexed before it are indexed again, so that a letter
 * registered last year is found by a part of its number as a new one is.
 */
@SpringBootTest
class SearchIndexUpgradeTests {

    @Autowired
    SearchIndexUpgrade upgrade;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    TestUsers users;

    @Autowired
    CounterpartManagement counterparts;

    @Autowired
    LetterManagement letters;

    @Autowired
    GlobalSearch search;

    @Test
    void aNewDatabaseStartsAtTheCurrentMappingAndNeedsNoReindexing() {
        assertThat(upgrade.indexedVersion()).isEqualTo(SearchIndexUpgrade.MAPPING_VERSION);
    }

    @Test
    void recordsMissingFromTheIndexAreFoundAgainAfterTheUpgradeRuns() {
        HuquqUser clerk = users.user(users.institution(), Role.REGISTRY_CLERK);
        CounterpartView commissioner = as(clerk, () -> counterparts.create(CounterpartMother.ombudsman().build()));
        LetterView letter = as(clerk, () -> letters.register(LetterMother.outgoing(commissioner.id()).register()));
        String number = letter.reference().substring(letter.reference().lastIndexOf('-') + 1);
        // the letter's document leaves the index, as if it had been indexed without the fields searched here (a
        // delete by id: the OpenSearch of CI has no delete-by-query for a purge)
        transaction.executeWithoutResult(status -> Search.session(entityManager).indexingPlan()
                .delete(entityManager.find(Letter.class, letter.id())));
        assertThat(as(clerk, () -> search.pick("letters", number, Locale.ENGLISH))).isEmpty();

        assertThat(upgrade.reindexAll()).isGreaterThanOrEqualTo(2);

        assertThat(as(clerk, () -> search.pick("letters", number, Locale.ENGLISH)))
                .extracting(SearchHit::reference).contains(letter.reference());
        assertThat(as(clerk, () -> search.pick("counterparts", commissioner.reference(), Locale.ENGLISH)))
                .extracting(SearchHit::reference).containsExactly(commissioner.reference());
    }
}
