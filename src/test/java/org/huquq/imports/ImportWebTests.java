package org.huquq.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.people.PersonManagement;
import org.huquq.people.PersonMother;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The import pages and API through MockMvc, with and without htmx, in three languages. */
@SpringBootTest
@AutoConfigureMockMvc
class ImportWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    ImportManagement imports;

    @Autowired
    PersonManagement persons;

    HuquqUser officer;

    @BeforeEach
    void office() {
        officer = users.user(users.institution(), Role.CASE_OFFICER);
    }

    RequestPostProcessor signedIn(HuquqUser user) {
        return authentication(TestUsers.signedIn(user));
    }

    @Test
    void uploadingThroughThePageLeadsToTheMappingAndTheCheckedRowsInTajik() throws Exception {
        byte[] file = Sheets.xlsx("Рӯйхат", List.of(List.of("Насаб", "Ном", "Санаи таваллуд"),
                List.of("Қодирова", "Ҳилола", "07.03.1985")));
        String location = mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "рӯйхат.xlsx",
                        "application/octet-stream", file)).param("kind", "PERSONS").param("confidentiality", "INTERNAL")
                        .with(csrf()).with(signedIn(officer)))
                .andExpect(redirectedUrlPattern("/imports/*")).andReturn().getResponse().getRedirectedUrl();

        mvc.perform(get(location).sessionAttr("huquq.language", "tg").with(signedIn(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Сутунҳо бояд мувофиқ карда шаванд")))
                .andExpect(content().string(containsString("id=\"mapping-form\"")))
                .andExpect(content().string(containsString("<option value=\"FAMILY_NAME\" selected=\"selected\">Насаб</option>")))
                .andExpect(content().string(containsString("Қодирова")));

        mvc.perform(post(location + "/mapping").param("columns[0]", "FAMILY_NAME").param("columns[1]", "GIVEN_NAME")
                        .param("columns[2]", "BIRTH_DATE").param("check", "true").with(csrf()).with(signedIn(officer)))
                .andExpect(redirectedUrlPattern("/imports/*"));
        awaitEnd(UUID.fromString(location.substring(location.lastIndexOf('/') + 1)));

        mvc.perform(get(location).sessionAttr("huquq.language", "tg").with(signedIn(officer)))
                .andExpect(content().string(containsString("Санҷида шуд")))
                .andExpect(content().string(containsString("Шахси нав")))
                .andExpect(content().string(containsString("id=\"run-form\"")));
        mvc.perform(get(location).sessionAttr("huquq.language", "ru").with(signedIn(officer)))
                .andExpect(content().string(containsString("Импортировать весь файл")));
    }

    @Test
    void theListAnswersHtmxWithItsResultsAndBrowsersWithTheWholePage() throws Exception {
        imports(("ФИО\nАнвар Назаров\n").getBytes(StandardCharsets.UTF_8));

        mvc.perform(get("/imports").with(signedIn(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("id=\"imports\"")))
                .andExpect(content().string(containsString("IMP-")));
        mvc.perform(get("/imports").header("HX-Request", "true").with(signedIn(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(startsWith("<div id=\"results\"")))
                .andExpect(content().string(containsString("IMP-")));
    }

    @Test
    void anImportPageIsPolledWithHtmxWhileWorkingAndRefreshedOnceItEnds() throws Exception {
        ImportView uploaded = imports(("ФИО\nАнвар Назаров\n").getBytes(StandardCharsets.UTF_8));

        mvc.perform(get("/imports/" + uploaded.id()).header("HX-Request", "true").with(signedIn(officer)))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Refresh", "true"))
                .andExpect(content().string(startsWith("<div id=\"import-status\"")));
        mvc.perform(get("/imports/" + uploaded.id()).with(signedIn(officer)))
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("id=\"import-status\"")));
    }

    @Test
    void aFileThatIsNoSpreadsheetIsRefusedOnThePageAndInTheApiNamingTheFile() throws Exception {
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

        mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "list.csv", "text/csv", pdf))
                        .with(csrf()).with(signedIn(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"file-error\"")))
                .andExpect(content().string(containsString("application/pdf")));
        mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "list.csv", "text/csv", pdf))
                        .with(csrf()).with(signedIn(officer)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("application/pdf")));
    }

    @Test
    void theApiRunsAnImportAndItsReportIsAnAnnotatedSpreadsheet() throws Exception {
        byte[] csv = ("ФИО;Дата рождения\nҶӯраев Ғайрат;07.03.1985\nҶӯраев Ғайрат;07.03.1985\nБезымянный;31.02.1990\n")
                .getBytes(StandardCharsets.UTF_8);
        String body = mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "l.csv", "text/csv",
                        csv)).param("kind", "PERSONS").with(csrf()).with(signedIn(officer)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/imports/")))
                .andExpect(jsonPath("$.status").value("UPLOADED"))
                .andReturn().getResponse().getContentAsString();
        String id = body.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

        mvc.perform(put("/api/v1/imports/" + id + "/mapping").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"columns\":[\"FULL_NAME\",\"NOT_A_FIELD\"]}").with(csrf()).with(signedIn(officer)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("columns[1]"));
        mvc.perform(put("/api/v1/imports/" + id + "/mapping").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"columns\":[\"BIRTH_DATE\",\"\"]}").with(csrf()).with(signedIn(officer)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("columns"));
        mvc.perform(post("/api/v1/imports/" + id + "/dry-run").with(csrf()).with(signedIn(officer)))
                .andExpect(status().isAccepted());
        awaitEnd(UUID.fromString(id));

        mvc.perform(post("/api/v1/imports/" + id + "/run").with(csrf()).with(signedIn(officer)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("4")));
        byte[] report = mvc.perform(get("/api/v1/imports/" + id + "/report").param("format", "csv")
                        .with(signedIn(officer)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        List<CSVRecord> records = CSVParser.parse(new String(report, StandardCharsets.UTF_8).substring(1),
                CSVFormat.EXCEL).getRecords();
        assertThat(records.get(0).toList()).startsWith("ФИО", "Дата рождения", "Row");
        assertThat(records.get(1).toList()).startsWith("Ҷӯраев Ғайрат", "07.03.1985", "2", "New person");
        assertThat(records.get(2).get(6)).isEqualTo("Duplicate of row 2");
        assertThat(records.get(3).get(6)).contains("B (Дата рождения)", "31.02.1990");

        byte[] xlsx = mvc.perform(get("/api/v1/imports/" + id + "/report").param("format", "xlsx")
                        .with(signedIn(officer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("Ҷӯраев Ғайрат");
        }
        mvc.perform(get("/api/v1/imports/" + id + "/report").param("format", "pdf").with(signedIn(officer)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("format"));
    }

    @Test
    void anotherInstitutionGetsNotFoundFromThePageAndTheApi() throws Exception {
        ImportView uploaded = imports(("ФИО\nАнвар Назаров\n").getBytes(StandardCharsets.UTF_8));
        HuquqUser stranger = users.user(users.institution(), Role.HEAD);

        mvc.perform(get("/imports/" + uploaded.id()).with(signedIn(stranger))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/imports/" + uploaded.id()).with(signedIn(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/imports/" + uploaded.id() + "/report").with(signedIn(stranger)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theWaitingRowsAreSettledAsNewPersonsFromThePageInTajikAndTheApiHidesOthersImports() throws Exception {
        TestUsers.as(officer, () -> persons.register(PersonMother.named("Назаров", "Анвар").born("1990").build()));
        ImportView uploaded = imports(("ФИО\nАнвар Назаров\n").getBytes(StandardCharsets.UTF_8));
        TestUsers.as(officer, () -> imports.check(uploaded.id()));
        awaitEnd(uploaded.id());
        String page = "/imports/" + uploaded.id();
        mvc.perform(get(page).sessionAttr("huquq.language", "tg").with(signedIn(officer)))
                .andExpect(content().string(containsString("Ҳар яке аз сатрҳои интизорро (1) ҳамчун шахси нав")));
        HuquqUser stranger = users.user(users.institution(), Role.CASE_OFFICER);
        mvc.perform(post("/api/v1/imports/" + uploaded.id() + "/choices/new-persons").with(csrf())
                        .with(signedIn(stranger)))
                .andExpect(status().isNotFound());

        mvc.perform(post(page + "/choices/new-persons").with(csrf()).with(signedIn(officer)))
                .andExpect(redirectedUrl(page));

        assertThat(TestUsers.as(officer, () -> imports.get(uploaded.id())).ambiguousCount()).isZero();
        mvc.perform(get(page).with(signedIn(officer)))
                .andExpect(content().string(not(containsString("id=\"all-new\""))));
    }

    private ImportView imports(byte[] file) {
        return TestUsers.as(officer, () -> imports.upload(new ByteArrayInputStream(file), "l.csv", ImportKind.PERSONS,
                org.huquq.shared.Confidentiality.INTERNAL, null));
    }

    private void awaitEnd(UUID id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (TestUsers.as(officer, () -> imports.get(id)).status().isWorking()) {
            assertThat(Instant.now()).isBefore(deadline);
            Thread.sleep(50);
        }
    }
}
