package org.huquq.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.huquq.support.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

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

/**
 * Links both ways: a person's, a place's and a counterpart's page list the letters, calls and commitments that
 * concern them, and only those the reader may read.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RelatedRecordsWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    CounterpartManagement counterparts;

    @Autowired
    PersonManagement persons;

    @Autowired
    PlaceManagement places;

    @Autowired
    LetterManagement letters;

    @Autowired
    CommunicationManagement communications;

    @Autowired
    CommitmentManagement commitments;

    HuquqUser officer;
    HuquqUser lawyer;
    CounterpartView commissioner;
    UUID person;
    UUID place;
    LetterView letter;
    LetterView secretLetter;
    CommunicationView call;
    CommunicationView secretCall;
    CommitmentView pledge;

    @BeforeEach
    void records() {
        UUID institution = users.institution();
        UUID cases = users.team(institution, "Cases");
        UUID legal = users.team(institution, "Legal");
        officer = users.user(institution, Role.CASE_OFFICER, cases);
        lawyer = users.user(institution, Role.MONITOR, legal);
        commissioner = as(officer, () -> counterparts.create(CounterpartMother.ombudsman().build()));
        person = as(officer, () -> persons.register(PersonMother.named("Раҳимов", "Ҷамшед")
                .level(Confidentiality.INTERNAL, null).build())).id();
        place = as(officer, () -> places.create(PlaceMother.colony().level(Confidentiality.INTERNAL, null).build()))
                .id();
        letter = as(officer, () -> letters.register(LetterMother.outgoing(commissioner.id())
                .subject("Detention of Ҷамшед " + UUID.randomUUID()).about(person).at(place).register()));
        secretLetter = as(lawyer, () -> letters.register(LetterMother.outgoing(commissioner.id())
                .subject("Legal strategy " + UUID.randomUUID()).about(person).at(place)
                .level(Confidentiality.STRICTLY_CONFIDENTIAL, legal).register()));
        call = as(officer, () -> communications.create(CommunicationMother.call().with(commissioner.id())
                .about("Call about Ҷамшед " + UUID.randomUUID()).persons(person).places(place).build()));
        secretCall = as(lawyer, () -> communications.create(CommunicationMother.call().with(commissioner.id())
                .about("Secret call " + UUID.randomUUID()).persons(person).places(place)
                .level(Confidentiality.STRICTLY_CONFIDENTIAL, legal).build()));
        pledge = as(officer, () -> commitments.create(CommitmentMother.pledgeBy(commissioner.id())
                .madeOn(LocalDate.of(2024, 11, 1)).summary("Pledge to check the detention " + UUID.randomUUID())
                .build()));
    }

    @Test
    void aPersonsPageListsTheLettersAndCallsThatConcernThemAsFarAsTheReaderMayRead() throws Exception {
        mvc.perform(get("/persons/" + person).with(authentication(TestUsers.signedIn(officer))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(letter.reference()), containsString(call.reference()),
                        containsString("/letters/" + letter.id()), containsString("/communications/" + call.id()))))
                .andExpect(content().string(allOf(not(containsString(secretLetter.reference())),
                        not(containsString(secretLetter.subject())), not(containsString(secretCall.subject())))));
        mvc.perform(get("/persons/" + person).with(authentication(TestUsers.signedIn(lawyer))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(secretLetter.reference()),
                        containsString(secretCall.reference()))));
    }

    @Test
    void aPlacesPageListsTheLettersAndCallsThatConcernIt() throws Exception {
        mvc.perform(get("/places/" + place).with(authentication(TestUsers.signedIn(officer))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(letter.reference()), containsString(call.reference()),
                        not(containsString(secretLetter.reference())), not(containsString(secretCall.reference())))));
    }

    @Test
    void aCounterpartsPageListsItsLettersCallsAndTheCommitmentsItMade() throws Exception {
        mvc.perform(get("/institutions/" + commissioner.id()).with(authentication(TestUsers.signedIn(officer))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(letter.reference()), containsString(call.reference()),
                        containsString(pledge.reference()), containsString(pledge.summary()),
                        not(containsString(secretLetter.reference())), not(containsString(secretCall.reference())))));
    }

    @Test
    void aPersonWithNothingRecordedSaysSoInTheReadersLanguage() throws Exception {
        UUID alone = as(officer, () -> persons.register(PersonMother.named("Каримова", "Нигина")
                .level(Confidentiality.INTERNAL, null).build())).id();
        mvc.perform(get("/persons/" + alone).sessionAttr("huquq.language", "tg")
                        .with(authentication(TestUsers.signedIn(officer))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Сабте, ки ба шумо дастрас бошад, нест.")));
    }
}
