package org.huquq.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huquq.support.TestUsers.as;

import java.util.List;

import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A monitor types a place's code as it is painted on the gate, "YAS 3/1": that place comes first, places whose code
 * begins so come next, and the many places whose names merely hold a "1" or a "3" do not come at all.
 */
@SpringBootTest
class PlaceSearchTests {

    @Autowired
    TestUsers users;

    @Autowired
    PlaceManagement places;

    HuquqUser monitor;

    @BeforeEach
    void places() {
        monitor = users.user(users.institution(), Role.MONITOR);
        create("SIZO-1", "Pre-trial detention centre No. 1", "Следственный изолятор № 1", "Тавқифгоҳи № 1");
        create("PS-11", "Police station 11 of Dushanbe", "Отдел полиции 11", "Шуъбаи милитсияи 11");
        create("YAS 1/3", "Colony 3 of the Yavan district", "Колония 3 Яванского района", "Колонияи 3");
        create("YAS 3/10", "Women's colony YAS 3/10", "Женская колония ЯС 3/10", "Колонияи занонаи ЯС 3/10");
        create("YAS 3/1", "Correctional colony YAS 3/1", "Исправительная колония ЯС 3/1", "Муассисаи ислоҳии ЯС 3/1");
        for (int i = 1; i <= 12; i++) {
            create("TMP-" + i, "Temporary holding facility 1 of district " + i, "ИВС 1 района " + i, "ИВС " + i);
        }
    }

    @Test
    void theExactCodeComesFirstAndNamesWithItsDigitsDoNotCome() {
        for (String query : List.of("YAS 3/1", "yas 3/1", " YAS 3/1 ")) {
            assertThat(codes(query)).as(query).startsWith("YAS 3/1").containsExactly("YAS 3/1", "YAS 3/10");
        }
    }

    @Test
    void theBeginningOfACodeFindsThePlacesWithSuchCodes() {
        assertThat(codes("YAS 3")).startsWith("YAS 3/1", "YAS 3/10").doesNotContain("SIZO-1", "PS-11", "TMP-3");
        assertThat(codes("SIZO-1")).first().isEqualTo("SIZO-1");
        assertThat(codes("TMP-1")).first().isEqualTo("TMP-1");
        assertThat(codes("TMP-1")).contains("TMP-10", "TMP-11", "TMP-12").doesNotContain("TMP-2", "SIZO-1");
    }

    @Test
    void wordsOfANameStillFindByTheirBeginning() {
        assertThat(codes("colon")).contains("YAS 3/1", "YAS 3/10", "YAS 1/3");
        assertThat(codes("исправительная")).containsExactly("YAS 3/1");
        assertThat(codes("Police station 11")).containsExactly("PS-11");
    }

    private void create(String code, String en, String ru, String tg) {
        as(monitor, () -> places.create(PlaceMother.colony().code(code).named(en, ru, tg).build()));
    }

    private List<String> codes(String query) {
        return as(monitor, () -> places.search(new PlaceFilter(query, null, null, null), 0, 100)).items().stream()
                .map(PlaceView::code).toList();
    }
}
