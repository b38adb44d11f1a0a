package org.huquq.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.huquq.support.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.huquq.commitments.CommitmentManagement;
import org.huquq.commitments.CommitmentMother;
import org.huquq.commitments.CommitmentView;
import org.huquq.correspondence.CommunicationManagement;
import org.huquq.correspondence.CommunicationMother;
import org.huquq.correspondence.CommunicationView;
import org.huquq.correspondence.LetterManagement;
import org.huquq.correspondence.LetterMother;
import org.huquq.correspondence.LetterView;
import org.huquq.counterparts.CounterpartManagement;
import org.huquq.counterparts.CounterpartMother;
import org.huquq.counterparts.CounterpartView;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.places.PlaceManagement;
import org.huquq.places.PlaceMother;
import org.huquq.places.PlaceView;
import org.huquq.shared.Confidentiality;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * Every list that can grow large is read by keyset, in the API (following {@code next}) and on its page (following
 * the Next link): each record the reader may see comes exactly once, in the list's order, while others record new
 * ones between two reads; records of another team, kept strictly confidential and sorting between the reader's, show
 * on no page; and a cursor that is not one of ours is a 400 naming {@code after}. Each test has an institution of its
 * own, so that its lists hold its records only.
 */
@SpringBootTest
@AutoConfigureMockMvc
class KeysetPagingTests {

    /** More than one page of the pages' 25 rows. */
    static final int RECORDS = 27;

    static final Pattern NEXT = Pattern.compile("<a class=\"next\" rel=\"next\" href=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    LetterManagement letters;

    @Autowired
    CommunicationManagement communications;

    @Autowired
    CommitmentManagement commitments;

    @Autowired
    PlaceManagement places;

    @Autowired
    CounterpartManagement counterparts;

    UUID institution;
    /** The team whose strictly confidential records the reader may not see. */
    UUID hiddenTeam;
    HuquqUser reader;
    HuquqUser otherTeam;
    UUID counterpart;
    /** How many records a test added between two reads: the institutions' have to differ. */
    int inserts;

    @BeforeEach
    void institution() {
        institution = users.institution();
        hiddenTeam = users.team(institution, "Visits");
        reader = users.user(institution, EnumSet.of(Role.CASE_OFFICER, Role.REGISTRY_CLERK, Role.MONITOR),
                users.team(institution, "Complaints"));
        otherTeam = users.user(institution, EnumSet.of(Role.CASE_OFFICER, Role.MONITOR), hiddenTeam);
        counterpart = as(reader, () -> counterparts.create(CounterpartMother.ombudsman().build())).id();
    }

    @Test
    void lettersNewestRegistrationFirst() throws Exception {
        List<LetterView> visible = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            visible.add(letter(reader, LocalDate.of(2024, 1, 1).plusDays(i / 3), Confidentiality.INTERNAL, null));
        }
        letter(otherTeam, LocalDate.of(2024, 1, 2), Confidentiality.STRICTLY_CONFIDENTIAL, hiddenTeam);
        letter(otherTeam, LocalDate.of(2024, 1, 8), Confidentiality.STRICTLY_CONFIDENTIAL, hiddenTeam);
        readEveryRecordOnceInOrder(new KeysetList("/api/v1/letters", "/letters", "letters", "$.items[*].id"),
                visible, LetterView::id, Comparator.comparing(LetterView::registeredOn)
                        .thenComparing(LetterView::id).reversed(),
                () -> letter(reader, LocalDate.of(2024, 12, 31), Confidentiality.INTERNAL, null),
                () -> letter(reader, LocalDate.of(2023, 1, 1), Confidentiality.INTERNAL, null));
    }

