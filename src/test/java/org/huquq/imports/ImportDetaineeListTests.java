package org.huquq.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.huquq.detention.DetentionFilter;
import org.huquq.detention.DetentionManagement;
import org.huquq.detention.DetentionView;
import org.huquq.detention.RegistryView;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.people.PersonManagement;
import org.huquq.people.PersonMother;
import org.huquq.people.PersonView;
import org.huquq.places.PlaceManagement;
import org.huquq.places.PlaceMother;
import org.huquq.places.PlaceView;
import org.huquq.shared.Confidentiality;
import org.huquq.shared.InvalidInputException;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Detainee lists: a person and a detention record per row, the place by code or name, all of the file or nothing. */
@SpringBootTest
class ImportDetaineeListTests {

    @Autowired
    ImportManagement imports;

    @Autowired
    PersonManagement persons;

    @Autowired
    PlaceManagement places;

    @Autowired
    DetentionManagement detentions;

    @Autowired
    TestUsers users;

    HuquqUser officer;
    PlaceView colony;

    @BeforeEach
    void office() {
        officer = users.user(users.institution(), Role.CASE_OFFICER);
        colony = as(() -> places.create(PlaceMother.colony().in("RU").build()));
    }

    @Test
    void importsDetaineesOfNewAndRegisteredPersonsAtAPlaceByCodeOrRussianNameAndStatusByLabel() {
        PersonView registered = as(() -> persons.register(PersonMother.named("Бобозода", "Умед").born("1985-03-07")
                .build()));
        String csv = "ФИО;Дата рождения;Учреждение;Содержится с;Правовой статус;Источник\n"
                + "Қодиров Ҷамшед;1990;YAS 3/1;01.02.2023;SENTENCED;Консульство\n"
                + "Bobozoda Umed;07.03.1985;Исправительная колония ЯС 3/1;15.06.2022;Отбывает наказание;Консульство\n";

        ImportView uploaded = upload(csv);
        assertThat(as(() -> imports.mapping(uploaded.id())).columns()).extracting(ImportMappingView.Column::field)
                .containsExactly(ImportField.FULL_NAME, ImportField.BIRTH_DATE, ImportField.PLACE,
                        ImportField.DETAINED_FROM, ImportField.LEGAL_STATUS, ImportField.SOURCE);
        ImportView checked = check(uploaded.id());
        assertThat(List.of(checked.newCount(), checked.matchedCount(), checked.rejectedCount()))
                .containsExactly(1, 1, 0);

        assertThat(run(uploaded.id()).status()).isEqualTo(ImportStatus.DONE);

        List<DetentionView> held = as(() -> detentions.find(new DetentionFilter(RegistryView.CURRENT, null,
                colony.id(), null, null, null), null, 10).items());
        assertThat(held).extracting(DetentionView::from)
                .containsExactlyInAnyOrder(LocalDate.of(2023, 2, 1), LocalDate.of(2022, 6, 15));
        assertThat(held).extracting(DetentionView::legalStatus).containsOnly("SENTENCED");
        assertThat(held).extracting(DetentionView::personId).contains(registered.id());
    }

    @Test
    void refusesRowsWhosePlaceOrDetentionCannotBeRecordedNamingTheColumn() {
        String csv = "ФИО;Учреждение;Содержится с;Содержится по;Правовой статус\n"
                + "Қодиров Ҷамшед;Атлантида 1;01.02.2023;;SENTENCED\n"
                + "Раҳимов Фарҳод;YAS 3/1;01.02.2023;01.01.2020;PRE_TRIAL\n"
                + "Юсупов Анвар;YAS 3/1;01.02.2023;;NOT_A_STATUS\n";

        ImportView checked = check(upload(csv).id());

        List<ImportRowView> rows = as(() -> imports.rows(checked.id(), Set.of(), 0, 10)).items();
        assertThat(rows).extracting(ImportRowView::outcome).containsOnly(RowOutcome.REJECTED);
        assertThat(rows).extracting(ImportRowView::problemColumn)
                .containsExactly("B (Учреждение)", "D (Содержится по)", "E (Правовой статус)");
        assertThat(rows).extracting(ImportRowView::problemKey).containsExactly("imports.problem.place",
                "detention.error.endsBeforeStart", "detention.error.legalStatus");
        assertThatThrownBy(() -> as(() -> imports.run(checked.id()))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void refusesADetaineeMappingWithoutThePlaceOrTheStart() {
        ImportView uploaded = upload("ФИО;Правовой статус\nҚодиров Ҷамшед;SENTENCED\n");

        assertThatThrownBy(() -> as(() -> imports.check(uploaded.id())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.FieldProblem::messageKey)
                        .containsExactly("imports.error.detentionColumnsMissing"));
    }

    private ImportView upload(String csv) {
        return as(() -> imports.upload(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "list.csv",
                ImportKind.DETAINEES, Confidentiality.INTERNAL, null));
    }

    private ImportView check(UUID id) {
        as(() -> imports.check(id));
        return awaitEnd(id);
    }

    private ImportView run(UUID id) {
        as(() -> imports.run(id));
        return awaitEnd(id);
    }

    private ImportView awaitEnd(UUID id) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        ImportView current = as(() -> imports.get(id));
        while (current.status().isWorking()) {
            assertThat(Instant.now()).isBefore(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            current = as(() -> imports.get(id));
        }
        return current;
    }

    private <T> T as(Supplier<T> work) {
        return TestUsers.as(officer, work);
    }
}
