package org.huquq.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huquq.support.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.huquq.counterparts.CounterpartManagement;
import org.huquq.counterparts.CounterpartMother;
import org.huquq.counterparts.CounterpartView;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.support.TestUsers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every "new" form, opened by a user of each role with the teams the demo gives that role, saves with the values it
 * offers: the user types only what has no default (a name, a subject) and picks from the lists that ask "Choose";
 * the confidentiality and team the form chose are kept. A form that offers a default it then refuses is a defect.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FormDefaultsTests {

    /** What a user types where the form leaves a field empty, by field name. */
    private static final Map<String, String> TYPED = Map.ofEntries(
            Map.entry("family", "Defaultova"), Map.entry("given", "Zarina"),
            Map.entry("nameEn", "Defaults test"), Map.entry("subject", "Defaults test"),
            Map.entry("text", "We will answer within a month."), Map.entry("summary", "Defaults test"),
            Map.entry("participants[0].name", "Umed Bobozoda"));

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    CounterpartManagement counterparts;

    @Test
    void everyNewFormSavesWithItsDefaultsForEveryRole() throws Exception {
        UUID institution = users.institution();
        UUID monitoring = users.team(institution, "Monitoring");
        UUID cases = users.team(institution, "Complaints and migrants");
        HuquqUser head = users.user(institution, Role.HEAD);
        CounterpartView counterpart = as(head, () -> counterparts.create(CounterpartMother.ombudsman().build()));

        List<String> refused = new ArrayList<>();
        List<String> saved = new ArrayList<>();
        Map<Role, String> personProtection = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            // the teams FirstStart gives the demo users of each role
            UUID[] teams = switch (role) {
                case MONITOR -> new UUID[] { monitoring };
                case CASE_OFFICER, REGISTRY_CLERK -> new UUID[] { cases };
                default -> new UUID[0];
            };
            HuquqUser user = users.user(institution, role, teams);
            Map<String, String> typed = new LinkedHashMap<>(TYPED);
            typed.put("counterpartQuery", counterpart.reference());
            typed.put("madeByQuery", counterpart.reference());
            typed.put("nameEn", "Defaults test " + role); // institutions are unique by kind, country and name
            for (String page : List.of("/persons/new", "/places/new", "/letters/new?direction=OUTGOING",
                    "/letters/new?direction=INCOMING", "/communications/new", "/commitments/new",
                    "/institutions/new")) {
                MockHttpServletResponse form = mvc.perform(get(page).with(authentication(TestUsers.signedIn(user))))
                        .andReturn().getResponse();
                if (form.getStatus() == 403) {
                    continue; // this role registers none of these
                }
                assertThat(form.getStatus()).as(role + " " + page).isEqualTo(200);
                Document html = Jsoup.parse(form.getContentAsString());
                Element element = html.selectFirst("main form[method=post].form");
                assertThat(element).as(role + " " + page).isNotNull();
                MockHttpServletRequestBuilder submit = post(element.attr("action")).with(csrf())
                        .with(authentication(TestUsers.signedIn(user)));
                Map<String, List<String>> values = fill(element, typed);
                values.forEach((name, given) -> given.forEach(value -> submit.param(name, value)));
                if (page.equals("/persons/new")) {
                    personProtection.put(role, values.get("confidentiality").get(0) + " "
                            + values.get("teamId").get(0));
                }
                MockHttpServletResponse response = mvc.perform(submit).andReturn().getResponse();
                if (response.getStatus() / 100 == 3) {
                    saved.add(role + " " + page);
                } else {
                    Document answer = Jsoup.parse(response.getContentAsString());
                    refused.add(role + " " + page + " (" + response.getStatus() + "): "
                            + answer.select("main .invalid").eachAttr("name") + " "
                            + answer.select("main .field-error, main .error").eachText());
                }
            }
        }
        assertThat(refused).isEmpty();
        // every editor role registers on every form
        assertThat(saved).hasSize(4 * 7);
        // a person stays confidential: with the user's own team where the level needs one to be read
        assertThat(personProtection).containsEntry(Role.HEAD, "CONFIDENTIAL ")
                .containsEntry(Role.CASE_OFFICER, "CONFIDENTIAL " + cases)
                .containsEntry(Role.REGISTRY_CLERK, "CONFIDENTIAL " + cases)
                .containsEntry(Role.MONITOR, "CONFIDENTIAL " + monitoring);
    }

    /**
     * The form's fields as a browser would submit them: the value of every input, the checked boxes, the selected (or
     * first) option of each list; where a field is empty, what the user types, and in a list that asks to choose,
     * its first choice. The level and the team are left as the form offers them.
     */
    private static Map<String, List<String>> fill(Element form, Map<String, String> typed) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Element field : form.select("input[name], select[name], textarea[name]")) {
            String name = field.attr("name");
            String value;
            if (field.is("select")) {
                Element selected = field.selectFirst("option[selected]");
                Element option = selected != null ? selected : field.selectFirst("option");
                value = option == null ? "" : option.attr("value");
                if (value.isEmpty() && !Set.of("teamId", "answerKind").contains(name)
                        && !name.endsWith(".side")) {
                    Element first = field.selectFirst("option[value~=.+]");
                    value = first == null ? "" : first.attr("value");
                }
            } else if (field.is("textarea")) {
                value = field.text();
            } else if (Set.of("checkbox", "radio").contains(field.attr("type"))) {
                if (!field.hasAttr("checked")) {
                    continue;
                }
                value = field.hasAttr("value") ? field.attr("value") : "on";
            } else if (Set.of("submit", "button", "file").contains(field.attr("type"))) {
                continue;
            } else {
                value = field.attr("value");
            }
            if (value.isEmpty() && typed.containsKey(name)) {
                value = typed.get(name);
            }
            values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return values;
    }
}
