package org.huquq.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huquq.support.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.huquq.commitments.CommitmentManagement;
import org.huquq.commitments.CommitmentMother;
import org.huquq.correspondence.CommunicationManagement;
import org.huquq.correspondence.CommunicationMother;
import org.huquq.correspondence.LetterManagement;
import org.huquq.correspondence.LetterMother;
import org.huquq.counterparts.CounterpartManagement;
import org.huquq.counterparts.CounterpartMother;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.people.PersonManagement;
import org.huquq.people.PersonMother;
import org.huquq.places.PlaceManagement;
import org.huquq.places.PlaceMother;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Every list of the API answers in one shape, and a search that cannot match anything finds nobody. */
@SpringBootTest
@AutoConfigureMockMvc
class ApiListTests {

    /** The lists of the API that take a free-text search, with the parameter that carries it. */
    static final Map<String, String> SEARCHES = Map.of("/api/v1/persons", "name", "/api/v1/places", "q",
            "/api/v1/letters", "q", "/api/v1/institutions", "q", "/api/v1/commitments", "q");

    /** Searches made only of punctuation and spaces, as people type them by mistake. */
    static final List<String> PUNCTUATION = List.of("\"", "...", "«»", "-", "*", "%", "_", "'", " ? ", "№");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    PlaceManagement places;

    @Autowired
    PersonManagement persons;

    @Autowired
    CounterpartManagement counterparts;

    @Autowired
    LetterManagement letters;

    @Autowired
    CommunicationManagement communications;

    @Autowired
    CommitmentManagement commitments;

    HuquqUser officer;
    HuquqUser admin;

    /** One record of every kind, so that a search that wrongly matches everything has something to show. */
    @BeforeEach
    void records() {
        UUID institution = users.institution();
        officer = users.user(institution, EnumSet.of(Role.CASE_OFFICER, Role.REGISTRY_CLERK, Role.MONITOR,
                Role.AUDITOR));
        admin = users.user(institution, Role.ADMINISTRATOR);
        as(officer, () -> places.create(PlaceMother.colony().build()));
        as(officer, () -> persons.register(PersonMother.named("Раҳимов", "Фаррух").document("400 123 456").build()));
        UUID commissioner = as(officer, () -> counterparts.create(CounterpartMother.ombudsman().build())).id();
        as(officer, () -> letters.register(LetterMother.outgoing(commissioner).register()));
        as(officer, () -> communications.create(CommunicationMother.call().with(commissioner)
                .on(LocalDate.of(2024, 4, 5)).build()));
        as(officer, () -> commitments.create(CommitmentMother.pledgeBy(commissioner).build()));
    }

    String read(HuquqUser user, String path, String... params) throws Exception {
        var request = get(path).with(authentication(TestUsers.signedIn(user)));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void everyListAnswersItemsWithItsPagingFacts() throws Exception {
        List<String> lists = List.of("/api/v1/persons", "/api/v1/places", "/api/v1/letters", "/api/v1/letters/overdue",
                "/api/v1/institutions", "/api/v1/communications", "/api/v1/commitments",
                "/api/v1/commitments/no-step-reported", "/api/v1/reminders", "/api/v1/persons/duplicates",
                "/api/v1/audit", "/api/v1/tokens", "/api/v1/reply-rules", "/api/v1/vocabularies");
        for (String list : lists) {
            Map<String, Object> answer = JsonPath.read(read(officer, list), "$");
            assertThat(answer).as(list).containsOnlyKeys("items", "page", "size", "total", "totalExact", "hasNext",
                    "next");
            assertThat(answer.get("items")).as(list).isInstanceOf(List.class);
            assertThat(answer.get("hasNext")).as(list).isInstanceOf(Boolean.class);
        }
        Map<String, Object> places = JsonPath.read(read(officer, "/api/v1/places", "size", "1"), "$");
        // read by keyset without text: no page number, a cursor while more follow, and the count of them all
        assertThat(places).containsEntry("page", null).containsEntry("size", 1).containsEntry("totalExact", true)
                .containsEntry("next", null);
        assertThat(((Number) places.get("total")).longValue()).isGreaterThanOrEqualTo(1);
        assertThat(JsonPath.<Map<String, Object>>read(read(admin, "/api/v1/users"), "$")).containsKey("items")
                .containsEntry("total", 2).containsEntry("hasNext", false);
        assertThat(JsonPath.<Map<String, Object>>read(read(officer, "/api/v1/calendars/TJ/holidays", "year", "2026"),
                "$")).containsEntry("totalExact", true);
    }

    @Test
    void aSearchMadeOnlyOfPunctuationFindsNobodyInEveryList() throws Exception {
        for (Map.Entry<String, String> search : SEARCHES.entrySet()) {
            assertThat(JsonPath.<List<Object>>read(read(officer, search.getKey()), "$.items")).as(search.getKey())
                    .isNotEmpty();
            for (String punctuation : PUNCTUATION) {
                String answer = read(officer, search.getKey(), search.getValue(), punctuation);
                assertThat(JsonPath.<List<Object>>read(answer, "$.items"))
                        .as(search.getKey() + "?" + search.getValue() + "=" + punctuation).isEmpty();
                assertThat(JsonPath.<Boolean>read(answer, "$.hasNext")).isFalse();
            }
        }
        for (String punctuation : PUNCTUATION) {
            assertThat(JsonPath.<List<Object>>read(read(officer, "/api/v1/persons", "document", punctuation),
                    "$.items")).as("document=" + punctuation).isEmpty();
            assertThat(JsonPath.<List<Object>>read(read(officer, "/api/v1/communications", "kind", punctuation),
                    "$.items")).as("kind=" + punctuation).isEmpty();
        }
    }
}
