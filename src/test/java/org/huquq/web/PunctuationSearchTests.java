package org.huquq.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.huquq.support.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.huquq.commitments.CommitmentManagement;
import org.huquq.commitments.CommitmentMother;
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

/**
 * A search made only of punctuation (a stray quote, dots, a dash) finds nobody: it is not an empty search that lists
 * every record. Each list has one record that a real word finds, so the searches are shown to work.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PunctuationSearchTests {

    private static final List<String> PUNCTUATION = List.of("\"", "...", " - ", "«»", "/", "%");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    PersonManagement persons;

    @Autowired
    PlaceManagement places;

    @Autowired
    CounterpartManagement counterparts;

    @Autowired
    LetterManagement letters;

    @Autowired
    CommitmentManagement commitments;

    HuquqUser head;
    String person;
    String place;
    String letter;
    String commitment;

    @BeforeEach
    void oneOfEach() {
        head = users.user(users.institution(), Role.HEAD);
        person = as(head, () -> persons.register(PersonMother.named("Punktuatsiyev", "Rustam").build())).reference();
        place = as(head, () -> places.create(PlaceMother.colony().build())).code();
        UUID counterpart = as(head, () -> counterparts.create(CounterpartMother.ombudsman().build())).id();
        letter = as(head, () -> letters.register(LetterMother.outgoing(counterpart).subject("Punctuation inquiry")
                .register())).reference();
        commitment = as(head, () -> commitments.create(CommitmentMother.pledgeBy(counterpart).build())).reference();
    }

    @Test
    void aRealWordFindsEachRecord() throws Exception {
        page("/persons?name=Punktuatsiyev").andExpect(content().string(containsString(person)));
        page("/letters?q=Punctuation").andExpect(content().string(containsString(letter)));
        page("/places?q={t}", place).andExpect(content().string(containsString(place)));
        page("/commitments?q={t}", commitment).andExpect(content().string(containsString(commitment)));
    }

    @Test
    void punctuationAloneFindsNobodyOnThePages() throws Exception {
        for (String text : PUNCTUATION) {
            page("/persons?name={t}", text).andExpect(content().string(not(containsString(person))))
                    .andExpect(content().string(containsString("No person matches")));
            page("/places?q={t}", text).andExpect(content().string(not(containsString(place))))
                    .andExpect(content().string(containsString("No places match")));
            page("/letters?q={t}", text).andExpect(content().string(not(containsString(letter))))
                    .andExpect(content().string(containsString("No letters match")));
            page("/commitments?q={t}", text).andExpect(content().string(not(containsString(commitment))))
                    .andExpect(content().string(containsString("No commitments match")));
        }
    }

    @Test
    void punctuationAloneFindsNobodyInTheApi() throws Exception {
        page("/api/v1/persons?name={t}", "\"").andExpect(jsonPath("$.items").isEmpty());
        page("/api/v1/places?q={t}", "\"").andExpect(jsonPath("$.items").isEmpty());
        page("/api/v1/letters?q={t}", "\"").andExpect(jsonPath("$.items").isEmpty());
        page("/api/v1/commitments?q={t}", "\"").andExpect(jsonPath("$.items").isEmpty());
    }

    private org.springframework.test.web.servlet.ResultActions page(String path, Object... variables)
            throws Exception {
        return mvc.perform(get(path, variables).with(authentication(TestUsers.signedIn(head))))
                .andExpect(status().isOk());
    }
}
