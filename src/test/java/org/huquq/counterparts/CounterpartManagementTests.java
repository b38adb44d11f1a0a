package org.huquq.counterparts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.huquq.support.TestUsers.as;

import java.util.List;
import java.util.UUID;

import org.huquq.audit.AuditAction;
import org.huquq.audit.AuditEntryView;
import org.huquq.audit.AuditLog;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.shared.AccessDeniedToWrite;
import org.huquq.shared.InvalidInputException.FieldProblem;
import org.huquq.shared.InvalidInputException;
import org.huquq.shared.NotFoundException;
import org.huquq.shared.StaleVersionException;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class CounterpartManagementTests {

    @Autowired
    CounterpartManagement counterparts;

    @Autowired
    TestUsers users;

    @Autowired
    AuditLog audit;

    UUID institution;
    HuquqUser clerk;
    HuquqUser analyst;

    @BeforeEach
    void institution() {
        institution = users.institution();
        clerk = users.user(institution, Role.REGISTRY_CLERK);
        analyst = users.user(institution, Role.ANALYST);
    }

    @Test
    void registrationGivesAReferenceKeepsTajikLettersAndIsAudited() {
        CounterpartView created = as(clerk, () -> counterparts.create(CounterpartMother.ombudsman()
                .named(null, null, "Ваколатдор ғӣқӯҳҷ " + CounterpartMother.marker())
                .contact("Татьяна Москалькова", "Уполномоченный", "office@ombudsmanrf.org", "+7 (495) 607-19-22")
                .build()));
        CounterpartView read = as(analyst, () -> counterparts.get(created.id()));
        assertThat(read.reference()).matches("INST-\\d{6}");
        assertThat(read.nameTg()).startsWith("Ваколатдор ғӣқӯҳҷ ");
        assertThat(read.contacts()).singleElement().satisfies(c -> assertThat(c.role()).isEqualTo("Уполномоченный"));
        assertThat(read.active()).isTrue();
        assertThat(read.version()).as("a new record, contacts and all, is at version 0").isZero();
        assertThat(audit.history(institution, "Counterpart", created.id())).extracting(AuditEntryView::action)
                .containsExactly(AuditAction.CREATE);
    }

    @Test
    void namesAreStoredComposedAndTrimmed() {
        String marker = CounterpartMother.marker();
        CounterpartView created = as(clerk, () -> counterparts.create(CounterpartMother.ministry()
                .named("  Ministry   of Labour " + marker + " ", null, "Вазорати меҳнати\u0304 " + marker).build()));
        assertThat(created.nameEn()).isEqualTo("Ministry of Labour " + marker);
        assertThat(created.nameTg()).isEqualTo("Вазорати меҳнатӣ " + marker);
    }

    @Test
    void updateWithAStaleVersionIsRefusedAndNothingChanges() {
        CounterpartView created = as(clerk, () -> counterparts.create(CounterpartMother.ministry().build()));
        CounterpartView changed = as(clerk, () -> counterparts.update(created.id(), created.version(),
                CounterpartMother.ministry().named("Ministry of the Interior " + CounterpartMother.marker(), null, null)
                        .inactive().build()));
        assertThat(changed.version()).isEqualTo(created.version() + 1);
        assertThat(changed.active()).isFalse();
        assertThatThrownBy(() -> as(clerk, () -> counterparts.update(created.id(), created.version(),
                CounterpartMother.ministry().build()))).isInstanceOf(StaleVersionException.class);
        assertThat(as(clerk, () -> counterparts.get(created.id())).nameEn()).isEqualTo(changed.nameEn());
        assertThat(audit.history(institution, "Counterpart", created.id())).extracting(AuditEntryView::action)
                .containsExactlyInAnyOrder(AuditAction.CREATE, AuditAction.UPDATE);
    }

    @Test
    void listFiltersByKindCountryAndActive() {
        CounterpartView ministry = as(clerk, () -> counterparts.create(CounterpartMother.ministry().in("RU").build()));
        CounterpartView embassy = as(clerk, () -> counterparts.create(CounterpartMother.ministry().kind("EMBASSY")
                .in("TJ").build()));
        CounterpartView closed = as(clerk, () -> counterparts.create(CounterpartMother.ministry().in("RU")
                .inactive().build()));
        assertThat(ids(new CounterpartFilter(null, "MINISTRY", null, null)))
                .contains(ministry.id(), closed.id()).doesNotContain(embassy.id());
        assertThat(ids(new CounterpartFilter(null, null, "TJ", null))).containsExactly(embassy.id());
        assertThat(ids(new CounterpartFilter(null, null, "RU", true))).containsExactly(ministry.id());
        assertThat(ids(new CounterpartFilter(null, null, null, false))).containsExactly(closed.id());
        assertThat(ids(new CounterpartFilter(null, "", "", null))).hasSize(3);
    }

    @Test
    void searchFindsByNameInTajikRussianAndLatinAcrossScriptsAndByPrefixAndReference() {
        String marker = CounterpartMother.marker();
        CounterpartView embassy = as(clerk, () -> counterparts.create(CounterpartMother.ministry().kind("EMBASSY")
                .in("TJ").named("Embassy of Tajikistan " + marker, "Посольство Республики Таджикистан в Москве",
                        "Сафорати Ҷумҳурии Тоҷикистон дар Маскав")
                .abbreviation("ПРТ").build()));
        CounterpartView other = as(clerk, () -> counterparts.create(CounterpartMother.ombudsman().in("RU").build()));
        for (String query : new String[] { "Ҷумҳурии Тоҷикистон", "сафорати", "Посольство Таджикистан",
                "посольство москве", "Posolstvo", "Moskve", "Tojikiston", "Safora", "Посол", "tajikistan", marker,
                "ПРТ", embassy.reference().toLowerCase() }) {
            assertThat(ids(new CounterpartFilter(query, null, null, null))).as(query)
                    .contains(embassy.id()).doesNotContain(other.id());
        }
        // every word must match: a word found in no name finds nothing
        assertThat(ids(new CounterpartFilter("Посольство Zzyzx", null, null, null))).isEmpty();
        // filters apply to the search too
        assertThat(ids(new CounterpartFilter("Тоҷикистон", "MINISTRY", null, null))).isEmpty();
        assertThat(ids(new CounterpartFilter("Тоҷикистон", "EMBASSY", "TJ", true))).containsExactly(embassy.id());
        assertThat(ids(new CounterpartFilter(" — ", null, null, null))).isEmpty();
    }

    @Test
    void anotherInstitutionsRegistryDoesNotExistForUs() {
        CounterpartView ours = as(clerk, () -> counterparts.create(CounterpartMother.ministry().build()));
        HuquqUser stranger = users.user(users.institution(), Role.HEAD);
        assertThatThrownBy(() -> as(stranger, () -> counterparts.get(ours.id()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(stranger, () -> counterparts.update(ours.id(), ours.version(),
                CounterpartMother.ministry().build()))).isInstanceOf(NotFoundException.class);
        assertThat(as(stranger, () -> counterparts.search(new CounterpartFilter(ours.nameEn(), null, null, null), 0, 100))
                .items()).isEmpty();
        assertThat(as(stranger, () -> counterparts.findByReference(ours.reference()))).isEmpty();
        assertThatThrownBy(() -> as(stranger, () -> counterparts.create(CounterpartMother.ministry()
                .partOf(ours.id()).build())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("parentId"));
    }

    @Test
    void readOnlyRolesMayReadButNotWrite() {
        CounterpartView created = as(clerk, () -> counterparts.create(CounterpartMother.ministry().build()));
        assertThat(as(analyst, () -> counterparts.get(created.id())).id()).isEqualTo(created.id());
        assertThat(as(analyst, () -> counterparts.canEdit())).isFalse();
        assertThatThrownBy(() -> as(analyst, () -> counterparts.create(CounterpartMother.ministry().build())))
                .isInstanceOf(AccessDeniedToWrite.class);
        assertThatThrownBy(() -> as(analyst, () -> counterparts.update(created.id(), created.version(),
                CounterpartMother.ministry().build()))).isInstanceOf(AccessDeniedToWrite.class);
    }

    @Test
    void aDepartmentBelongsToItsMinistryAndNoCycleCanBeMade() {
        CounterpartView ministry = as(clerk, () -> counterparts.create(CounterpartMother.ministry().build()));
        CounterpartView department = as(clerk, () -> counterparts.create(CounterpartMother.ministry()
                .partOf(ministry.id()).build()));
        CounterpartView section = as(clerk, () -> counterparts.create(CounterpartMother.ministry()
                .partOf(department.id()).build()));
        assertThat(as(clerk, () -> counterparts.parts(ministry.id()))).extracting(CounterpartView::id)
                .containsExactly(department.id());
        assertThatThrownBy(() -> as(clerk, () -> counterparts.update(ministry.id(), ministry.version(),
                CounterpartMother.ministry().partOf(section.id()).build())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("parentId", "counterparts.error.parentCycle")));
        assertThatThrownBy(() -> as(clerk, () -> counterparts.update(ministry.id(), ministry.version(),
                CounterpartMother.ministry().partOf(ministry.id()).build())))
                .isInstanceOf(InvalidInputException.class);
        assertThat(as(clerk, () -> counterparts.get(ministry.id())).parentId()).isNull();
    }

    @Test
    void aSecondRegistrationOfTheSameBodyNamesTheFirstOnesReference() {
        String marker = CounterpartMother.marker();
        CounterpartView first = as(clerk, () -> counterparts.create(CounterpartMother.ministry().in("RU")
                .named(null, "Министерство внутренних дел " + marker, null).build()));
        // the same Russian name, typed in capitals with extra spaces and quotes
        assertThatThrownBy(() -> as(clerk, () -> counterparts.create(CounterpartMother.ministry().in("RU")
                .named("Interior " + CounterpartMother.marker(), "«МИНИСТЕРСТВО  внутренних дел " + marker + "»", null)
                .build())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new FieldProblem("nameRu", "counterparts.error.duplicate", List.of(first.reference()))));
        // the name typed in Latin letters in another field is the same name too
        assertThatThrownBy(() -> as(clerk, () -> counterparts.create(CounterpartMother.ministry().in("RU")
                .named("Ministerstvo vnutrennikh del " + marker, null, null).build())))
                .isInstanceOf(InvalidInputException.class);
        // another country or kind is another body
        as(clerk, () -> counterparts.create(CounterpartMother.ministry().in("KZ")
                .named(null, "Министерство внутренних дел " + marker, null).build()));
        // and a change of the first one does not collide with itself
        as(clerk, () -> counterparts.update(first.id(), first.version(), CounterpartMother.ministry().in("RU")
                .named(null, "Министерство внутренних дел " + marker, null).notes("checked").build()));
    }

    @Test
    void badInputNamesEveryFieldAtFaultAndSavesNothing() {
        long before = total();
        String longText = "x".repeat(301);
        assertThatThrownBy(() -> as(clerk, () -> counterparts.create(new CounterpartDetails("SPACESHIP", "XX",
                "12345", longText, "Вазорати\u200b корҳо", null, null, null, null, null, "not-an-email",
                "call me", "javascript:alert(1)", null, true,
                List.of(new ContactPerson(null, null, "x@y", null))))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e))
                        .containsExactlyInAnyOrder("kind", "countryCode", "nameEn", "nameRu", "nameTg", "email",
                                "phone", "website", "contacts[0].name", "contacts[0].email"));
        assertThatThrownBy(() -> as(clerk, () -> counterparts.create(CounterpartMother.ministry()
                .named(" ", null, "").build())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("nameEn", "counterparts.error.nameRequired")));
        assertThatThrownBy(() -> as(clerk, () -> counterparts.create(CounterpartMother.ministry()
                .nativeName("Ministère de l'Intérieur", null).notes("bell\u0007").build())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e))
                        .containsExactlyInAnyOrder("nativeLanguage", "notes"));
        assertThatThrownBy(() -> as(clerk, () -> counterparts.create(CounterpartMother.ministry()
                .partOf(UUID.randomUUID()).build())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("parentId"));
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void contactDetailsAreNormalisedAndBlankContactRowsIgnored() {
        CounterpartView created = as(clerk, () -> counterparts.create(CounterpartMother.ministry()
                .reachable(" office@mvd.ru ", "+7 495 667-02-99", "mvd.ru")
                .address("ул. Житная, д. 16\nМосква, 119049")
                .contact(" ", "", null, null).contact(null, "Дежурная часть", null, "+7 495 000-00-00").build()));
        assertThat(created.email()).isEqualTo("office@mvd.ru");
        assertThat(created.website()).isEqualTo("https://mvd.ru");
        assertThat(created.postalAddress()).contains("\n");
        assertThat(created.contacts()).extracting(ContactPerson::role).containsExactly("Дежурная часть");
    }

    private List<UUID> ids(CounterpartFilter filter) {
        List<CounterpartView> found = as(clerk, () -> filter.hasText() ? counterparts.search(filter, 0, 100).items()
                : counterparts.find(filter, null, 100).items());
        return found.stream().map(CounterpartView::id).toList();
    }

    private long total() {
        return as(clerk, () -> counterparts.find(CounterpartFilter.none(), null, 1)).total();
    }

    private static List<String> fields(InvalidInputException e) {
        return e.problems().stream().map(FieldProblem::field).toList();
    }
}
