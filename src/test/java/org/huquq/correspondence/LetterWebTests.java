package org.huquq.correspondence;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.huquq.support.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.huquq.counterparts.CounterpartManagement;
import org.huquq.counterparts.CounterpartMother;
import org.huquq.counterparts.CounterpartView;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.shared.Confidentiality;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The letter pages and API as a browser and an integration see them. */
@SpringBootTest
@AutoConfigureMockMvc
class LetterWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    CounterpartManagement counterparts;

    @Autowired
    LetterManagement letters;

    UUID institution;
    HuquqUser clerk;
    CounterpartView commissioner;

    @BeforeEach
    void staff() {
        institution = users.institution();
        clerk = users.user(institution, Role.REGISTRY_CLERK);
        commissioner = as(clerk, () -> counterparts.create(CounterpartMother.ombudsman().build()));
    }

    @Test
    void registeringThroughTheFormShowsTheLetterWithItsReplyByDateExplainedInTajik() throws Exception {
        String location = mvc.perform(post("/letters").with(csrf()).with(authentication(TestUsers.signedIn(clerk)))
                        .param("direction", "OUTGOING").param("registeredOn", "2024-10-02")
                        .param("counterpartQuery", commissioner.reference().toLowerCase())
                        .param("subject", "Дар бораи ҳуқуқҳои муҳоҷирон ғӯқҷ").param("language", "tg")
                        .param("channel", "EMAIL").param("signedOn", "2024-10-02").param("sentOn", "2024-10-03")
                        .param("expectsReply", "true").param("replyRule", "RU-59-FZ")
                        .param("confidentiality", "INTERNAL"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/letters/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).sessionAttr("huquq.language", "tg")
                        .with(authentication(TestUsers.signedIn(clerk))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("OUT-2024-0001")))
                .andExpect(content().string(containsString("Дар бораи ҳуқуқҳои муҳоҷирон ғӯқҷ")))
                .andExpect(content().string(containsString("2024-11-11")))
                .andExpect(content().string(containsString("Мӯҳлати ҷавоб")));
    }

    @Autowired
    org.huquq.places.PlaceManagement places;

    @Test
    void theLetterPageShowsThePlacesItConcernsThatTheReaderMaySeeOnly() throws Exception {
        String marker = CounterpartMother.marker();
        org.huquq.places.PlaceView colony = as(clerk, () -> places.create(org.huquq.places.PlaceMother.colony()
                .named("Colony " + marker, null, "Колонияи ғӯқҷ " + marker).code("ЯС 3/1 " + marker).build()));
        UUID legal = users.team(institution, "Legal " + marker);
        HuquqUser lawyer = users.user(institution, Role.CASE_OFFICER, legal);
        org.huquq.places.PlaceView secret = as(lawyer, () -> places.create(org.huquq.places.PlaceMother.colony()
                .named("Secret " + marker, null, null).level(Confidentiality.STRICTLY_CONFIDENTIAL, legal).build()));
        LetterView letter = as(lawyer, () -> letters.register(LetterMother.outgoing(commissioner.id())
                .at(colony.id()).at(secret.id()).register()));
        mvc.perform(get("/letters/" + letter.id()).sessionAttr("huquq.language", "tg")
                        .with(authentication(TestUsers.signedIn(clerk))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Колонияи ғӯқҷ " + marker)))
                .andExpect(content().string(not(containsString("Secret " + marker))));

        // the clerk corrects the letter through the form: the place the clerk may not see shows unnamed and stays
        // linked (its box is ticked), the colony is found by its code typed in another case, and a person number
        // that names no one is refused on the person picker
        mvc.perform(get("/letters/" + letter.id() + "/edit").with(authentication(TestUsers.signedIn(clerk))))
                .andExpect(content().string(containsString("ЯС 3/1 " + marker)))
                .andExpect(content().string(containsString("A record you may not see (kept)")))
                .andExpect(content().string(not(containsString("Secret " + marker))));
        mvc.perform(post("/letters/" + letter.id()).with(csrf()).with(authentication(TestUsers.signedIn(clerk)))
                        .sessionAttr("huquq.language", "en").params(form(letter))
                        .param("placeIds", secret.id().toString())
                        .param("placeQuery", "яс 3/1 " + marker.toLowerCase()).param("personQuery", "PER-1999-999999"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "personQuery"))
                .andExpect(content().string(containsString("Nothing matches this that you may see.")));
        mvc.perform(post("/letters/" + letter.id()).with(csrf()).with(authentication(TestUsers.signedIn(clerk)))
                        .params(form(letter)).param("placeIds", secret.id().toString())
                        .param("placeQuery", "ЯС 3/1 " + marker).param("summary", "Исправлено"))
                .andExpect(status().is3xxRedirection());
        LetterView after = as(lawyer, () -> letters.get(letter.id()));
        org.assertj.core.api.Assertions.assertThat(after.summary()).isEqualTo("Исправлено");
        org.assertj.core.api.Assertions.assertThat(after.placeIds()).containsExactlyInAnyOrder(colony.id(), secret.id());
    }

    /** The letter form's fields as the edit page fills them (without the links). */
    private org.springframework.util.MultiValueMap<String, String> form(LetterView letter) {
        org.springframework.util.LinkedMultiValueMap<String, String> form = new org.springframework.util.LinkedMultiValueMap<>();
        form.add("counterpartId", commissioner.id().toString());
        form.add("subject", letter.subject());
        form.add("language", letter.language());
        form.add("channel", letter.channel());
        form.add("signedOn", String.valueOf(letter.signedOn()));
        form.add("sentOn", String.valueOf(letter.sentOn()));
        form.add("expectsReply", "true");
        form.add("replyRule", letter.replyRule());
        form.add("owner", letter.owner());
        form.add("confidentiality", letter.confidentiality().name());
        form.add("teamId", letter.teamId() == null ? "" : letter.teamId().toString());
        form.add("version", String.valueOf(letter.version()));
        return form;
    }

    @Test
    void anIncomingLetterRegisteredThroughTheFormCanExpectOurAnswerWithItsDate() throws Exception {
        String location = mvc.perform(post("/letters").with(csrf()).with(authentication(TestUsers.signedIn(clerk)))
                        .param("direction", "INCOMING").param("registeredOn", "2024-11-06")
                        .param("counterpartId", commissioner.id().toString()).param("theirReference", "12-3456")
                        .param("subject", "Жалоба мигранта").param("language", "ru").param("channel", "POST")
                        .param("sentOn", "2024-11-01").param("receivedOn", "2024-11-05")
                        .param("expectsReply", "true").param("confidentiality", "INTERNAL"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        LetterView letter = as(clerk, () -> letters.get(id));
        org.assertj.core.api.Assertions.assertThat(letter.expectsReply()).isTrue();
        org.assertj.core.api.Assertions.assertThat(letter.replyDeadline()).isNotNull();
        org.assertj.core.api.Assertions.assertThat(letter.replyDeadline().replyBy()).isAfter(letter.receivedOn());
    }

    @Test
    void aFormWithAReceivedDateBeforeTheSentDateShowsTheFieldErrorInRussianAndSavesNothing() throws Exception {
        long before = as(clerk, () -> letters.find(new LetterFilter(null, commissioner.id(), null, null, null), null, 1))
                .total();
        mvc.perform(post("/letters").with(csrf()).with(authentication(TestUsers.signedIn(clerk)))
                        .sessionAttr("huquq.language", "ru")
                        .param("direction", "INCOMING").param("counterpartId", commissioner.id().toString())
                        .param("subject", "Ответ").param("language", "ru").param("channel", "POST")
                        .param("sentOn", "2024-11-05").param("receivedOn", "2024-11-04")
                        .param("confidentiality", "INTERNAL"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Дата получения раньше даты отправки.")));
        org.assertj.core.api.Assertions.assertThat(as(clerk, () -> letters.find(
                new LetterFilter(null, commissioner.id(), null, null, null), null, 1)).total()).isEqualTo(before);
    }

    @Test
    void anOutcomeRecordedOnThePageShowsAndAnUnknownCounterpartIsAFieldError() throws Exception {
        LetterView letter = as(clerk, () -> letters.register(LetterMother.outgoing(commissioner.id()).register()));
        mvc.perform(post("/letters/" + letter.id() + "/outcomes").with(csrf())
                        .with(authentication(TestUsers.signedIn(clerk))).sessionAttr("huquq.language", "en")
                        .param("kind", "ACKNOWLEDGED").param("on", "2024-10-10").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/letters/" + letter.id()).sessionAttr("huquq.language", "en")
                        .with(authentication(TestUsers.signedIn(clerk))))
                .andExpect(content().string(containsString("2024-10-10")))
                .andExpect(content().string(not(containsString("id=\"reply-state\" class=\"badge ANSWERED"))));
        mvc.perform(post("/letters").with(csrf()).with(authentication(TestUsers.signedIn(clerk)))
                        .sessionAttr("huquq.language", "en")
                        .param("direction", "OUTGOING").param("counterpartQuery", "INST-999999")
                        .param("subject", "x").param("language", "en").param("channel", "POST")
                        .param("confidentiality", "INTERNAL"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nothing matches this that you may see.")));
    }

    @Test
    void theApiRegistersWithLocationRefusesAStaleChangeAndHidesAnotherTeamsStrictLetter() throws Exception {
        String body = """
                {"direction":"OUTGOING","registeredOn":"2024-10-02","details":{"counterpartId":"%s",
                 "sentOn":"2024-10-03","channel":"POST","subject":"Ҳуқуқи муҳоҷирон","language":"tg",
                 "expectsReply":true,"replyRule":"RU-59-FZ"}}""".formatted(commissioner.id());
        String location = mvc.perform(post("/api/v1/letters").with(authentication(TestUsers.signedIn(clerk)))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.replyDeadline.replyBy").value("2024-11-11"))
                .andReturn().getResponse().getHeader("Location");
        String change = """
                {"counterpartId":"%s","sentOn":"2024-10-03","channel":"POST","subject":"Ҳуқуқи муҳоҷирон",
                 "language":"tg","expectsReply":true,"replyRule":"RU-59-FZ"}""".formatted(commissioner.id());
        mvc.perform(put(location).with(authentication(TestUsers.signedIn(clerk))).header("If-Match", "\"5\"")
                        .contentType(MediaType.APPLICATION_JSON).content(change))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(put(location).with(authentication(TestUsers.signedIn(clerk)))
                        .contentType(MediaType.APPLICATION_JSON).content(change))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(post("/api/v1/letters").with(authentication(TestUsers.signedIn(clerk)))
                        .contentType(MediaType.APPLICATION_JSON).content(body.replace("2024-10-03", "2024-09-30")
                                .replace("\"expectsReply\":true", "\"receivedOn\":\"2024-09-01\",\"expectsReply\":true")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("receivedOn"));

        mvc.perform(get(location + "/follow-up-draft").with(authentication(TestUsers.signedIn(clerk))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.language").value("tg"))
                .andExpect(jsonPath("$.subject").value("Такроран: Ҳуқуқи муҳоҷирон"));

        UUID legal = users.team(institution, "Legal " + CounterpartMother.marker());
        HuquqUser lawyer = users.user(institution, Role.CASE_OFFICER, legal);
        LetterView secret = as(lawyer, () -> letters.register(LetterMother.outgoing(commissioner.id())
                .level(Confidentiality.STRICTLY_CONFIDENTIAL, legal).register()));
        mvc.perform(get("/api/v1/letters/" + secret.id()).with(authentication(TestUsers.signedIn(clerk))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/letters/" + secret.id()).with(authentication(TestUsers.signedIn(clerk))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/letters/overdue").param("on", LocalDate.of(2025, 1, 1).toString())
                        .param("counterpart", commissioner.id().toString())
                        .with(authentication(TestUsers.signedIn(clerk))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(secret.id().toString()))))
                .andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void aScanIsKeptUnderItsHashReadBackAsUploadedAndAPictureNamedPdfIsRefused() throws Exception {
        LetterView letter = as(clerk, () -> letters.register(LetterMother.outgoing(commissioner.id()).register()));
        mvc.perform(multipart("/api/v1/letters/" + letter.id() + "/attachments")
                        .file(new MockMultipartFile("file", "скан.pdf", "application/pdf",
                                org.huquq.shared.files.FileStoreTests.image("png")))
                        .header("If-Match", "\"0\"").with(authentication(TestUsers.signedIn(clerk))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(multipart("/api/v1/letters/" + letter.id() + "/attachments")
                        .file(new MockMultipartFile("file", "Мактуби ғӯқҷ.pdf", "application/octet-stream",
                                org.huquq.shared.files.FileStoreTests.PDF))
                        .header("If-Match", "\"0\"").with(authentication(TestUsers.signedIn(clerk))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.attachments[0].fileName").value("Мактуби ғӯқҷ.pdf"))
                .andExpect(jsonPath("$.attachments[0].mediaType").value("application/pdf"))
                .andExpect(jsonPath("$.attachments[0].sha256").value(org.apache.commons.codec.digest.DigestUtils
                        .sha256Hex(org.huquq.shared.files.FileStoreTests.PDF)));
        byte[] read = mvc.perform(get("/letters/" + letter.id() + "/attachments/0")
                        .with(authentication(TestUsers.signedIn(clerk))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("UTF-8''")))
                .andReturn().getResponse().getContentAsByteArray();
        org.assertj.core.api.Assertions.assertThat(read).isEqualTo(org.huquq.shared.files.FileStoreTests.PDF);
        mvc.perform(get("/letters/" + letter.id() + "/attachments/1").with(authentication(TestUsers.signedIn(clerk))))
                .andExpect(status().isNotFound());
    }

    @Test
    void theListCountsAndDatesLettersAsEachLanguageDoes() throws Exception {
        as(clerk, () -> letters.register(LetterMother.outgoing(commissioner.id()).register()));
        String list = "/letters?counterpart=" + commissioner.id();
        mvc.perform(get(list).sessionAttr("huquq.language", "en").with(authentication(TestUsers.signedIn(clerk))))
                .andExpect(content().string(containsString(">1 letter<")))
                .andExpect(content().string(containsString(">3 October 2024</time>")));
        mvc.perform(get(list).sessionAttr("huquq.language", "ru").with(authentication(TestUsers.signedIn(clerk))))
                .andExpect(content().string(containsString(">1 письмо<")))
                .andExpect(content().string(containsString(">3 октября 2024</time>")));
        mvc.perform(get(list).sessionAttr("huquq.language", "tg").with(authentication(TestUsers.signedIn(clerk))))
                .andExpect(content().string(containsString(">1 мактуб<")))
                .andExpect(content().string(containsString("datetime=\"2024-10-03\">3 октябри 2024</time>")));
        as(clerk, () -> letters.register(LetterMother.outgoing(commissioner.id()).register()));
        mvc.perform(get(list).sessionAttr("huquq.language", "ru").with(authentication(TestUsers.signedIn(clerk))))
                .andExpect(content().string(containsString(">2 письма<")));
    }
}
