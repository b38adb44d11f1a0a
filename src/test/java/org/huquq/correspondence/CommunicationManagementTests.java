package org.huquq.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.huquq.support.TestUsers.as;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.huquq.audit.AuditAction;
import org.huquq.audit.AuditEntryView;
import org.huquq.audit.AuditLog;
import org.huquq.correspondence.LinkedPerson;
import org.huquq.counterparts.CounterpartManagement;
import org.huquq.counterparts.CounterpartMother;
import org.huquq.counterparts.CounterpartView;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.people.PersonManagement;
import org.huquq.people.PersonMother;
import org.huquq.places.PlaceManagement;
import org.huquq.places.PlaceMother;
import org.huquq.shared.AccessDeniedToWrite;
import org.huquq.shared.Confidentiality;
import org.huquq.shared.DateCursor;
import org.huquq.shared.InvalidInputException.FieldProblem;
import org.huquq.shared.InvalidInputException;
import org.huquq.shared.KeysetPage;
import org.huquq.shared.StaleVersionException;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class CommunicationManagementTests {

    @Autowired
    CommunicationManagement communications;

    @Autowired
    CounterpartManagement counterparts;

    @Autowired
    PersonManagement persons;

    @Autowired
    PlaceManagement places;

    @Autowired
    TestUsers users;

    @Autowired
    AuditLog audit;

    UUID institution;
    UUID casesTeam;
    UUID monitoringTeam;
    HuquqUser officer;
    HuquqUser monitor;
    HuquqUser head;
    HuquqUser analyst;
    CounterpartView commissioner;

    @BeforeEach
    void institution() {
        institution = users.institution();
        casesTeam = users.team(institution, "Cases");
        monitoringTeam = users.team(institution, "Monitoring");
        officer = users.user(institution, Role.CASE_OFFICER, casesTeam);
        monitor = users.user(institution, Role.MONITOR, monitoringTeam);
        head = users.user(institution, Role.HEAD);
        analyst = users.user(institution, Role.ANALYST);
        commissioner = as(officer, () -> counterparts.create(CounterpartMother.ombudsman().build()));
    }

    @Test
    void recordingGivesAReferenceKeepsTajikLettersAndLinksAndIsAudited() {
        UUID person = as(officer, () -> persons.register(PersonMother.named("Шарипов", "Далер")
                .level(Confidentiality.CONFIDENTIAL, casesTeam).build())).id();
        UUID place = as(officer, () -> places.create(PlaceMother.colony().build())).id();
        CommunicationView created = as(officer, () -> communications.create(CommunicationMother.call()
                .with(commissioner.id()).at(LocalTime.of(10, 30))
                .about("Дастрасӣ ба боздоштшудагон: ғӣқӯҳҷ")
                .participants(new CommunicationParticipant("  Умед   Бобозода ", CommunicationSide.OURS, "Ваколатдор"),
                        new CommunicationParticipant(null, CommunicationSide.THEIRS, "Дежурный"),
                        new CommunicationParticipant(" ", null, ""))
                .persons(person).places(place).build()));

        CommunicationView read = as(officer, () -> communications.get(created.id()));
        assertThat(read.reference()).matches("CALL-\\d{6}");
        assertThat(read.subject()).isEqualTo("Дастрасӣ ба боздоштшудагон: ғӣқӯҳҷ");
        assertThat(read.occurredTime()).isEqualTo(LocalTime.of(10, 30));
        assertThat(read.participants()).as("in order, normalised, the blank row left out").containsExactly(
                new CommunicationParticipant("Умед Бобозода", CommunicationSide.OURS, "Ваколатдор"),
                new CommunicationParticipant(null, CommunicationSide.THEIRS, "Дежурный"));
        assertThat(read.persons()).extracting(LinkedPerson::name).containsExactly("Шарипов Далер");
        assertThat(read.places()).extracting(p -> p.name("tg")).containsExactly("Муассисаи ислоҳии ЯС 3/1");
        assertThat(read.version()).as("a new record, lists and all, is at version 0").isZero();
        assertThat(audit.history(institution, "Communication", created.id())).extracting(AuditEntryView::action)
                .containsExactly(AuditAction.CREATE);
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsSaved() {
        UUID otherInstitutionsTeam = users.team(users.institution(), "Elsewhere");
        CommunicationDetails bad = new CommunicationDetails("SMOKE_SIGNAL", null, null, UUID.randomUUID(),
                List.of(new CommunicationParticipant("12345", CommunicationSide.OURS, null),
                        new CommunicationParticipant("Москалькова", null, null)),
                " ", "\u200B", "x".repeat(4001), "Tajik", List.of(UUID.randomUUID()), List.of(UUID.randomUUID()),
                null, otherInstitutionsTeam);
        assertThatThrownBy(() -> as(officer, () -> communications.create(bad)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactlyInAnyOrder("kind", "occurredOn",
                                "counterpartId", "participants[0].name", "participants[1].side", "subject",
                                "summary", "outcome", "language", "personIds[0]", "placeIds[0]", "confidentiality",
                                "teamId"));
        assertThat(as(officer, () -> communications.find(CommunicationFilter.with(commissioner.id()), null, 10))
                .items()).isEmpty();
    }

    @Test
    void aCallInTheFutureIsRefusedAndOneOfTodayIsNot() {
        LocalDate dayAfterTomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(2);
        assertThatThrownBy(() -> as(officer, () -> communications.create(CommunicationMother.call()
                .with(commissioner.id()).on(dayAfterTomorrow).build())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new FieldProblem("occurredOn", "correspondence.communications.error.future")));
        CommunicationView today = as(officer, () -> communications.create(CommunicationMother.call()
                .with(commissioner.id()).on(LocalDate.now(ZoneOffset.UTC)).build()));
        assertThat(today.occurredOn()).isEqualTo(LocalDate.now(ZoneOffset.UTC));
    }

    @Test
    void aCallNeedsAtLeastOneParticipant() {
        assertThatThrownBy(() -> as(officer, () -> communications.create(CommunicationMother.call()
                .with(commissioner.id()).participants(new CommunicationParticipant("", CommunicationSide.OURS, " "))
                .build())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new FieldProblem("participants", "correspondence.communications.error.participantRequired")));
    }

    @Test
    void aPersonOrPlaceTheUserMayNotSeeIsRefusedExactlyLikeOneThatDoesNotExist() {
        UUID hidden = as(monitor, () -> persons.register(PersonMother.named("Давлатов", "Сино")
                .level(Confidentiality.STRICTLY_CONFIDENTIAL, monitoringTeam).build())).id();
        UUID visible = as(officer, () -> persons.register(PersonMother.named("Назарова", "Мавзуна").build())).id();
        UUID hiddenPlace = as(monitor, () -> places.create(PlaceMother.colony()
                .level(Confidentiality.CONFIDENTIAL, monitoringTeam).build())).id();
        HuquqUser stranger = users.user(users.institution(), Role.HEAD);
        UUID foreignPlace = as(stranger, () -> places.create(PlaceMother.colony().build())).id();

        InvalidInputException refused = catchInvalid(() -> as(officer, () -> communications.create(
                CommunicationMother.call().with(commissioner.id()).persons(visible, hidden, UUID.randomUUID())
                        .places(hiddenPlace, foreignPlace).build())));
        assertThat(refused.problems()).containsExactly(
                new FieldProblem("personIds[1]", "correspondence.communications.error.linkNotFound"),
                new FieldProblem("personIds[2]", "correspondence.communications.error.linkNotFound"),
                new FieldProblem("placeIds[0]", "correspondence.communications.error.linkNotFound"),
                new FieldProblem("placeIds[1]", "correspondence.communications.error.linkNotFound"));
        assertThat(as(officer, () -> communications.find(CommunicationFilter.with(commissioner.id()), null, 10))
                .items()).isEmpty();
    }

    @Test
    void linksTheEditorMayNotSeeAreNeitherShownNorLostWhenTheyChangeTheCall() {
        UUID strict = as(head, () -> persons.register(PersonMother.named("Давлатов", "Сино")
                .level(Confidentiality.STRICTLY_CONFIDENTIAL, monitoringTeam).build())).id();
        UUID open = as(head, () -> persons.register(PersonMother.named("Сафаров", "Икром").build())).id();
        CommunicationView created = as(head, () -> communications.create(CommunicationMother.call()
                .with(commissioner.id()).persons(strict, open).build()));

        CommunicationView seen = as(officer, () -> communications.get(created.id()));
        assertThat(seen.persons()).extracting(LinkedPerson::id).containsExactly(open);
        CommunicationView changed = as(officer, () -> communications.update(created.id(), seen.version(),
                CommunicationMother.call().with(commissioner.id()).about("Changed by the officer").build()));
        assertThat(changed.persons()).as("the officer removed the link they saw").isEmpty();

        assertThat(as(head, () -> communications.get(created.id())).persons()).extracting(LinkedPerson::id)
                .as("the link the officer could not see stays").containsExactly(strict);
    }

    @Test
    void updateWithAStaleVersionIsRefusedAndNothingChanges() {
        CommunicationView created = as(officer, () -> communications.create(CommunicationMother.call()
                .with(commissioner.id()).build()));
        CommunicationView changed = as(officer, () -> communications.update(created.id(), created.version(),
                CommunicationMother.meeting().with(commissioner.id()).about("Встреча в Душанбе").build()));
        assertThat(changed.version()).isEqualTo(created.version() + 1);
        assertThat(changed.kind()).isEqualTo("MEETING");
        assertThatThrownBy(() -> as(officer, () -> communications.update(created.id(), created.version(),
                CommunicationMother.call().with(commissioner.id()).about("Lost update").build())))
                .isInstanceOf(StaleVersionException.class);
        assertThat(as(officer, () -> communications.get(created.id())).subject()).isEqualTo("Встреча в Душанбе");
        assertThat(audit.history(institution, "Communication", created.id())).extracting(AuditEntryView::action)
                .containsExactlyInAnyOrder(AuditAction.CREATE, AuditAction.UPDATE);
    }

    @Test
    void aCounterpartOfAnotherRegistryIsNotFound() {
        HuquqUser stranger = users.user(users.institution(), Role.HEAD);
        UUID theirs = as(stranger, () -> counterparts.create(CounterpartMother.ministry().build())).id();
        InvalidInputException refused = catchInvalid(() -> as(officer, () -> communications.create(
                CommunicationMother.call().with(theirs).build())));
        assertThat(refused.problems()).containsExactly(
                new FieldProblem("counterpartId", "correspondence.communications.error.counterpart"));
    }

    @Test
    void readOnlyRolesMayNotRecordAndNobodyMayLockThemselvesOut() {
        assertThatThrownBy(() -> as(analyst, () -> communications.create(CommunicationMother.call()
                .with(commissioner.id()).build()))).isInstanceOf(AccessDeniedToWrite.class);
        InvalidInputException refused = catchInvalid(() -> as(officer, () -> communications.create(
                CommunicationMother.call().with(commissioner.id())
                        .level(Confidentiality.STRICTLY_CONFIDENTIAL, monitoringTeam).build())));
        assertThat(refused.problems()).extracting(FieldProblem::field).containsExactly("confidentiality");
    }

    @Test
    void theLogListsNewestFirstAndFiltersByCounterpartKindAndDates() {
        CounterpartView ministry = as(officer, () -> counterparts.create(CounterpartMother.ministry().build()));
        CommunicationView march = create(CommunicationMother.call().with(commissioner.id())
                .on(LocalDate.of(2024, 3, 28)));
        CommunicationView aprilMorning = create(CommunicationMother.call().with(commissioner.id())
                .on(LocalDate.of(2024, 4, 5)).at(LocalTime.of(9, 0)));
        CommunicationView aprilEvening = create(CommunicationMother.meeting().with(commissioner.id())
                .on(LocalDate.of(2024, 4, 5)).at(LocalTime.of(18, 0)));
        CommunicationView withMinistry = create(CommunicationMother.call().with(ministry.id())
                .on(LocalDate.of(2024, 5, 1)));

        assertThat(ids(CommunicationFilter.none())).containsExactly(withMinistry.id(), aprilEvening.id(),
                aprilMorning.id(), march.id());
        assertThat(ids(CommunicationFilter.with(commissioner.id()))).containsExactly(aprilEvening.id(),
                aprilMorning.id(), march.id());
        assertThat(ids(new CommunicationFilter(null, "MEETING", null, null))).containsExactly(aprilEvening.id());
        assertThat(ids(new CommunicationFilter(null, "", LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 30))))
                .containsExactly(aprilEvening.id(), aprilMorning.id());
        KeysetPage<CommunicationSummary> first = as(officer,
                () -> communications.find(CommunicationFilter.none(), null, 3));
        KeysetPage<CommunicationSummary> second = as(officer,
                () -> communications.find(CommunicationFilter.none(), DateCursor.valueOf(first.next()), 3));
        assertThat(first.hasNext()).isTrue();
        assertThat(second.items()).extracting(CommunicationSummary::id).containsExactly(march.id());
        assertThat(second.hasNext()).isFalse();
        assertThat(first.items().get(0).counterpartName("tg")).isEqualTo(ministry.nameTg());
    }

    private CommunicationView create(CommunicationMother call) {
        return as(officer, () -> communications.create(call.build()));
    }

    private List<UUID> ids(CommunicationFilter filter) {
        return as(officer, () -> communications.find(filter, null, 50)).items().stream().map(CommunicationSummary::id)
                .toList();
    }

    private static InvalidInputException catchInvalid(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("expected the input to be refused");
    }
}
