package org.huquq.detention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.huquq.support.TestUsers.as;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.huquq.audit.AuditAction;
import org.huquq.audit.AuditEntryView;
import org.huquq.audit.AuditLog;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.people.PersonDetails;
import org.huquq.people.PersonManagement;
import org.huquq.people.PersonMother;
import org.huquq.people.PersonView;
import org.huquq.people.Sex;
import org.huquq.people.VulnerabilityMarker;
import org.huquq.places.PlaceManagement;
import org.huquq.places.PlaceMother;
import org.huquq.shared.Confidentiality;
import org.huquq.shared.DateCursor;
import org.huquq.shared.InvalidInputException;
import org.huquq.shared.InvalidInputException.FieldProblem;
import org.huquq.shared.KeysetPage;
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
class DetentionManagementTests {

    static final LocalDate TODAY = LocalDate.of(2025, 3, 3);

    @Autowired
    DetentionManagement detentions;

    @Autowired
    PersonManagement persons;

    @Autowired
    PlaceManagement places;

    @Autowired
    TestUsers users;

    @Autowired
    TestClock clock;

    @Autowired
    AuditLog audit;

    UUID institution;
    UUID teamA;
    UUID teamB;
    HuquqUser officer;
    HuquqUser officerB;
    HuquqUser analyst;
    HuquqUser head;
    UUID colonyAbroad;
    UUID colonyAtHome;

