package org.huquq.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.huquq.support.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.huquq.correspondence.LetterManagement;
import org.huquq.correspondence.LetterMother;
import org.huquq.correspondence.LetterView;
import org.huquq.counterparts.CounterpartManagement;
import org.huquq.counterparts.CounterpartMother;
import org.huquq.counterparts.CounterpartView;
import org.huquq.identity.ApiTokens;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.people.PersonManagement;
import org.huquq.people.PersonMother;
import org.huquq.shared.Confidentiality;
import org.huquq.shared.SearchHit;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The header search box: persons, institutions and letters found by name in another script or by a part of their
 * number, grouped by kind with exact hits first, and never a record the reader may not read.
 */
@SpringBootTest
@AutoConfigureMockMvc
class GlobalSearchTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    ApiTokens tokens;

    @Autowired
    GlobalSearch search;

    @Autowired
    CounterpartManagement counterparts;

    @Autowired
    PersonManagement persons;

    @Autowired
    LetterManagement letters;

    HuquqUser officer;
    HuquqUser monitor;
    CounterpartView commissioner;
    UUID person;
    UUID secretPerson;
    LetterView letter;
    LetterView secretLetter;

    @BeforeEach
    void records() {
        UUID institution = users.institution();
        UUID cases = users.team(institution, "Cases");
        UUID monitoring = users.team(institution, "Monitoring");
        officer = users.user(institution, Role.CASE_OFFICER, cases);
        monitor = users.user(institution, Role.MONITOR, monitoring);
        commissioner = as(officer, () -> counterparts.create(CounterpartMother.ombudsman()
                .named("High Commissioner for Human Rights " + CounterpartMother.marker(),
                        "Уполномоченный по правам человека " + CounterpartMother.marker(), null)
                .contact("Москалькова Татьяна Николаевна", "Уполномоченный", null, null).build()));
        person = as(officer, () -> persons.register(PersonMother.named("Ҷӯраев", "Фирӯз")
                .level(Confidentiality.INTERNAL, null).build())).id();
        secretPerson = as(monitor, () -> persons.register(PersonMother.named("Ҷӯраев", "Сӯҳроб")
                .level(Confidentiality.STRICTLY_CONFIDENTIAL, monitoring).build())).id();
        letter = as(officer, () -> letters.register(LetterMother.outgoing(commissioner.id())
                .subject("Задержанные после теракта в «Крокус Сити Холле»").register()));
        secretLetter = as(monitor, () -> letters.register(LetterMother.outgoing(commissioner.id())
                .subject("Крокус: показания свидетеля")
                .level(Confidentiality.STRICTLY_CONFIDENTIAL, monitoring).register()));
    }

    @Test
    void aTajikNameTypedInLatinLettersFindsThePersonButNotOneTheReaderMayNotRead() {
        List<SearchHit> hits = as(officer, () -> search.pick("persons", "Juraev", Locale.ENGLISH));
        assertThat(hits).extracting(SearchHit::id).contains(person.toString()).doesNotContain(secretPerson.toString());
        assertThat(as(monitor, () -> search.pick("persons", "Juraev", Locale.ENGLISH))).extracting(SearchHit::id)
                .contains(person.toString(), secretPerson.toString());
    }

    @Test
    void aLetterIsFoundByAPartOfItsNumberAndByItsSubjectInAnotherScript() {
        String[] parts = letter.reference().split("-"); // OUT-2026-0001
        for (String query : List.of(parts[0] + "-" + parts[1], parts[2], "Krokus", "крокус")) {
            assertThat(as(officer, () -> search.pick("letters", query, Locale.ENGLISH)))
                    .as(query).extracting(SearchHit::reference).contains(letter.reference())
                    .doesNotContain(secretLetter.reference());
        }
    }

    @Test
    void anInstitutionIsFoundByItsContactPersonInEitherScriptAndByItsKind() {
        for (String query : List.of("Moskalkova", "Москалькова", "ombudsman")) {
            assertThat(as(officer, () -> search.pick("counterparts", query, Locale.ENGLISH)))
                    .as(query).extracting(SearchHit::reference).contains(commissioner.reference());
        }
    }

    @Test
    void aWholeNumberPutsItsKindFirstAndPunctuationAloneFindsNothing() {
        SearchResults results = as(officer, () -> search.search(letter.reference(), Locale.ENGLISH));
        assertThat(results.groups().get(0).kind()).isEqualTo("letters");
        assertThat(results.groups().get(0).hits().get(0).reference()).isEqualTo(letter.reference());
        assertThat(results.groups().get(0).hits().get(0).exact()).isTrue();
        for (String punctuation : List.of("\"", "--", " . ", "«»")) {
            assertThat(as(officer, () -> search.search(punctuation, Locale.ENGLISH)).isEmpty()).as(punctuation)
                    .isTrue();
        }
    }

    @Test
    void anotherInstitutionFindsNoneOfItByNumberNameOrPicker() throws Exception {
        HuquqUser stranger = users.user(users.institution(), Role.HEAD);
        for (String query : List.of(letter.reference(), "Krokus", "Juraev", commissioner.reference(), "Moskalkova")) {
            assertThat(as(stranger, () -> search.search(query, Locale.ENGLISH)).isEmpty()).as(query).isTrue();
        }
        mvc.perform(get("/api/v1/search").param("q", letter.reference()).header("Authorization", tokenFor(stranger)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.groups").isEmpty());
        mvc.perform(get("/search/pick").param("kind", "persons").param("field", "personIds")
                        .param("queryField", "personQuery").param("personQuery", "Juraev")
                        .with(authentication(TestUsers.signedIn(stranger))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(person.toString()))));
    }

    @Test
    void thePageAndTheApiShowTheSameHitsAndHideWhatTheReaderMayNotRead() throws Exception {
        mvc.perform(get("/search").param("q", "Крокус").sessionAttr("huquq.language", "tg")
                        .with(authentication(TestUsers.signedIn(officer))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(letter.reference()),
                        containsString("Мактубҳо"), not(containsString(secretLetter.reference())))));
        mvc.perform(get("/search").param("q", "Крокус").header("HX-Request", "true")
                        .with(authentication(TestUsers.signedIn(officer))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(letter.reference()), not(containsString("<html")))));
        mvc.perform(get("/api/v1/search").param("q", "Juraev").header("Authorization", tokenFor(officer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.groups[?(@.kind == 'persons')].items[*].id").value(
                        org.hamcrest.Matchers.hasItem(person.toString())))
                .andExpect(content().string(not(containsString(secretPerson.toString()))));
        mvc.perform(get("/api/v1/search").param("q", "\"").header("Authorization", tokenFor(officer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.groups").isEmpty());
    }

    String tokenFor(HuquqUser user) {
        SecurityContextHolder.getContext().setAuthentication(TestUsers.signedIn(user));
        try {
            return "Bearer " + tokens.create(user, "test", null).secret();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
