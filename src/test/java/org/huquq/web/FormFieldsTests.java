package org.huquq.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.support.TestUsers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A form sent back with mistakes says each one beside its field, in the user's language, where a screen reader finds it
 * too: the field is marked invalid and names its message (and its hint) in aria-describedby. The fields that are right
 * carry no such mark. One form of each kind of record, drawn by the shared form fragments.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FormFieldsTests {

    static final Locale EN = Locale.ENGLISH;
    static final Locale RU = Locale.forLanguageTag("ru");
    static final Locale TG = Locale.forLanguageTag("tg");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    MessageSource messages;

    HuquqUser head;
    HuquqUser administrator;

    @BeforeEach
    void staff() {
        UUID institution = users.institution();
        head = users.user(institution, Role.HEAD);
        administrator = users.user(institution, Role.ADMINISTRATOR);
    }

    @Test
    void aPlaceWithoutItsTypeAndWithAWordForLatitudeIsAnsweredInTajikBesideBothFields() throws Exception {
        Document page = submit(head, TG, post("/places").param("nameTg", "Тавқифгоҳи санҷишӣ")
                .param("latitude", "шимол").param("confidentiality", "INTERNAL"));

        assertSummary(page, TG);
        assertError(page, "type", message("web.validation.required", TG));
        assertError(page, "latitude", message("typeMismatch", TG));
        assertThat(page.getElementById("latitude-error").text()).isEqualTo("Қимати нодуруст.");
        assertValid(page, "nameTg");
        assertThat(page.getElementById("nameTg").val()).isEqualTo("Тавқифгоҳи санҷишӣ");
    }

    @Test
    void aPersonBornOnADateThatDoesNotExistIsToldSoInRussianBesideTheDate() throws Exception {
        Document page = submit(head, RU, post("/persons").param("family", "Иванов").param("given", "Иван")
                .param("birthDate", "1987-02-31").param("sex", "MALE").param("confidentiality", "INTERNAL"));

        assertSummary(page, RU);
        assertError(page, "birthDate", message("people.error.birthDate", RU));
        assertValid(page, "family");
    }

    @Test
    void anInstitutionWithABadAddressInItsContactRowIsToldBesideThatCell() throws Exception {
        Document page = submit(head, EN, post("/institutions").param("kind", "OMBUDSMAN").param("countryCode", "RU")
                .param("nameEn", "Form fields test " + UUID.randomUUID()).param("email", "office")
                .param("contacts[0].name", "Anna Petrova").param("contacts[0].email", "anna"));

        assertSummary(page, EN);
        assertError(page, "email", message("counterparts.error.email", EN));
        assertError(page, "contacts0.email", message("counterparts.error.email", EN));
        // a cell of the contacts table has no label of its own: its column's name is its accessible name
        assertThat(page.getElementById("contacts0.email").attr("aria-label"))
                .isEqualTo(message("counterparts.field.email", EN));
        assertValid(page, "contacts0.name");
    }

    @Test
    void aLetterWithoutASubjectIsToldSoInRussianBesideTheSubject() throws Exception {
        Document page = submit(head, RU, post("/letters").param("direction", "OUTGOING").param("subject", "")
                .param("language", "ru").param("confidentiality", "INTERNAL"));

        assertSummary(page, RU);
        assertError(page, "subject", message("web.validation.required", RU));
        assertValid(page, "language");
    }

    @Test
    void aCallDatedInTheFutureIsToldSoInTajikBesideItsDate() throws Exception {
        Document page = submit(head, TG, post("/communications").param("kind", "PHONE_CALL")
                .param("occurredOn", "2999-01-01").param("subject", "Санҷиш").param("summary", "Гуфтугӯи санҷишӣ")
                .param("language", "tg").param("confidentiality", "INTERNAL"));

        assertSummary(page, TG);
        assertError(page, "occurredOn", message("correspondence.communications.error.future", TG));
        assertValid(page, "subject");
    }

    @Test
    void aCommitmentWithoutItsWordsAndWithALongLanguageCodeNamesTheHintAndTheMessageOfTheLanguage() throws Exception {
        Document page = submit(head, TG, post("/commitments").param("text", "").param("textLanguage", "tajik")
                .param("confidentiality", "INTERNAL"));

        assertSummary(page, TG);
        assertError(page, "text", message("web.validation.required", TG));
        assertError(page, "textLanguage", page.getElementById("textLanguage-error").text());
        assertThat(page.getElementById("textLanguage-error").text()).contains("3");
        assertThat(page.getElementById("textLanguage").attr("aria-describedby"))
                .isEqualTo("textLanguage-hint textLanguage-error");
        assertThat(page.getElementById("textLanguage-hint").text()).isEqualTo(message("commitments.edit.languageHint", TG));
    }

    @Test
    void aReplyRuleWithAnAnswerPeriodOfNoDaysIsToldBesideThePeriodWhileTheCodeKeepsOnlyItsHint() throws Exception {
        String code = "TEST-FIELDS-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        Document page = submit(administrator, EN, post("/admin/reply-rules").param("code", code).param("country", "KZ")
                .param("nameEn", "Kazakhstan: test").param("countingStart", "DELIVERED").param("answerDays", "0")
                .param("dayKind", "WORKING").param("nonWorkingEnd", "NEXT_WORKING_DAY").param("longOverdueDays", "30"));

        assertSummary(page, EN);
        assertError(page, "answerDays", message("deadlines.replyRule.error.days1to3650", EN));
        assertValid(page, "code");
        assertThat(page.getElementById("code").attr("aria-describedby")).isEqualTo("code-hint");
        assertThat(page.getElementById("code-hint").text()).isEqualTo(message("deadlines.replyRule.hint.code", EN));
    }

    private Document submit(HuquqUser user, Locale language, MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(csrf())
                .with(authentication(TestUsers.signedIn(user))).sessionAttr("huquq.language", language.getLanguage()))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as("the form comes back, not saved").isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    /** The alert at the top of the form that sends the reader to the marked fields. */
    private void assertSummary(Document page, Locale locale) {
        assertThat(page.select("main form p.error[role=alert]").eachText())
                .contains(message("web.form.errors", locale));
    }

    /**
     * The field is labelled, marked invalid and names its message; the message is its own (id "<field>-error") and
     * stands right after it, before the next field's label or control.
     */
    private static void assertError(Document page, String id, String message) {
        Element control = page.getElementById(id);
        assertThat(control).as("control %s", id).isNotNull();
        assertLabelled(page, control);
        assertThat(control.attr("aria-invalid")).as("aria-invalid of %s", id).isEqualTo("true");
        assertThat(control.hasClass("invalid")).as("class of %s", id).isTrue();
        assertThat(control.attr("aria-describedby").split(" ")).as("aria-describedby of %s", id)
                .contains(id + "-error");
        Element error = page.getElementById(id + "-error");
        assertThat(error).as("message of %s", id).isNotNull();
        assertThat(error.hasClass("field-error")).isTrue();
        assertThat(error.text()).as("message of %s", id).isEqualTo(message);
        assertThat(besides(control)).as("what follows %s", id).contains(error);
    }

    private static void assertValid(Document page, String id) {
        Element control = page.getElementById(id);
        assertThat(control).as("control %s", id).isNotNull();
        assertLabelled(page, control);
        assertThat(control.hasAttr("aria-invalid")).as("aria-invalid of %s", id).isFalse();
        assertThat(control.hasClass("invalid")).as("class of %s", id).isFalse();
        assertThat(control.attr("aria-describedby")).as("aria-describedby of %s", id).doesNotContain("-error");
        assertThat(page.getElementById(id + "-error")).as("message of %s", id).isNull();
    }

    private static void assertLabelled(Document page, Element control) {
        boolean labelled = !control.attr("aria-label").isBlank() || page.select("label").stream()
                .anyMatch(label -> label.attr("for").equals(control.id()) && !label.text().isBlank());
        assertThat(labelled).as("label of %s", control.id()).isTrue();
    }

    /** The elements after a control up to the next field (hidden inputs Spring adds for a field do not count). */
    private static List<Element> besides(Element control) {
        List<Element> following = new ArrayList<>();
        for (Element next : control.nextElementSiblings()) {
            boolean field = Set.of("label", "input", "select", "textarea", "fieldset").contains(next.tagName())
                    && !"hidden".equals(next.attr("type"));
            if (field) {
                break;
            }
            following.add(next);
        }
        return following;
    }
}
