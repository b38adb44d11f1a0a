package org.huquq.detention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huquq.support.TestUsers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.huquq.audit.AuditAction;
import org.huquq.audit.AuditLog;
import org.huquq.identity.ApiTokens;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.people.PersonManagement;
import org.huquq.people.PersonMother;
import org.huquq.places.PlaceManagement;
import org.huquq.places.PlaceMother;
import org.huquq.shared.Confidentiality;
import org.huquq.support.TestClock;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class DetentionExportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TestClock clock;

    @Autowired
    ApiTokens tokens;

    @Autowired
    PersonManagement persons;

    @Autowired
    PlaceManagement places;

    @Autowired
    DetentionManagement detentions;

    @Autowired
    AuditLog audit;

    UUID institution;
    String outsiderToken;
    String memberToken;

    @BeforeEach
    void registry() {
        clock.today(LocalDate.of(2025, 3, 3));
        institution = users.institution();
        UUID team = users.team(institution, "Monitoring");
        HuquqUser member = users.user(institution, Role.CASE_OFFICER, team);
        HuquqUser outsider = users.userWithMail(institution, Role.CASE_OFFICER, "outsider@example.org", "tg");
        memberToken = tokenFor(member);
        outsiderToken = tokenFor(outsider);
        UUID colony = as(member, () -> places.create(PlaceMother.colony().in("RU")
                .named("Colony IK-2", "Колония ИК-2", "Колонияи ИК-2").build())).id();
        UUID open = as(member, () -> persons.register(PersonMother.named("Ғафуров", "Қодир").nationality("TJ")
                .build())).id();
        UUID secret = as(member, () -> persons.register(PersonMother.named("Холов", "Шоҳин").nationality("TJ")
                .level(Confidentiality.STRICTLY_CONFIDENTIAL, team).build())).id();
        as(member, () -> detentions.create(new DetentionDetails(open, colony, LocalDate.of(2024, 1, 1), null,
                "PRE_TRIAL", "=HYPERLINK(\"http://evil.example\")", "ҲҶҚ ӯғӣ", null, null, null)));
        as(member, () -> detentions.create(new DetentionDetails(secret, colony, LocalDate.of(2024, 2, 1), null,
                "PRE_TRIAL", null, null, null, null, null)));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    String tokenFor(HuquqUser user) {
        SecurityContextHolder.getContext().setAuthentication(TestUsers.signedIn(user));
        try {
            return "Bearer " + tokens.create(user, "test", null).secret();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void aCsvExportKeepsTajikLettersDefusesFormulasAndHoldsOnlyWhatTheReaderMaySee() throws Exception {
        byte[] csv = mvc.perform(get("/api/v1/detentions").param("format", "csv").param("view", "ABROAD")
                        .header("Authorization", outsiderToken))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".csv")))
                .andReturn().getResponse().getContentAsByteArray();
        List<CSVRecord> rows = parse(csv);
        assertThat(rows.get(0).get(2)).isEqualTo("Шахс");
        assertThat(rows).hasSize(2).as("the strictly confidential person's record is not there");
        assertThat(rows.get(1).get(2)).contains("Ғафуров").contains("Қодир");
        assertThat(rows.get(1).get(5)).isEqualTo("Колонияи ИК-2");
        assertThat(rows.get(1).get(10)).startsWith("'=HYPERLINK");
        assertThat(rows.get(1).get(11)).isEqualTo("ҲҶҚ ӯғӣ");
        assertThat(audit.latest(institution, 0, 50)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.EXPORT);
            assertThat(entry.detail()).isEqualTo("ABROAD | 1 records");
        });
    }

    @Test
    void anXlsxExportOfTheTeamHoldsBothRecords() throws Exception {
        byte[] xlsx = mvc.perform(get("/api/v1/detentions").param("format", "xlsx")
                        .header("Authorization", memberToken))
                .andExpect(status().isOk())
                .andExpect(content().contentType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();
        List<String> people = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                people.add(row.getCell(2).getStringCellValue());
            }
        }
        assertThat(people).hasSize(3);
        assertThat(people.get(0)).isEqualTo("Person");
        assertThat(people.subList(1, 3)).anyMatch(name -> name.contains("Холов"))
                .anyMatch(name -> name.contains("Ғафуров"));
    }

    @Test
    void anUnknownFormatOrCountryIsAProblemNamingTheParameter() throws Exception {
        mvc.perform(get("/api/v1/detentions").param("format", "pdf").header("Authorization", memberToken))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("format"));
        mvc.perform(get("/api/v1/detentions").param("format", "csv").param("country", "Russia")
                        .header("Authorization", memberToken))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("country"));
    }

    private static List<CSVRecord> parse(byte[] csv) throws Exception {
        assertThat(csv[0] & 0xFF).as("UTF-8 byte-order mark").isEqualTo(0xEF);
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(csv, 3, csv.length - 3),
                StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.parse(reader).getRecords();
        }
    }
}