    @Test
    void overdueLettersLongestOverdueFirst() throws Exception {
        List<LetterView> visible = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            visible.add(overdue(reader, LocalDate.of(2024, 11, 1).plusDays(i / 3), Confidentiality.INTERNAL, null));
        }
        overdue(otherTeam, LocalDate.of(2024, 11, 2), Confidentiality.STRICTLY_CONFIDENTIAL, hiddenTeam);
        overdue(otherTeam, LocalDate.of(2024, 11, 7), Confidentiality.STRICTLY_CONFIDENTIAL, hiddenTeam);
        readEveryRecordOnceInOrder(new KeysetList("/api/v1/letters/overdue?on=2029-01-01",
                "/letters/overdue?on=2029-01-01", "letters", "$.items[*].id"), visible, LetterView::id,
                Comparator.comparing((LetterView l) -> l.replyDeadline().replyBy()).thenComparing(LetterView::id),
                () -> overdue(reader, LocalDate.of(2024, 10, 10), Confidentiality.INTERNAL, null),
                () -> overdue(reader, LocalDate.of(2028, 12, 1), Confidentiality.INTERNAL, null));
    }

    @Test
    void callsNewestFirstThoseWithoutATimeFirstOfTheirDay() throws Exception {
        List<CommunicationView> visible = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            // three a day: two at a time of day (one of them twice), one without
            LocalTime time = i % 3 == 2 ? null : LocalTime.of(10, 0);
            visible.add(call(reader, LocalDate.of(2024, 3, 1).plusDays(i / 3), time, Confidentiality.INTERNAL, null));
        }
        call(otherTeam, LocalDate.of(2024, 3, 2), LocalTime.of(9, 0), Confidentiality.STRICTLY_CONFIDENTIAL,
                hiddenTeam);
        call(otherTeam, LocalDate.of(2024, 3, 5), null, Confidentiality.STRICTLY_CONFIDENTIAL, hiddenTeam);
        Comparator<CommunicationView> oldestFirst = Comparator.comparing(CommunicationView::occurredOn)
                .thenComparing(CommunicationView::occurredTime, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(CommunicationView::id);
        readEveryRecordOnceInOrder(new KeysetList("/api/v1/communications", "/communications", "communications",
                "$.items[*].id"), visible, CommunicationView::id, oldestFirst.reversed(),
                () -> call(reader, LocalDate.of(2024, 12, 1), null, Confidentiality.INTERNAL, null),
                () -> call(reader, LocalDate.of(2023, 1, 1), LocalTime.of(8, 0), Confidentiality.INTERNAL, null));
    }

    @Test
    void commitmentsMostRecentlyMadeFirst() throws Exception {
        List<CommitmentView> visible = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            visible.add(commitment(reader, LocalDate.of(2024, 5, 1).plusDays(i / 3), Confidentiality.INTERNAL, null));
        }
        commitment(otherTeam, LocalDate.of(2024, 5, 2), Confidentiality.STRICTLY_CONFIDENTIAL, hiddenTeam);
        commitment(otherTeam, LocalDate.of(2024, 5, 6), Confidentiality.STRICTLY_CONFIDENTIAL, hiddenTeam);
        readEveryRecordOnceInOrder(new KeysetList("/api/v1/commitments", "/commitments", "commitments",
                "$.items[*].id"), visible, CommitmentView::id,
                Comparator.comparing(CommitmentView::madeOn).thenComparing(CommitmentView::id).reversed(),
                () -> commitment(reader, LocalDate.of(2024, 12, 1), Confidentiality.INTERNAL, null),
                () -> commitment(reader, LocalDate.of(2023, 1, 1), Confidentiality.INTERNAL, null));
    }

    @Test
    void commitmentsWithoutAStepLongestSilentFirst() throws Exception {
        List<CommitmentView> visible = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            visible.add(commitment(reader, LocalDate.of(2024, 5, 1).plusDays(i / 3), Confidentiality.INTERNAL, null));
        }
        commitment(otherTeam, LocalDate.of(2024, 5, 2), Confidentiality.STRICTLY_CONFIDENTIAL, hiddenTeam);
        commitment(otherTeam, LocalDate.of(2024, 5, 6), Confidentiality.STRICTLY_CONFIDENTIAL, hiddenTeam);
        readEveryRecordOnceInOrder(new KeysetList("/api/v1/commitments/no-step-reported?days=0",
                "/commitments/no-step?days=0", "no-step", "$.items[*].commitment.id"), visible, CommitmentView::id,
                Comparator.comparing(CommitmentView::silentSince).thenComparing(CommitmentView::id),
                () -> commitment(reader, LocalDate.of(2023, 1, 1), Confidentiality.INTERNAL, null),
                () -> commitment(reader, LocalDate.now().minusDays(1), Confidentiality.INTERNAL, null));
    }

    @Test
    void placesByName() throws Exception {
        String marker = CounterpartMother.marker();
        List<PlaceView> visible = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            visible.add(place(reader, "Colony " + (10 + i / 3) + " " + marker, Confidentiality.INTERNAL, null));
        }
        place(otherTeam, "Colony 10 " + marker, Confidentiality.STRICTLY_CONFIDENTIAL, hiddenTeam);
        place(otherTeam, "Colony 14 " + marker, Confidentiality.STRICTLY_CONFIDENTIAL, hiddenTeam);
        readEveryRecordOnceInOrder(new KeysetList("/api/v1/places", "/places", "places", "$.items[*].id"), visible,
                PlaceView::id, Comparator.comparing(PlaceView::nameEn).thenComparing(PlaceView::id),
                () -> place(reader, "Colony 01 " + marker, Confidentiality.INTERNAL, null),
                () -> place(reader, "Colony 99 " + marker, Confidentiality.INTERNAL, null));
    }

    @Test
    void institutionsByName() throws Exception {
        String marker = CounterpartMother.marker();
        List<CounterpartView> visible = new ArrayList<>();
        visible.add(as(reader, () -> counterparts.get(counterpart)));
        String[] countries = { "RU", "TJ", "KZ" };
        for (int i = 1; i < RECORDS; i++) {
            // the same name in three countries: ties broken by id
            visible.add(institution(reader, "Border Service " + (10 + i / 3) + " " + marker, countries[i % 3]));
        }
        // another institution's registry, whose bodies sort between ours
        HuquqUser stranger = users.user(users.institution(), Role.REGISTRY_CLERK);
        institution(stranger, "Border Service 12 " + marker, "UZ");
        readEveryRecordOnceInOrder(new KeysetList("/api/v1/institutions", "/institutions", "institutions",
                "$.items[*].id"), visible, CounterpartView::id,
                Comparator.comparing(CounterpartView::nameEn).thenComparing(CounterpartView::id),
                () -> institution(reader, "Border Service 01 " + marker, countries[inserts++ % 3]),
                () -> institution(reader, "Zoning Board " + marker, countries[inserts++ % 3]));
    }

    @Test
    void theAuditTrailRefusesACursorThatIsNoSequenceNumber() throws Exception {
        HuquqUser auditor = users.user(institution, Role.AUDITOR);
        mvc.perform(get("/api/v1/audit").param("after", "12; drop table").with(authentication(
                TestUsers.signedIn(auditor)))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("after"));
        mvc.perform(get("/audit").param("after", "twelve").with(authentication(TestUsers.signedIn(auditor))))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("“after”")));
    }

    /** One keyset list: its address in the API and as a page, its table's id there, and its items' ids in JSON. */
    record KeysetList(String api, String page, String table, String idPath) {
    }

    /**
     * Reads the list through the API in pages of 10 and through its page (pages of 25), each to its end, recording
     * a record that sorts first and one that sorts last after the first page: the first is not seen (its place was
     * read already, and an offset would now repeat a row), the last is, in its place. Then sends cursors that are not
     * ours.
     */
    <T> void readEveryRecordOnceInOrder(KeysetList list, List<T> visible, Function<T, UUID> id, Comparator<T> order,
            Supplier<T> sortsFirst, Supplier<T> sortsLast) throws Exception {
        List<T> inserted = new ArrayList<>();
        List<UUID> seen = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            String answer = api(list.api(), after);
            seen.addAll(JsonPath.<List<String>>read(answer, list.idPath()).stream().map(UUID::fromString).toList());
            after = JsonPath.read(answer, "$.next");
            if (pages++ == 0) {
                assertThat(after).as("a list longer than a page has a next page").isNotNull();
                inserted.add(sortsFirst.get());
                inserted.add(sortsLast.get());
            }
        } while (after != null && pages < 20);
        assertThat(seen).as(list.api()).containsExactlyElementsOf(ids(visible, inserted.get(1), id, order))
                .doesNotContain(id.apply(inserted.get(0)));
        visible.addAll(inserted);

        inserted.clear();
        seen.clear();
        String html = page(list.page());
        String firstNext = null;
        pages = 0;
        while (true) {
            seen.addAll(rows(html, list.table()));
            Matcher next = NEXT.matcher(html);
            if (pages++ == 0) {
                assertThat(next.find()).as("a list longer than a page has a Next link").isTrue();
                firstNext = HtmlUtils.htmlUnescape(next.group(1));
                next.reset();
                inserted.add(sortsFirst.get());
                inserted.add(sortsLast.get());
            }
            if (!next.find() || pages > 20) {
                break;
            }
            html = page(HtmlUtils.htmlUnescape(next.group(1)));
            assertThat(html).contains("rel=\"first\"");
        }
        assertThat(seen).as(list.page()).containsExactlyElementsOf(ids(visible, inserted.get(1), id, order))
                .doesNotContain(id.apply(inserted.get(0)));

        String cursor = firstNext.substring(firstNext.indexOf("after=") + "after=".length()).split("&")[0];
        for (String tampered : tampered(cursor)) {
            mvc.perform(get(list.api()).param("after", tampered).with(authentication(TestUsers.signedIn(reader))))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("after"));
            mvc.perform(get(list.page()).param("after", tampered).with(authentication(TestUsers.signedIn(reader))))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("“after”")));
        }
    }

    /** A cursor cut short, one whose text was changed into no date and no name, and one that is no token. */
    static List<String> tampered(String cursor) {
        String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        String broken = text.matches("\\d{4}-\\d{2}-\\d{2}\\|.*") ? "2024-13-45" + text.substring(10)
                : "not-an-id" + text.substring(36);
        return List.of(cursor.substring(0, cursor.length() / 2 + 1),
                Base64.getUrlEncoder().withoutPadding().encodeToString(broken.getBytes(StandardCharsets.UTF_8)),
                "%%% or 1=1");
    }

    String api(String path, String after) throws Exception {
        var request = get(path).param("size", "10").with(authentication(TestUsers.signedIn(reader)));
        if (after != null) {
            request.param("after", after);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    String page(String path) throws Exception {
        return mvc.perform(get(path).with(authentication(TestUsers.signedIn(reader)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The ids of the records a page's table links to, in its order. */
    static List<UUID> rows(String html, String table) {
        int start = html.indexOf("id=\"" + table + "\"");
        if (start < 0) {
            return List.of();
        }
        String rows = html.substring(start, html.indexOf("</table>", start));
        Matcher link = Pattern.compile("href=\"/[a-z-]+/([0-9a-f-]{36})\"").matcher(rows);
        List<UUID> ids = new ArrayList<>();
        while (link.find()) {
            ids.add(UUID.fromString(link.group(1)));
        }
        return ids;
    }

    /** The ids of the records and one more, in the list's order. */
    static <T> List<UUID> ids(List<T> records, T more, Function<T, UUID> id, Comparator<T> order) {
        List<T> all = new ArrayList<>(records);
        all.add(more);
        return all.stream().sorted(order).map(id).toList();
    }

    LetterView letter(HuquqUser by, LocalDate registeredOn, Confidentiality level, UUID levelTeam) {
        return as(by, () -> letters.register(LetterMother.outgoing(counterpart).registeredOn(registeredOn)
                .signedOn(registeredOn).sentOn(registeredOn).noReplyExpected().level(level, levelTeam).register()));
    }

    LetterView overdue(HuquqUser by, LocalDate replyBy, Confidentiality level, UUID levelTeam) {
        return as(by, () -> letters.register(LetterMother.outgoing(counterpart).replyBy(replyBy)
                .level(level, levelTeam).register()));
    }

    CommunicationView call(HuquqUser by, LocalDate on, LocalTime at, Confidentiality level, UUID levelTeam) {
        CommunicationMother call = CommunicationMother.call().with(counterpart).on(on).level(level, levelTeam);
        return as(by, () -> communications.create((at == null ? call : call.at(at)).build()));
    }

    CommitmentView commitment(HuquqUser by, LocalDate madeOn, Confidentiality level, UUID levelTeam) {
        CommitmentMother pledge = CommitmentMother.pledgeBy(counterpart).madeOn(madeOn);
        return as(by, () -> commitments.create((levelTeam == null ? pledge
                : pledge.protectedAs(level, levelTeam)).build()));
    }

    PlaceView place(HuquqUser by, String name, Confidentiality level, UUID levelTeam) {
        return as(by, () -> places.create(PlaceMother.colony().named(name, null, null).level(level, levelTeam)
                .build()));
    }

    CounterpartView institution(HuquqUser by, String name, String country) {
        return as(by, () -> counterparts.create(CounterpartMother.ministry().named(name, null, null).in(country)
                .build()));
    }
}
