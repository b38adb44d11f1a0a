package org.huquq.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.huquq.support.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.huquq.commitments.CommitmentManagement;
import org.huquq.commitments.CommitmentMother;
import org.huquq.commitments.CommitmentStatus;
import org.huquq.commitments.CommitmentView;
import org.huquq.correspondence.CommunicationManagement;
import org.huquq.correspondence.CommunicationMother;
import org.huquq.correspondence.LetterManagement;
import org.huquq.correspondence.LetterMother;
import org.huquq.correspondence.LetterView;
import org.huquq.correspondence.RecordOutcome;
import org.huquq.counterparts.CounterpartManagement;
import org.huquq.counterparts.CounterpartMother;
import org.huquq.deadlines.ReplyDeadlineOutcomeKind;
import org.huquq.identity.ApiTokens;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.people.PersonManagement;
import org.huquq.people.PersonMother;
import org.huquq.places.PlaceManagement;
import org.huquq.places.PlaceMother;
import org.huquq.shared.Confidentiality;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * The audit trail as an auditor reads it: sentences in the reader's language naming the record, links only to what
 * the reader may read, filters, and keyset pages that neither skip nor repeat an entry while others write.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditTrailTests {

    private static final String LANGUAGE = "huquq.language";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    AuditLog audit;

    @Autowired
    AuditTrail trail;

    @Autowired
    LetterManagement letters;

    @Autowired
    CounterpartManagement counterparts;

    @Autowired
    PersonManagement persons;

    @Autowired
    PlaceManagement places;

    @Autowired
    CommitmentManagement commitments;

    @Autowired
    CommunicationManagement communications;

    @Autowired
    ApiTokens tokens;

    UUID institution;
    HuquqUser auditor;
    HuquqUser head;
    HuquqUser clerk;
    UUID commissioner;

    @BeforeEach
    void institution() {
        institution = users.institution();
        auditor = users.user(institution, Role.AUDITOR);
        head = users.user(institution, Role.HEAD);
        clerk = users.user(institution, Role.REGISTRY_CLERK);
        commissioner = as(clerk, () -> counterparts.create(CounterpartMother.ombudsman().build())).id();
    }

    @Test
    void aLetterOutcomeReadsAsASentenceWithTheLetterNumberInEnglishAndRussian() throws Exception {
        LetterView letter = outgoingLetterWithAnOutcome();

        assertThat(entriesText(page(auditor, "en", "")))
                .contains("Letter " + letter.reference() + ": reply outcome recorded")
                .contains("Letter " + letter.reference() + ": registered");
        assertThat(entriesText(page(auditor, "ru", "")))
                .contains("Письмо " + letter.reference() + ": записан результат ответа");
        assertThat(entriesText(page(auditor, "tg", "")))
                .contains("Мактуб " + letter.reference() + ": натиҷаи ҷавоб сабт шуд");
        assertThat(page(auditor, "en", "")).contains("href=\"/letters/" + letter.id() + "\"");

        String api = api(auditor, "ru", "kind=Letter");
        // the list shape of every API list, read by keyset: no page number, not counted
        assertThat(JsonPath.<Map<String, Object>>read(api, "$")).containsOnlyKeys("items", "page", "size", "total",
                "totalExact", "hasNext", "next");
        assertThat(JsonPath.<Object>read(api, "$.page")).isNull();
        assertThat(JsonPath.<Integer>read(api, "$.size")).isEqualTo(50);
        List<String> sentences = JsonPath.read(api, "$.items[*].sentence");
        assertThat(sentences).contains("Письмо " + letter.reference() + ": записан результат ответа");
        assertThat(JsonPath.<List<String>>read(api, "$.items[*].href")).contains("/letters/" + letter.id());
    }

    @Test
    void noEntryShowsAClassNameARawConstantOrNull() throws Exception {
        entriesOfEveryKind();
        Pattern qualifiedClassName = Pattern.compile("\\b[a-z]+(\\.[a-z0-9]+)+\\.[A-Z]\\w*");
        Pattern constant = Pattern.compile("(?<![\\w-])[A-Z][A-Z0-9]*_[A-Z0-9_]+(?![\\w-])|(?<![\\w-])("
                + String.join("|", constants()) + ")(?![\\w-])");
        Pattern typeName = Pattern.compile("(?<![\\w-])[A-Z][a-z]+[A-Z][A-Za-z]*(?![\\w-])");
        for (String language : List.of("en", "ru", "tg")) {
            String text = entriesText(page(auditor, language, ""));
            assertThat(qualifiedClassName.matcher(text).results().map(MatchResult::group).toList()).as(language).isEmpty();
            assertThat(constant.matcher(text).results().map(MatchResult::group).toList()).as(language).isEmpty();
            assertThat(typeName.matcher(text).results().map(MatchResult::group).toList()).as(language).isEmpty();
            assertThat(text).as(language).doesNotContainPattern("(?i)\\bnull\\b");
            if (!language.equals("en")) {
                for (String kind : AuditEntryWording.KINDS.keySet()) {
                    assertThat(text).as(language + ": the kind is translated").doesNotContainPattern("\\b" + kind + "\\b");
                }
            }
        }
        String english = entriesText(page(auditor, "en", ""));
        assertThat(english).contains("Record: details changed")
                .contains("Calendar day Tajikistan 2026-03-21: day added")
                .contains("API token deploy script: token revoked")
                .contains("User: sign-in failed")
                .contains("Vocabulary term Penal colony (Type of place): withdrawn from use");
    }

    @Test
    void filtersByUserKindActionAndPeriod() throws Exception {
        String alice = "alice-" + CounterpartMother.marker();
        String bob = "bob-" + CounterpartMother.marker();
        audit.recordFor(institution, alice, AuditAction.CREATE, "Place", UUID.randomUUID(), AuditOutcome.SUCCESS, null);
        audit.recordFor(institution, alice, AuditAction.CREATE, "Place", UUID.randomUUID(), AuditOutcome.SUCCESS, null);
        audit.recordFor(institution, alice, AuditAction.READ, "Letter", UUID.randomUUID(), AuditOutcome.SUCCESS, null);
        audit.recordFor(institution, bob, AuditAction.UPDATE, "Place", UUID.randomUUID(), AuditOutcome.SUCCESS, null);
        audit.recordFor(institution, bob, AuditAction.EXPORT, "Person", UUID.randomUUID(), AuditOutcome.SUCCESS, null);

        assertThat(field(api(auditor, "en", "user=" + alice), "actor")).containsExactly(alice, alice, alice);
        assertThat(field(api(auditor, "en", "kind=Place"), "kind")).containsExactly("Place", "Place", "Place");
        assertThat(field(api(auditor, "en", "user=" + alice + "&kind=Place"), "actor")).hasSize(2);
        assertThat(field(api(auditor, "en", "action=READ"), "actor")).containsExactly(alice);
        assertThat(field(api(auditor, "en", "action=EXPORT"), "kind")).containsExactly("Person");
        String sensitive = api(auditor, "en", "sensitive=true");
        assertThat(field(sensitive, "action")).containsExactly("EXPORT", "READ");
        assertThat(JsonPath.<List<Boolean>>read(sensitive, "$.items[*].sensitiveRead")).containsOnly(true);
        assertThat(field(api(auditor, "en", "sensitive=true&action=CREATE"), "action")).isEmpty();

        String sensitivePage = page(auditor, "en", "?sensitive=true");
        assertThat(sensitivePage.split("class=\"sensitive-read\"", -1)).hasSize(3);
        assertThat(entriesText(sensitivePage)).contains("Sensitive read Letter: confidential record opened")
                .contains("Sensitive read Person: data exported");
        assertThat(entriesText(page(auditor, "en", "?user=" + bob))).contains("Place: details changed")
                .doesNotContain("Place: created");

        Instant written = Instant.parse(JsonPath.read(api(auditor, "en", "user=" + alice), "$.items[0].occurredAt"));
        LocalDate day = LocalDate.ofInstant(written, ZoneId.systemDefault());
        assertThat(field(api(auditor, "en", "user=" + alice + "&from=" + day + "&to=" + day), "actor")).hasSize(3);
        assertThat(field(api(auditor, "en", "user=" + alice + "&from=" + day.plusDays(1)), "actor")).isEmpty();
        assertThat(field(api(auditor, "en", "user=" + alice + "&to=" + day.minusDays(1)), "actor")).isEmpty();
    }

    @Test
    void keysetPagesReturnEveryEntryExactlyOnceWhileOthersWrite() throws Exception {
        String writer = "pager-" + CounterpartMother.marker();
        for (int i = 0; i < 40; i++) {
            audit.recordFor(institution, writer, AuditAction.UPDATE, "Letter", "K-" + i, AuditOutcome.SUCCESS, null);
        }
        List<Long> before = seqs(api(auditor, "en", "user=" + writer + "&size=200"));
        assertThat(before).hasSize(40);

        ExecutorService others = Executors.newFixedThreadPool(2);
        List<Future<?>> writes = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            int n = i;
            writes.add(others.submit(() -> audit.recordFor(institution, writer, AuditAction.CREATE, "Letter",
                    "C-" + n, AuditOutcome.SUCCESS, null)));
        }
        List<Long> seen = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            String answer = api(auditor, "en", "user=" + writer + "&size=7" + (after == null ? "" : "&after=" + after));
            seen.addAll(seqs(answer));
            after = JsonPath.read(answer, "$.next");
            pages++;
            // a writer between two pages as well as the threads: an offset would now repeat entries
            audit.recordFor(institution, writer, AuditAction.CREATE, "Letter", "between-" + pages,
                    AuditOutcome.SUCCESS, null);
        } while (after != null && pages < 100);
        for (Future<?> write : writes) {
            write.get();
        }
        others.shutdown();

        assertThat(seen).doesNotHaveDuplicates().containsAll(before)
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(audit.verify(institution).intact()).isTrue();
    }

    @Test
    void thePagerCarriesTheLastSequenceNumberAndTheFilters() throws Exception {
        String writer = "many-" + CounterpartMother.marker();
        for (int i = 0; i < 55; i++) {
            audit.recordFor(institution, writer, AuditAction.UPDATE, "Letter", "P-" + i, AuditOutcome.SUCCESS, null);
        }
        List<Long> first = seqs(api(auditor, "en", "user=" + writer + "&size=50"));
        String html = page(auditor, "en", "?user=" + writer);
        assertThat(html).contains("href=\"/audit?user=" + writer + "&amp;after=" + first.get(49) + "\"")
                .doesNotContain("page=").doesNotContain("rel=\"first\"");
        String second = page(auditor, "en", "?user=" + writer + "&after=" + first.get(49));
        assertThat(second.split("<tr id=\"entry-", -1)).hasSize(6);
        assertThat(second).contains("rel=\"first\"").doesNotContain("rel=\"next\"");

        String fragment = mvc.perform(withAuditor(get("/audit").param("user", writer), "en")
                .header("HX-Request", "true")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(fragment).doesNotContain("<html").contains("id=\"audit-filters\"").contains("id=\"audit-entries\"")
                .contains("hx-get=\"/audit?user=" + writer + "&amp;after=" + first.get(49) + "\"");
    }

    @Test
    void theChainItselfHoldsNoNameSubjectCodeOrFileNameOfAProtectedRecord() {
        UUID legal = users.team(institution, "Legal");
        HuquqUser lawyer = users.user(institution, Role.CASE_OFFICER, legal);
        String marker = CounterpartMother.marker();
        var site = as(lawyer, () -> places.create(PlaceMother.colony().named("Site " + marker, "Объект " + marker,
                "Иншооти " + marker).code("SEC-" + marker).level(Confidentiality.STRICTLY_CONFIDENTIAL, legal)
                .build()));
        LetterView letter = as(lawyer, () -> letters.register(LetterMother.outgoing(commissioner)
                .subject("Witness Rahimov " + marker).level(Confidentiality.STRICTLY_CONFIDENTIAL, legal).register()));
        LetterView attached = as(lawyer, () -> letters.attach(letter.id(), letter.version(),
                new java.io.ByteArrayInputStream(org.huquq.shared.files.FileStoreTests.PDF), "rahimov-" + marker + ".pdf"));
        as(lawyer, () -> letters.addTranslation(letter.id(), attached.version(), new org.huquq.correspondence
                .LetterTranslationView("tg", "Шоҳид " + marker, "Матн", "Translator " + marker, LocalDate.of(2024, 10, 9))));
        as(lawyer, () -> letters.attachment(letter.id(), 0));

        List<AuditEntryView> entries = new ArrayList<>(audit.history(institution, "Place", site.id()));
        entries.addAll(audit.history(institution, "Letter", letter.id()));
        assertThat(entries).extracting(AuditEntryView::detail).hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(detail -> assertThat(detail).doesNotContain(marker))
                .anySatisfy(detail -> assertThat(detail).contains("level STRICTLY_CONFIDENTIAL"))
                .anySatisfy(detail -> assertThat(detail).contains("attachment sha256 "));
    }

    @Test
    void aRecordTheReaderMayNotReadIsNeitherNamedNorLinked() throws Exception {
        UUID legal = users.team(institution, "Legal");
        UUID visits = users.team(institution, "Visits");
        HuquqUser lawyer = users.user(institution, Role.CASE_OFFICER, legal);
        HuquqUser monitor = users.user(institution, Role.MONITOR, visits);
        HuquqUser auditorOfVisits = users.user(institution, Role.AUDITOR, visits);
        String secretSubject = "Секретно " + CounterpartMother.marker();
        LetterView otherTeams = as(lawyer, () -> letters.register(LetterMother.outgoing(commissioner)
                .subject(secretSubject).level(Confidentiality.STRICTLY_CONFIDENTIAL, legal).register()));
        LetterView ownTeams = as(monitor, () -> letters.register(LetterMother.outgoing(commissioner)
                .level(Confidentiality.STRICTLY_CONFIDENTIAL, visits).register()));
        var hiddenPerson = as(lawyer, () -> persons.register(PersonMother.named("Раҳимов", "Ҷамшед")
                .level(Confidentiality.STRICTLY_CONFIDENTIAL, legal).build()));

        String html = page(auditorOfVisits, "en", "");
        assertThat(html).doesNotContain(otherTeams.reference()).doesNotContain("/letters/" + otherTeams.id())
                .doesNotContain(secretSubject).doesNotContain(hiddenPerson.reference())
                .doesNotContain("/persons/" + hiddenPerson.id())
                .contains(ownTeams.reference()).contains("href=\"/letters/" + ownTeams.id() + "\"");
        assertThat(entriesText(html)).contains("Letter (a record not available to you): registered")
                .contains("Person (a record not available to you): registered");

        String api = api(auditorOfVisits, "en", "kind=Letter&user=" + lawyer.username());
        assertThat(JsonPath.<List<Boolean>>read(api, "$.items[*].restricted")).containsExactly(true);
        assertThat(JsonPath.<List<Object>>read(api, "$.items[*].label")).containsOnlyNulls();
        assertThat(JsonPath.<List<Object>>read(api, "$.items[*].href")).containsOnlyNulls();
        assertThat(JsonPath.<List<Object>>read(api, "$.items[*].detail")).containsOnlyNulls();
        assertThat(api).doesNotContain(secretSubject).doesNotContain(otherTeams.reference());

        // the head may read everything: the same entries are named and linked for her
        assertThat(page(head, "en", "")).contains(otherTeams.reference())
                .contains("href=\"/letters/" + otherTeams.id() + "\"").contains(hiddenPerson.reference());
    }

    @Test
    void aReversedPeriodIsAFieldErrorInTheReadersLanguage() throws Exception {
        mvc.perform(withAuditor(get("/audit").param("from", "2026-02-01").param("to", "2026-01-01"), "ru"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("filter", "to", "audit.trail.filter.reversed"))
                .andExpect(content().string(containsString("Период заканчивается раньше, чем начинается")))
                .andExpect(content().string(containsString("id=\"to-error\"")));
        mvc.perform(withAuditor(get("/audit").param("from", "2026-02-01").param("to", "2026-01-01"), "tg"))
                .andExpect(content().string(containsString("Давра пеш аз оғозаш ба охир мерасад")));
        mvc.perform(withAuditor(get("/api/v1/audit").param("from", "2026-02-01").param("to", "2026-01-01"), "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(withAuditor(get("/audit").param("from", "2026-01-01").param("to", "2026-01-01"), "en"))
                .andExpect(model().hasNoErrors());
    }

    @Test
    void everyKindTheModulesNameHasWords() {
        assertThat(AuditEntryWording.KINDS.keySet()).containsAll(trail.labelledTypes());
    }

    private LetterView outgoingLetterWithAnOutcome() {
        LetterView letter = as(clerk, () -> letters.register(LetterMother.outgoing(commissioner).register()));
        as(clerk, () -> letters.recordOutcome(letter.id(), letter.version(), new RecordOutcome(
                ReplyDeadlineOutcomeKind.ACKNOWLEDGED, LocalDate.of(2024, 10, 20), "Получено", null)));
        return letter;
    }

    /** Entries as the application writes them, of every kind of record, plus a kind it does not know yet. */
    private void entriesOfEveryKind() {
        LetterView letter = outgoingLetterWithAnOutcome();
        UUID casework = users.team(institution, "Casework");
        HuquqUser officer = users.user(institution, Role.CASE_OFFICER, casework);
        LetterView confidential = as(officer, () -> letters.register(LetterMother.outgoing(commissioner)
                .level(Confidentiality.CONFIDENTIAL, casework).register()));
        as(head, () -> letters.get(confidential.id()));
        as(clerk, () -> persons.register(PersonMother.named("Раҳмонов", "Алишер").build()));
        as(clerk, () -> places.create(PlaceMother.colony().build()));
        CommitmentView commitment = as(clerk, () -> commitments.create(CommitmentMother.pledgeBy(commissioner)
                .build()));
        as(clerk, () -> commitments.addFollowUp(commitment.id(), commitment.version(),
                CommitmentMother.step(LocalDate.of(2025, 1, 10), CommitmentStatus.IN_PROGRESS)));
        as(clerk, () -> communications.create(CommunicationMother.call().with(commissioner).build()));
        as(clerk, () -> {
            UUID token = tokens.create(clerk, "deploy script", null).id();
            tokens.revoke(clerk, token);
            return token;
        });
        users.team(institution, "Monitors");
        audit.recordFor(institution, clerk.username(), AuditAction.UPDATE, "VocabularyTerm", UUID.randomUUID(),
                AuditOutcome.SUCCESS, "place-type/PENAL_COLONY deprecated");
        audit.recordFor(institution, clerk.username(), AuditAction.CREATE, "CalendarDay", UUID.randomUUID(),
                AuditOutcome.SUCCESS, "TJ 2026-03-21 HOLIDAY");
        audit.recordFor(institution, clerk.username(), AuditAction.UPDATE, "ReplyRule", UUID.randomUUID(),
                AuditOutcome.SUCCESS, "RU-59-FZ deprecated");
        audit.recordFor(institution, clerk.username(), AuditAction.UPDATE, "DuplicateCandidates", institution,
                AuditOutcome.SUCCESS, "3 candidates");
        audit.recordFor(institution, clerk.username(), AuditAction.LOGIN_SUCCESS, "User", clerk.userId(),
                AuditOutcome.SUCCESS, "password; second factor pending");
        audit.recordFor(institution, "nobody-" + CounterpartMother.marker().toLowerCase(), AuditAction.LOGIN_FAILURE,
                "User", null, AuditOutcome.FAILURE, "BadCredentialsException");
        audit.recordFor(institution, clerk.username(), AuditAction.DELETE, "SomethingNew", UUID.randomUUID(),
                AuditOutcome.DENIED, "STRICTLY_CONFIDENTIAL null org.huquq.somewhere.SomethingNew");
        audit.recordFor(institution, clerk.username(), AuditAction.UPDATE, "SomethingNew", "x",
                AuditOutcome.SUCCESS, null);
        audit.recordFor(institution, "system", AuditAction.EXPORT, null, null, AuditOutcome.SUCCESS, null);
        assertThat(letter.reference()).startsWith("OUT-");
    }

    /** The names of every enum constant an entry is built from, which must never reach a reader. */
    private static List<String> constants() {
        List<String> names = new ArrayList<>();
        for (Enum<?>[] values : List.<Enum<?>[]>of(AuditAction.values(), AuditOutcome.values(),
                Confidentiality.values(), CommitmentStatus.values(), ReplyDeadlineOutcomeKind.values(),
                Role.values())) {
            for (Enum<?> value : values) {
                names.add(value.name());
            }
        }
        names.addAll(List.of("HOLIDAY", "COLONY", "MINISTRY", "OMBUDSMAN", "CALL", "MEETING", "PLEDGE", "RU-59-FZ"));
        return names;
    }

    private MockHttpServletRequestBuilder withAuditor(MockHttpServletRequestBuilder request, String language) {
        return request.with(authentication(TestUsers.signedIn(auditor))).sessionAttr(LANGUAGE, language);
    }

    private String page(HuquqUser reader, String language, String query) throws Exception {
        return mvc.perform(get("/audit" + query).with(authentication(TestUsers.signedIn(reader)))
                .sessionAttr(LANGUAGE, language)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private String api(HuquqUser reader, String language, String query) throws Exception {
        return mvc.perform(get("/api/v1/audit?" + query).with(authentication(TestUsers.signedIn(reader)))
                .header("Accept-Language", language).sessionAttr(LANGUAGE, language)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private static List<String> field(String answer, String name) {
        List<Map<String, Object>> items = JsonPath.read(answer, "$.items");
        return items.stream().map(item -> String.valueOf(item.get(name))).toList();
    }

    private static List<Long> seqs(String answer) {
        List<Number> seqs = JsonPath.read(answer, "$.items[*].seq");
        return seqs.stream().map(Number::longValue).toList();
    }

    /** The text a reader sees in the rows of the trail, tags removed, entities decoded, spaces collapsed. */
    private static String entriesText(String html) {
        int table = html.indexOf("id=\"audit-entries\"");
        assertThat(table).as("the page lists entries").isPositive();
        String body = html.substring(html.indexOf("<tbody>", table), html.indexOf("</tbody>", table));
        return HtmlUtils.htmlUnescape(body.replaceAll("<[^>]+>", "")).replaceAll("\\s+", " ").strip();
    }
}
