package org.huquq.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.huquq.support.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.huquq.counterparts.CounterpartManagement;
import org.huquq.counterparts.CounterpartMother;
import org.huquq.counterparts.CounterpartView;
import org.huquq.identity.ApiTokens;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A date whose year is not four digits ({@code +999999999-12-31}, {@code -0001-01-01}, {@code +10000-01-01}, year 0)
 * is read by Java but means nothing to a person and is a server error on PostgreSQL: wherever a request carries one,
 * in a JSON body, a query parameter or a form field, it is refused naming the field, and nothing is saved.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RequestDatesTests {

    static final List<String> FAR_YEARS = List.of("+999999999-12-31", "-0001-01-01", "+10000-01-01", "0000-06-15",
            "-999999999-01-01");

    static final String CALL = """
            {"kind":"PHONE_CALL","occurredOn":"%s","counterpartId":"%s",
             "participants":[{"name":"Умед Бобозода","side":"OURS"}],
             "subject":"Дастрасӣ","summary":"Сафар натиҷа надод.","confidentiality":"INTERNAL"}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    ApiTokens tokens;

    @Autowired
    CounterpartManagement counterparts;

    HuquqUser officer;
    String bearer;
    CounterpartView commissioner;

    @BeforeEach
    void officer() {
        officer = users.user(users.institution(), Role.CASE_OFFICER);
        bearer = "Bearer " + as(officer, () -> tokens.create(officer, "dates", null).secret());
        commissioner = as(officer, () -> counterparts.create(CounterpartMother.ombudsman().build()));
    }

    @Test
    void aJsonBodyDateWithoutAFourDigitYearIsAFieldErrorAndNothingIsSaved() throws Exception {
        for (String date : FAR_YEARS) {
            mvc.perform(post("/api/v1/communications").header("Authorization", bearer)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(CALL.formatted(date, commissioner.id())))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors", hasSize(1)))
                    .andExpect(jsonPath("$.errors[0].field").value("occurredOn"))
                    .andExpect(jsonPath("$.errors[0].message")
                            .value("The year of a date must have four digits, from 0001 to 9999."));
        }
        mvc.perform(get("/api/v1/communications").header("Authorization", bearer))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items", hasSize(0)));
        mvc.perform(post("/api/v1/communications").header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content(CALL.formatted("2024-04-05",
                                commissioner.id())))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.occurredOn").value("2024-04-05"));
    }

    @Test
    void aQueryParameterDateWithoutAFourDigitYearIsRefusedNamingIt() throws Exception {
        for (String date : FAR_YEARS) {
            for (String[] query : List.of(new String[] { "/api/v1/letters/overdue", "on" },
                    new String[] { "/api/v1/letters", "from" }, new String[] { "/api/v1/communications", "to" },
                    new String[] { "/api/v1/digest", "on" })) {
                mvc.perform(get(query[0]).param(query[1], date).header("Authorization", bearer))
                        .andExpect(status().isBadRequest())
                        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                        .andExpect(jsonPath("$.errors[0].field").value(query[1]))
                        .andExpect(jsonPath("$.errors[0].message")
                                .value("The year of a date must have four digits, from 0001 to 9999."));
            }
            // a page's parameter: the error page names it
            mvc.perform(get("/digest").param("on", date).with(authentication(TestUsers.signedIn(officer))))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("four digits, from 0001 to 9999")));
        }
        // the years at either end are years like any other
        for (String date : List.of("0001-01-01", "9999-12-31")) {
            mvc.perform(get("/api/v1/letters/overdue").param("on", date).header("Authorization", bearer))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void aFormDateWithoutAFourDigitYearIsAFieldErrorAndNothingIsSaved() throws Exception {
        for (String date : FAR_YEARS) {
            mvc.perform(post("/communications").with(csrf()).with(authentication(TestUsers.signedIn(officer)))
                            .param("kind", "PHONE_CALL").param("occurredOn", date)
                            .param("counterpartId", commissioner.id().toString())
                            .param("participants[0].name", "Умед Бобозода").param("participants[0].side", "OURS")
                            .param("subject", "Дастрасӣ").param("summary", "Сафар натиҷа надод.")
                            .param("confidentiality", "INTERNAL"))
                    .andExpect(status().isOk())
                    .andExpect(model().attributeHasFieldErrorCode("form", "occurredOn", RequestDates.MESSAGE))
                    .andExpect(content().string(containsString(
                            "The year of a date must have four digits, from 0001 to 9999.")));
        }
        mvc.perform(get("/api/v1/communications").header("Authorization", bearer))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items", hasSize(0)));
    }
}
