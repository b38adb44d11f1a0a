package org.huquq.detention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.huquq.support.TestUsers.as;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.people.PersonDuplicates;
import org.huquq.people.PersonManagement;
import org.huquq.people.PersonMother;
import org.huquq.places.PlaceManagement;
import org.huquq.places.PlaceMother;
import org.huquq.shared.Confidentiality;
import org.huquq.shared.InvalidInputException;
import org.huquq.shared.InvalidInputException.FieldProblem;
import org.huquq.shared.NotFoundException;
import org.huquq.shared.StaleVersionException;
import org.huquq.support.TestClock;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class DetaineeRequestManagementTests {

    static final LocalDate TODAY = LocalDate.of(2025, 3, 3);

    @Autowired
    DetaineeRequestManagement requests;

    @Autowired
    DetentionManagement detentions;

    @Autowired
    PersonManagement persons;

    @Autowired
    PersonDuplicates duplicates;

    @Autowired
    PlaceManagement places;

    @Autowired
    TestUsers users;

    @Autowired
    TestClock clock;

    UUID institution;
    HuquqUser officer;
    UUID colony;
    UUID person;
    DetentionView held;

    @BeforeEach
    void institution() {
        clock.today(TODAY);
        institution = users.institution();
        officer = users.user(institution, Role.CASE_OFFICER);
        colony = as(officer, () -> places.create(PlaceMother.colony().in("RU").build())).id();
        person = as(officer, () -> persons.register(PersonMother.named("Раҳимов", "Ҷамшед").nationality("TJ")
                .build())).id();
        held = as(officer, () -> detentions.create(new DetentionDetails(person, colony, LocalDate.of(2023, 1, 1),
                null, "PRE_TRIAL", null, null, null, null, null)));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    RequestDetails goHome(UUID who, UUID detention) {
        return new RequestDetails(who, detention, DetaineeRequestManagement.TRANSFER_HOME, null,
                LocalDate.of(2025, 2, 10), RaisedIn.VISIT, null, "Visit of 10 February 2025",
                "Хоҳиш дорам, ки мӯҳлати ҷазоро дар ватан адо кунам.", "tg", officer.userId());
    }

    @Test
    void aRequestIsReceivedUntilAStepAndTheStepWithTheLatestDateSetsItsStatus() {
        RequestView created = as(officer, () -> requests.create(goHome(person, held.id())));
        assertThat(created.reference()).matches("REQ-\\d{6}");
        assertThat(created.status()).isEqualTo(RequestStatus.RECEIVED);
        assertThat(created.words()).isEqualTo("Хоҳиш дорам, ки мӯҳлати ҷазоро дар ватан адо кунам.");
        assertThat(created.personName()).contains("Раҳимов");

        RequestView inProgress = as(officer, () -> requests.addStep(created.id(), created.version(),
                new RequestStepDetails(LocalDate.of(2025, 2, 20), RequestStatus.IN_PROGRESS,
                        "Asked the Ministry of Justice for the dossier")));
        RequestView earlier = as(officer, () -> requests.addStep(created.id(), inProgress.version(),
                new RequestStepDetails(LocalDate.of(2025, 2, 15), RequestStatus.REFUSED, "Recorded late")));
        assertThat(earlier.status()).as("an earlier-dated step leaves the status").isEqualTo(RequestStatus.IN_PROGRESS);
        assertThat(as(officer, () -> requests.steps(created.id()))).extracting(RequestStepView::on)
                .containsExactly(LocalDate.of(2025, 2, 20), LocalDate.of(2025, 2, 15));
        assertThatThrownBy(() -> as(officer, () -> requests.addStep(created.id(), created.version(),
                new RequestStepDetails(TODAY, RequestStatus.SATISFIED, "stale"))))
                .isInstanceOf(StaleVersionException.class);
    }

    @Test
    void stepsAndRequestsRefuseImpossibleInputNamingTheField() {
        RequestView created = as(officer, () -> requests.create(goHome(person, null)));
        assertThatThrownBy(() -> as(officer, () -> requests.addStep(created.id(), created.version(),
                new RequestStepDetails(LocalDate.of(2025, 1, 1), RequestStatus.RECEIVED, " "))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactlyInAnyOrder("on", "status", "note"));

        UUID other = as(officer, () -> persons.register(PersonMother.named("Каримов", "Азиз").build())).id();
        RequestDetails wrong = new RequestDetails(other, held.id(), "NO_SUCH_KIND", null, TODAY.plusDays(1),
                RaisedIn.LETTER, UUID.randomUUID(), null, " ", "tajik", UUID.randomUUID());
        assertThatThrownBy(() -> as(officer, () -> requests.create(wrong)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactlyInAnyOrder("detentionId", "kind", "askedOn",
                                "sourceId", "words", "wordsLanguage", "ownerId"));
    }

    @Test
    void theRequestsToGoHomeStillOpenAreListedUntilTheyEnd() {
        RequestView home = as(officer, () -> requests.create(goHome(person, held.id())));
        as(officer, () -> requests.create(new RequestDetails(person, held.id(), "FOOD_WATER", "his sister",
                LocalDate.of(2025, 2, 11), RaisedIn.OTHER, null, "phone call of the family", "No food for two days",
                "ru", null)));
        assertThat(as(officer, () -> requests.find(RequestFilter.goingHome(), null, 10)).items())
                .extracting(RequestView::id).containsExactly(home.id());

        as(officer, () -> requests.addStep(home.id(), home.version(),
                new RequestStepDetails(TODAY, RequestStatus.WITHDRAWN, "He withdrew his request")));
        assertThat(as(officer, () -> requests.find(RequestFilter.goingHome(), null, 10)).items()).isEmpty();
        assertThat(as(officer, () -> requests.find(new RequestFilter(null, null, false, person, null), null, 10))
                .total()).isEqualTo(2);
    }

    @Test
    void aRequestIsAsConfidentialAsItsPerson() {
        UUID team = users.team(institution, "Monitoring");
        HuquqUser member = users.user(institution, Role.CASE_OFFICER, team);
        HuquqUser outsider = users.user(institution, Role.CASE_OFFICER);
        UUID secret = as(member, () -> persons.register(PersonMother.named("Холов", "Шоҳин")
                .level(Confidentiality.STRICTLY_CONFIDENTIAL, team).build())).id();
        RequestView request = as(member, () -> requests.create(goHome(secret, null)));

        assertThatThrownBy(() -> as(outsider, () -> requests.get(request.id()))).isInstanceOf(NotFoundException.class);
        assertThat(as(outsider, () -> requests.find(RequestFilter.goingHome(), null, 10)).items())
                .extracting(RequestView::id).doesNotContain(request.id());
        assertThatThrownBy(() -> as(outsider, () -> requests.create(goHome(secret, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("personId"));
    }

    @Test
    void recordsAndRequestsFollowTheirPersonIntoAMergeAndBackWhenItIsUndone() {
        HuquqUser head = users.user(institution, Role.HEAD);
        UUID twin = as(officer, () -> persons.register(PersonMother.named("Рахимов", "Джамшед").nationality("TJ")
                .build())).id();
        DetentionView twinsRecord = as(officer, () -> detentions.create(new DetentionDetails(twin, colony,
                LocalDate.of(2024, 5, 1), null, "PRE_TRIAL", null, null, null, null, null)));
        RequestView twinsRequest = as(officer, () -> requests.create(goHome(twin, twinsRecord.id())));

        var merge = as(head, () -> duplicates.merge(person, persons.get(person).version(), twin,
                persons.get(twin).version()));
        assertThat(as(officer, () -> detentions.get(twinsRecord.id())).personId()).isEqualTo(person);
        assertThat(as(officer, () -> requests.get(twinsRequest.id())).personId()).isEqualTo(person);
        assertThat(as(officer, () -> detentions.find(new DetentionFilter(RegistryView.CURRENT, null, null, null,
                null, person), null, 10)).items()).extracting(DetentionView::id).containsExactly(twinsRecord.id());

        as(head, () -> duplicates.undo(merge.mergeId()));
        assertThat(as(officer, () -> detentions.get(twinsRecord.id())).personId()).isEqualTo(twin);
        assertThat(as(officer, () -> requests.get(twinsRequest.id())).personId()).isEqualTo(twin);
        assertThat(as(officer, () -> detentions.get(held.id())).current()).isTrue();
        assertThat(List.of(as(officer, () -> detentions.get(twinsRecord.id())).current())).containsExactly(true);
    }
}
