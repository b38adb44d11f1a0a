package org.huquq.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.huquq.support.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Random;
import java.util.UUID;

import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.shared.Confidentiality;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class PersonWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    PersonManagement persons;

    HuquqUser officer;

    @BeforeEach
    void staff() {
        officer = users.user(users.institution(), Role.CASE_OFFICER);
    }

    String registerThroughTheForm() throws Exception {
        return mvc.perform(post("/persons").with(csrf()).with(authentication(TestUsers.signedIn(officer)))
                        .param("family", "Назарова").param("given", "Мавзуна").param("nameLanguage", "tg")
                        .param("sex", "FEMALE").param("birthDate", "2010-05").param("nationalities", "TJ")
                        .param("languages", "tg, ru").param("vulnerabilities", "NEEDS_INTERPRETER")
                        .param("confidentiality", "INTERNAL").param("documentType", "PASSPORT")
                        .param("documentNumber", "A 7654321").param("documentCountry", "TJ")
                        .param("contactRelation", "PARENT").param("contactName", "Назаров Ҷамшед")
                        .param("contactPhone", "+992 93 000 11 22"))
                .andExpect(redirectedUrlPattern("/persons/*"))
                .andReturn().getResponse().getRedirectedUrl();
    }

    @Test
    void registeringThroughTheFormShowsThePersonWithDerivedVulnerabilityInTajik() throws Exception {
        String location = registerThroughTheForm();
        mvc.perform(get(location).sessionAttr("huquq.language", "tg").with(authentication(TestUsers.signedIn(officer))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Назарова Мавзуна")))
                .andExpect(content().string(containsString("Кӯдак (то 18 сола)")))
                .andExpect(content().string(containsString("Ба тарҷумон ниёз дорад")))
                .andExpect(content().string(containsString("<dd><span>Тоҷикистон </span></dd>")))
                .andExpect(content().string(containsString("Назаров Ҷамшед")));
    }

    @Test
    void addingANameOnThePersonPageKeepsTheFirstOne() throws Exception {
        String location = registerThroughTheForm();
        mvc.perform(post(location + "/names").with(csrf()).with(authentication(TestUsers.signedIn(officer)))
                        .param("fullForm", "Nazarova Mavzuna").param("version", "0"))
                .andExpect(redirectedUrlPattern("/persons/*"));
        mvc.perform(get("/persons").param("name", "Nazarova Mavzuna").with(authentication(TestUsers.signedIn(officer))))
                .andExpect(content().string(containsString("Nazarova Mavzuna")))
                .andExpect(content().string(containsString(location.substring(location.lastIndexOf('/') + 1))));
    }

    @Test
    void invalidFormShowsFieldErrorsInRussian() throws Exception {
        mvc.perform(post("/persons").with(csrf()).with(authentication(TestUsers.signedIn(officer)))
                        .sessionAttr("huquq.language", "ru")
                        .param("family", "12345").param("sex", "MALE").param("birthDate", "1990-13")
                        .param("confidentiality", "INTERNAL"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "family", "birthDate"))
                .andExpect(content().string(containsString("Имя должно содержать буквы.")))
                .andExpect(content().string(containsString("Такой даты не бывает.")));
    }

    @Test
    void aPersonMatchingPartOfTheNameIsListedAndSaidToBeSoInTajik() throws Exception {
        StringBuilder marker = new StringBuilder();
        new java.util.Random().ints(4, 0, 10).forEach(i -> marker.append("бвгдклмнпр".charAt(i)));
        String family = "Қурбон" + marker + "зода";
        TestUsers.as(officer, () -> persons.register(PersonMother.named(family, "Фирдавс").build()));
        // the given name two edits off: no one meets both words, the family name brings the person back
        mvc.perform(get("/persons").param("name", family + " Фрдавз").sessionAttr("huquq.language", "tg")
                        .with(authentication(TestUsers.signedIn(officer))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(family + " Фирдавс")))
                .andExpect(content().string(containsString("танҳо қисми ном мувофиқ аст")));
    }

    @Test
    void htmxSearchGetsOnlyTheResults() throws Exception {
        mvc.perform(get("/persons").param("name", "Назарова").header("HX-Request", "true")
                        .with(authentication(TestUsers.signedIn(officer))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"results\"")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void theRegistrationFormAsksForMatchesAsTheNameIsTypedAndHasAButtonForThatWithoutScript() throws Exception {
        mvc.perform(get("/persons/new").with(authentication(TestUsers.signedIn(officer))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hx-post=\"/persons/matches\"")))
                .andExpect(content().string(containsString("hx-target=\"#person-matches\"")))
                .andExpect(content().string(containsString("id=\"check-matches\"")))
                .andExpect(content().string(containsString("formaction=\"/persons/matches\"")));
    }

    @Test
    void possibleMatchesListReadablePersonsAcrossScriptsButNeverAStrictlyConfidentialOneOfAnotherTeam()
            throws Exception {
        UUID institution = users.institution();
        UUID cases = users.team(institution, "Cases");
        UUID monitoring = users.team(institution, "Monitoring");
        HuquqUser caseOfficer = users.user(institution, Role.CASE_OFFICER, cases);
        HuquqUser monitor = users.user(institution, Role.MONITOR, monitoring);
        HuquqUser analyst = users.user(institution, Role.ANALYST);
        String[] family = familyInBothScripts();
        UUID open = as(caseOfficer, () -> persons.register(PersonMother.named(family[0], "Далер")
                .level(Confidentiality.INTERNAL, null).build())).id();
        UUID secret = as(monitor, () -> persons.register(PersonMother.named(family[0], "Далер")
                .level(Confidentiality.STRICTLY_CONFIDENTIAL, monitoring).build())).id();

        // as one types, in Latin letters: the fragment only
        mvc.perform(post("/persons/matches").header("HX-Request", "true").with(csrf())
                        .with(authentication(TestUsers.signedIn(caseOfficer)))
                        .param("family", family[1]).param("given", "Daler"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("id=\"person-matches\"")))
                .andExpect(content().string(containsString("href=\"/persons/" + open + "\"")))
                .andExpect(content().string(not(containsString(secret.toString()))));
        // the team that holds the strictly confidential one sees it: the check above can fail
        mvc.perform(post("/persons/matches").header("HX-Request", "true").with(csrf())
                        .with(authentication(TestUsers.signedIn(monitor)))
                        .param("family", family[1]).param("given", "Daler"))
                .andExpect(content().string(containsString("href=\"/persons/" + secret + "\"")));

        // without script: the whole form comes back filled, with the matches, in Tajik, and nothing is saved
        mvc.perform(post("/persons/matches").with(csrf()).with(authentication(TestUsers.signedIn(caseOfficer)))
                        .sessionAttr("huquq.language", "tg")
                        .param("fullForm", family[0] + " Далер").param("sex", "MALE").param("birthDate", "1990")
                        .param("notes", "Typed before checking").param("confidentiality", "INTERNAL"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("Аллакай дар феҳрист ҳаст?")))
                .andExpect(content().string(containsString("href=\"/persons/" + open + "\"")))
                .andExpect(content().string(not(containsString(secret.toString()))))
                .andExpect(content().string(containsString("value=\"" + family[0] + " Далер\"")))
                .andExpect(content().string(containsString("Typed before checking")));
        assertThat(as(caseOfficer, () -> persons.search(PersonSearch.byName(family[0]), 0, 10)).items())
                .extracting(PersonHit::id).containsExactly(open);

        // analysts never see identities: nothing while typing, and no registration form
        mvc.perform(post("/persons/matches").header("HX-Request", "true").with(csrf())
                        .with(authentication(TestUsers.signedIn(analyst))).param("family", family[0]))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(open.toString()))))
                .andExpect(content().string(not(containsString(secret.toString()))));
        mvc.perform(post("/persons/matches").with(csrf()).with(authentication(TestUsers.signedIn(analyst)))
                        .param("family", family[0]))
                .andExpect(status().isForbidden());
    }

    @Test
    void aNameNobodyHasSaysSo() throws Exception {
        mvc.perform(post("/persons/matches").header("HX-Request", "true").with(csrf())
                        .with(authentication(TestUsers.signedIn(officer))).sessionAttr("huquq.language", "ru")
                        .param("family", familyInBothScripts()[0]))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("В реестре нет доступных вам лиц с похожим именем.")));
        mvc.perform(post("/persons/matches").header("HX-Request", "true").with(csrf())
                        .with(authentication(TestUsers.signedIn(officer))).param("family", " - "))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<li"))))
                .andExpect(content().string(not(containsString("class=\"empty\""))));
    }

    /** A made-up family name, unique to the test, in Cyrillic and in its plain Latin spelling. */
    static String[] familyInBothScripts() {
        String consonants = "бдклмнпрст";
        String latinConsonants = "bdklmnprst";
        String vowels = "аоуи";
        String latinVowels = "aoui";
        Random random = new Random();
        StringBuilder cyrillic = new StringBuilder();
        StringBuilder latin = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            int c = random.nextInt(consonants.length());
            int v = random.nextInt(vowels.length());
            cyrillic.append(consonants.charAt(c)).append(vowels.charAt(v));
            latin.append(latinConsonants.charAt(c)).append(latinVowels.charAt(v));
        }
        String cyr = Character.toUpperCase(cyrillic.charAt(0)) + cyrillic.substring(1) + "ов";
        String lat = Character.toUpperCase(latin.charAt(0)) + latin.substring(1) + "ov";
        return new String[] { cyr, lat };
    }
}