    @BeforeEach
    void institution() {
        clock.today(TODAY);
        institution = users.institution(); // a Tajik institution
        teamA = users.team(institution, "Monitoring");
        teamB = users.team(institution, "Cases");
        officer = users.user(institution, Role.CASE_OFFICER, teamA);
        officerB = users.user(institution, Role.CASE_OFFICER, teamB);
        analyst = users.user(institution, Role.ANALYST);
        head = users.user(institution, Role.HEAD);
        colonyAbroad = as(officer, () -> places.create(PlaceMother.colony().code("IK-2")
                .named("Penal colony IK-2", "ИК-2", "Колонияи ИК-2").in("RU").build())).id();
        colonyAtHome = as(officer, () -> places.create(PlaceMother.colony().build())).id();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    UUID person(PersonMother mother) {
        return as(officer, () -> persons.register(mother.build())).id();
    }

    static DetentionDetails heldAt(UUID person, UUID place, LocalDate from) {
        return new DetentionDetails(person, place, from, null, "PRE_TRIAL", "Art. 108 Code of Criminal Procedure",
                "Ministry of Justice", "Consulate's list", from, null);
    }

    static SentenceDetails fiveYears(LocalDate judgment, LocalDate start, Integer credit) {
        return new SentenceDetails("Dushanbe city court", judgment, judgment.plusDays(10),
                List.of(new Offence("Criminal Code", "art. 244 part 2", "TJ")), 5, 0, 0, false, start, credit,
                "general regime", null);
    }

    static DetentionDetails sentenced(UUID person, UUID place, LocalDate from, SentenceDetails sentence) {
        return new DetentionDetails(person, place, from, null, DetentionManagement.SENTENCED, "Judgment", null,
                null, null, sentence);
    }

    @Test
    void aSentenceGivesItsReleaseDayAndTheTermThatRemainsOnAnyDayWithTajikLettersKept() {
        UUID rahimov = person(PersonMother.named("Раҳимов", "Ҷамшед").nationality("TJ"));
        DetentionView created = as(officer, () -> detentions.create(sentenced(rahimov, colonyAbroad,
                LocalDate.of(2019, 12, 1), fiveYears(LocalDate.of(2020, 2, 20), LocalDate.of(2020, 3, 1), 60))));

        DetentionView read = as(officer, () -> detentions.get(created.id()));
        assertThat(read.reference()).matches("DET-\\d{6}");
        assertThat(read.personName()).contains("Раҳимов").contains("Ҷамшед");
        assertThat(read.current()).isTrue();
        assertThat(read.heldAbroad()).isTrue();
        // five years from 1 March 2020, less 60 days of pre-trial detention
        assertThat(read.sentence().releaseOn()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(read.sentence().offences()).containsExactly(new Offence("Criminal Code", "art. 244 part 2", "TJ"));
        RemainingTerm december = read.remainingOn(LocalDate.of(2024, 12, 1));
        assertThat(december.totalDays()).isEqualTo(30);
        assertThat(december.months()).isZero();
        assertThat(december.days()).isEqualTo(30);
        RemainingTerm beforeStart = read.remainingOn(LocalDate.of(2020, 1, 1));
        assertThat(beforeStart.years()).as("the whole term remains before it starts").isEqualTo(4);
        assertThat(beforeStart.months()).isEqualTo(9);
        assertThat(beforeStart.days()).isEqualTo(30);
        assertThat(read.remainingOn(TODAY).served()).isTrue();
        assertThat(read.needsReview(TODAY)).as("open after its release day").isTrue();
    }

    @Test
    void everyImpossibleDateOrTermIsAFieldErrorAndNothingIsSaved() {
        UUID person = person(PersonMother.named("Каримов", "Азиз").nationality("TJ"));
        SentenceDetails impossible = new SentenceDetails("Court", LocalDate.of(2021, 5, 1),
                LocalDate.of(2021, 4, 1), List.of(new Offence(null, " ", "XX")), 0, 0, 0, false,
                LocalDate.of(2021, 4, 20), -3, null, LocalDate.of(2021, 1, 1));
        DetentionDetails details = new DetentionDetails(person, colonyAbroad, LocalDate.of(2021, 3, 1),
                LocalDate.of(2021, 2, 1), DetentionManagement.SENTENCED, null, null, null,
                LocalDate.of(2026, 1, 1), impossible);

        assertThatThrownBy(() -> as(officer, () -> detentions.create(details)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .contains("to", "informationDate", "sentence.finalOn", "sentence.startOn", "sentence.years",
                                "sentence.pretrialCreditDays", "sentence.statedRelease",
                                "sentence.offences[0].article", "sentence.offences[0].country"));
        assertThat(as(officer, () -> detentions.find(DetentionFilter.of(RegistryView.ALL), null, 10)).items())
                .isEmpty();
    }

    @Test
    void aSentenceBelongsToASentencedPersonAndALifeSentenceHasNoTerm() {
        UUID person = person(PersonMother.named("Саидов", "Бахтиёр"));
        SentenceDetails lifeWithTerm = new SentenceDetails(null, null, null, List.of(), 3, null, null, true,
                LocalDate.of(2020, 1, 1), null, null, null);
        DetentionDetails preTrial = new DetentionDetails(person, colonyAtHome, LocalDate.of(2020, 1, 1), null,
                "PRE_TRIAL", null, null, null, null, lifeWithTerm);
        assertThatThrownBy(() -> as(officer, () -> detentions.create(preTrial)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactlyInAnyOrder("legalStatus", "sentence.years"));
    }

    @Test
    void thePersonsOpenRecordThatBeganLastIsCurrentAndClosingItHandsOver() {
        UUID person = person(PersonMother.named("Назаров", "Фирӯз").nationality("TJ"));
        DetentionView first = as(officer, () -> detentions.create(heldAt(person, colonyAtHome,
                LocalDate.of(2023, 1, 10))));
        DetentionView moved = as(officer, () -> detentions.create(heldAt(person, colonyAbroad,
                LocalDate.of(2024, 6, 1))));

        assertThat(as(officer, () -> detentions.get(first.id())).current()).isFalse();
        assertThat(as(officer, () -> detentions.get(moved.id())).current()).isTrue();
        DetentionDetails closed = new DetentionDetails(person, colonyAbroad, LocalDate.of(2024, 6, 1),
                LocalDate.of(2025, 1, 15), "PRE_TRIAL", null, null, null, null, null);
        as(officer, () -> detentions.update(moved.id(), moved.version(), closed));

        assertThat(as(officer, () -> detentions.get(first.id())).current()).isTrue();
        assertThat(as(officer, () -> detentions.find(DetentionFilter.of(RegistryView.CURRENT), null, 10)).items())
                .extracting(DetentionView::id).containsExactly(first.id());
        assertThatThrownBy(() -> as(officer, () -> detentions.update(moved.id(), moved.version(), closed)))
                .isInstanceOf(StaleVersionException.class);
    }

    @Test
    void theViewsTellNationalsAbroadFromPeopleHeldHereAndFindTheVulnerableAndThoseToReview() {
        UUID national = person(PersonMother.named("Юсупов", "Алишер").nationality("TJ").sex(Sex.MALE)
                .born("1985-04-02"));
        UUID foreigner = person(PersonMother.named("Ivanov", "Pyotr").nationality("RU").sex(Sex.MALE)
                .born("1979"));
        UUID woman = person(PersonMother.named("Саидова", "Мадина").nationality("TJ").sex(Sex.FEMALE)
                .born("1990"));
        UUID child = person(PersonMother.named("Шарипов", "Умед").nationality("TJ").sex(Sex.MALE)
                .born("2009-01-01"));
        UUID elder = person(PersonMother.named("Ғафуров", "Қодир").nationality("TJ").sex(Sex.MALE)
                .born("1960"));
        DetentionView nationalAbroad = as(officer, () -> detentions.create(sentenced(national, colonyAbroad,
                LocalDate.of(2018, 1, 1), fiveYears(LocalDate.of(2018, 6, 1), LocalDate.of(2018, 6, 1), 0))));
        DetentionView foreignerHere = as(officer, () -> detentions.create(heldAt(foreigner, colonyAtHome,
                LocalDate.of(2024, 2, 1))));
        DetentionView womanAbroad = as(officer, () -> detentions.create(heldAt(woman, colonyAbroad,
                LocalDate.of(2024, 3, 1))));
        DetentionView childAbroad = as(officer, () -> detentions.create(heldAt(child, colonyAbroad,
                LocalDate.of(2024, 4, 1))));
        DetentionView elderHere = as(officer, () -> detentions.create(heldAt(elder, colonyAtHome,
                LocalDate.of(2024, 5, 1))));

        assertThat(view(new DetentionFilter(RegistryView.ABROAD, null, null, null, null, null)))
                .containsExactly(childAbroad.id(), womanAbroad.id(), nationalAbroad.id());
        assertThat(view(new DetentionFilter(RegistryView.ABROAD, "RU", colonyAbroad, null, null, null)))
                .hasSize(3);
        assertThat(view(new DetentionFilter(RegistryView.AT_HOME, null, null, "ru", null, null)))
                .containsExactly(foreignerHere.id());
        assertThat(view(new DetentionFilter(RegistryView.AT_HOME, null, null, null, null, null)))
                .containsExactly(elderHere.id(), foreignerHere.id());
        assertThat(view(DetentionFilter.of(RegistryView.VULNERABLE)))
                .containsExactly(elderHere.id(), childAbroad.id(), womanAbroad.id());
        assertThat(as(officer, () -> detentions.get(childAbroad.id())).vulnerabilities())
                .containsExactly(VulnerabilityMarker.CHILD);
        assertThat(view(DetentionFilter.of(RegistryView.REVIEW))).containsExactly(nationalAbroad.id());
        assertThat(view(new DetentionFilter(RegistryView.CURRENT, null, null, null, "SENTENCED", null)))
                .containsExactly(nationalAbroad.id());
        assertThatThrownBy(() -> view(new DetentionFilter(RegistryView.CURRENT, "Russia", null, null, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("country"));
    }

    @Test
    void recordsToReviewComeTheLongestPastTheirReleaseDayFirstAndLeaveWhenClosed() {
        UUID first = person(PersonMother.named("Азимов", "Рустам").nationality("TJ"));
        UUID second = person(PersonMother.named("Бобоев", "Олим").nationality("TJ"));
        DetentionView lately = as(officer, () -> detentions.create(sentenced(first, colonyAbroad,
                LocalDate.of(2019, 1, 1), fiveYears(LocalDate.of(2019, 6, 1), LocalDate.of(2019, 6, 1), 0))));
        DetentionView longAgo = as(officer, () -> detentions.create(sentenced(second, colonyAbroad,
                LocalDate.of(2016, 1, 1), fiveYears(LocalDate.of(2016, 6, 1), LocalDate.of(2016, 6, 1), 0))));
        assertThat(view(DetentionFilter.of(RegistryView.REVIEW))).containsExactly(longAgo.id(), lately.id());

        KeysetPage<DetentionView> firstPage = as(officer,
                () -> detentions.find(DetentionFilter.of(RegistryView.REVIEW), null, 1));
        assertThat(firstPage.items()).extracting(DetentionView::id).containsExactly(longAgo.id());
        assertThat(as(officer, () -> detentions.find(DetentionFilter.of(RegistryView.REVIEW),
                DateCursor.valueOf(firstPage.next()), 1)).items()).extracting(DetentionView::id)
                .containsExactly(lately.id());

        as(officer, () -> detentions.update(longAgo.id(), longAgo.version(), new DetentionDetails(second,
                colonyAbroad, LocalDate.of(2016, 1, 1), LocalDate.of(2021, 6, 1), DetentionManagement.SENTENCED,
                null, null, null, null, fiveYears(LocalDate.of(2016, 6, 1), LocalDate.of(2016, 6, 1), 0))));
        assertThat(view(DetentionFilter.of(RegistryView.REVIEW))).containsExactly(lately.id());
    }

    @Test
    void pagesFollowOneAnotherByKeysetWithoutRepeatsAndCountTheWholeView() {
        List<UUID> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            UUID person = person(PersonMother.named("Тоиров" + "абвгд".charAt(i), "Аҳмад").nationality("TJ"));
            LocalDate from = LocalDate.of(2024, 1, 1).plusDays(i % 3); // days shared: the id breaks the ties
            created.add(as(officer, () -> detentions.create(heldAt(person, colonyAbroad, from))).id());
        }
        List<UUID> seen = new ArrayList<>();
        DateCursor after = null;
        int pages = 0;
        do {
            DateCursor cursor = after;
            KeysetPage<DetentionView> page = as(officer,
                    () -> detentions.find(DetentionFilter.of(RegistryView.ABROAD), cursor, 2));
            assertThat(page.total()).isEqualTo(5);
            assertThat(page.totalExact()).isTrue();
            page.items().forEach(item -> seen.add(item.id()));
            after = page.next() == null ? null : DateCursor.valueOf(page.next());
            pages++;
        } while (after != null);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyInAnyOrderElementsOf(created).doesNotHaveDuplicates();
    }

    @Test
    void aRecordIsAsConfidentialAsItsPersonAndFollowsThePersonsLevel() {
        UUID secret = as(officer, () -> persons.register(PersonMother.named("Холов", "Шоҳин").nationality("TJ")
                .level(Confidentiality.STRICTLY_CONFIDENTIAL, teamA).build())).id();
        DetentionView record = as(officer, () -> detentions.create(heldAt(secret, colonyAbroad,
                LocalDate.of(2024, 1, 1))));

        assertThat(record.confidentiality()).isEqualTo(Confidentiality.STRICTLY_CONFIDENTIAL);
        assertThat(record.teamId()).isEqualTo(teamA);
        assertThatThrownBy(() -> as(officerB, () -> detentions.get(record.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(officerB, () -> detentions.find(DetentionFilter.of(RegistryView.CURRENT), null, 10)).total())
                .isZero();
        assertThat(as(analyst, () -> detentions.find(DetentionFilter.of(RegistryView.CURRENT), null, 10)).items())
                .as("analysts never see identities").isEmpty();
        assertThat(as(head, () -> detentions.get(record.id())).personName()).contains("Холов");
        HuquqUser stranger = users.user(users.institution(), Role.HEAD);
        assertThatThrownBy(() -> as(stranger, () -> detentions.get(record.id())))
                .isInstanceOf(NotFoundException.class);

        // the person is made internal: the record follows, and team B now reads it
        PersonView person = as(officer, () -> persons.get(secret));
        as(officer, () -> persons.update(secret, person.version(), new PersonDetails(person.sex(), null,
                person.nationalities(), person.languages(), person.recordedVulnerabilities(), null,
                Confidentiality.INTERNAL, null)));
        assertThat(as(officerB, () -> detentions.get(record.id())).confidentiality())
                .isEqualTo(Confidentiality.INTERNAL);
    }

    @Test
    void theAuditTrailNamesTheRecordNeverThePerson() {
        UUID person = person(PersonMother.named("Мирзоев", "Далер").nationality("TJ"));
        DetentionView record = as(officer, () -> detentions.create(heldAt(person, colonyAbroad,
                LocalDate.of(2024, 1, 1))));
        List<AuditEntryView> history = audit.history(institution, DetentionManagement.AUDIT_TYPE, record.id());
        assertThat(history).extracting(AuditEntryView::action).containsExactly(AuditAction.CREATE);
        assertThat(history.get(0).detail()).contains(record.reference()).doesNotContain("Мирзоев")
                .doesNotContain("Consulate");
    }

    private List<UUID> view(DetentionFilter filter) {
        return as(officer, () -> detentions.find(filter, null, 50)).items().stream().map(DetentionView::id).toList();
    }
}
