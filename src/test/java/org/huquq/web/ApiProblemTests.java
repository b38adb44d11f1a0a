package org.huquq.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.huquq.support.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.huquq.correspondence.LetterManagement;
import org.huquq.correspondence.LetterMother;
import org.huquq.correspondence.LetterView;
import org.huquq.counterparts.CounterpartManagement;
import org.huquq.counterparts.CounterpartMother;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.places.PlaceManagement;
import org.huquq.places.PlaceMother;
import org.huquq.places.PlaceView;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every problem the API answers speaks the caller's language, from our bundles, and names what the request has: a
 * Russian user never reads Bean Validation's or Jackson's own words, a Tajik one never reads English.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiProblemTests {

    static final String PLACE = """
            {"code":"ЯС 3/9","nameRu":"Исправительная колония ЯС 3/9","type":"PENAL_COLONY",
             "authority":"MINISTRY_OF_JUSTICE","countryCode":"TJ","confidentiality":"INTERNAL"}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    PlaceManagement places;

    @Autowired
    CounterpartManagement counterparts;

    @Autowired
    LetterManagement letters;

    HuquqUser russian;
    HuquqUser tajik;

    @BeforeEach
    void staff() {
        UUID institution = users.institution();
        russian = users.userWithMail(institution, Role.REGISTRY_CLERK, null, "ru");
        tajik = users.userWithMail(institution, Role.MONITOR, null, "tg");
    }

    ResultActions perform(HuquqUser user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(authentication(TestUsers.signedIn(user))))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void beanValidationSpeaksRussianFromOurBundleNotTheLibrarys() throws Exception {
        perform(russian, post("/api/v1/letters").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Неверный запрос"))
                .andExpect(jsonPath("$.detail").value(containsString("Неверных значений в запросе: 2")))
                .andExpect(jsonPath("$.errors[?(@.field == 'direction')].message").value(hasItem("обязательно")))
                .andExpect(jsonPath("$.errors[?(@.field == 'details')].message").value(hasItem("обязательно")))
                .andExpect(jsonPath("$.errors[*].message").value(not(hasItem("не должно равняться null"))));
        perform(russian, post("/api/v1/persons/" + UUID.randomUUID() + "/merge").header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"mergedId\":null}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'mergedVersion')].message").value(hasItem("обязательно")));
    }

    @Test
    void aBadQueryParameterIsNamedAndExplainedInTajik() throws Exception {
        perform(tajik, get("/api/v1/letters").param("from", "2025-13-45"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Дархости нодуруст"))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.errors[0].message").value("бояд сана бошад, масалан 2025-03-31"));
        perform(tajik, get("/api/v1/places/not-an-id"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("UUID")));
        perform(tajik, get("/api/v1/commitments").param("status", "DONE"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("бояд яке аз инҳо бошад: ")))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("IMPLEMENTED")));
        perform(tajik, get("/api/v1/calendars/TJ/holidays"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"))
                .andExpect(jsonPath("$.errors[0].message").value("ҳатмӣ аст"));
    }

    @Test
    void aGetIsNeverToldAboutABodyField() throws Exception {
        UUID commissioner = as(russian, () -> counterparts.create(CounterpartMother.ombudsman().build())).id();
        LetterView letter = as(russian, () -> letters.register(LetterMother.outgoing(commissioner).noReplyExpected()
                .register()));
        perform(russian, get("/api/v1/letters/" + letter.id() + "/follow-up-draft"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value(nullValue()))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
        // a period that ends before it starts names the parameter the request has
        perform(russian, get("/api/v1/institutions/" + commissioner + "/scorecard").param("from", "2025-02-01")
                        .param("to", "2025-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
    }

    @Test
    void unreadableBodiesNameThePropertyOrSayTheBodyIsNotJson() throws Exception {
        perform(russian, post("/api/v1/places").contentType(MediaType.APPLICATION_JSON)
                        .content(PLACE.replace("{", "{\"prisonerCount\":5,")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("prisonerCount"))
                .andExpect(jsonPath("$.errors[0].message").value("не является свойством этого запроса"));
        perform(russian, post("/api/v1/places").contentType(MediaType.APPLICATION_JSON)
                        .content(PLACE.replace("\"INTERNAL\"", "\"SECRETISH\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("confidentiality"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("должно быть одним из: ")));
        perform(russian, post("/api/v1/persons").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"details\":{\"sex\":\"MALE\",\"gender\":\"M\",\"confidentiality\":\"INTERNAL\"},"
                                + "\"names\":[{\"fullForm\":\"Рахимов\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("details.gender"));
        perform(russian, post("/api/v1/places").contentType(MediaType.APPLICATION_JSON).content("{\"code\":"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Неверный запрос"))
                .andExpect(jsonPath("$.detail").value(
                        "Тело запроса отсутствует или не является допустимым JSON для этой операции."))
                .andExpect(jsonPath("$.errors").isEmpty());
    }

    @Test
    void notFoundStaleMissingAndMalformedIfMatchAndForbiddenSpeakTheCallersLanguage() throws Exception {
        PlaceView place = as(russian, () -> places.create(PlaceMother.colony().build()));
        String location = "/api/v1/places/" + place.id();
        perform(russian, get("/api/v1/places/" + UUID.randomUUID()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Не найдено"))
                .andExpect(jsonPath("$.detail").value("Такой записи нет."));
        perform(russian, put(location).contentType(MediaType.APPLICATION_JSON).content(PLACE))
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.title").value("Требуется If-Match"));
        perform(russian, put(location).header("If-Match", "\"latest\"").contentType(MediaType.APPLICATION_JSON)
                        .content(PLACE))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("If-Match"))
                .andExpect(jsonPath("$.errors[0].message").value("должен быть прочитанным ETag, например \"3\""));
        perform(russian, put(location).header("If-Match", "\"7\"").contentType(MediaType.APPLICATION_JSON)
                        .content(PLACE))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.title").value("Запись изменена другим пользователем"))
                .andExpect(jsonPath("$.detail").value(containsString("сейчас версия 0")));
        perform(tajik, get("/api/v1/users"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Дастрасӣ манъ аст"))
                .andExpect(jsonPath("$.detail").value("Нақшҳои шумо ин амалро иҷозат намедиҳанд."));
    }

    @Test
    void withoutAUserTheAcceptLanguageChoosesTheLanguage() throws Exception {
        mvc.perform(get("/api/v1/places").header("Accept-Language", "ru-RU,ru;q=0.9,en;q=0.5"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Требуется аутентификация"));
        mvc.perform(get("/api/v1/places").header("Accept-Language", "tg"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Тасдиқи ҳувият лозим аст"));
        mvc.perform(get("/api/v1/places"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Authentication required"));
    }
}
