package org.huquq.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/**
 * The API is described well enough for a generated client: every operation, what is required, formats, the problem
 * shape, If-Match and where vocabulary codes are read. Writes the description to {@code target/openapi} for the
 * client that {@code mvn verify} generates from it (see {@code src/api-client}).
 */
@SpringBootTest
@AutoConfigureMockMvc
class OpenApiTests {

    /** Where the description is written for the generated client (the pom reads it from there). */
    static final Path SPEC = Path.of("target/openapi/huquq-api.json");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    String doc;

    @BeforeEach
    void read() throws Exception {
        // signed in: production (the postgres profile) shows the description to signed-in users only
        HuquqUser reader = users.user(users.institution(), Role.MONITOR);
        doc = mvc.perform(get("/v3/api-docs").with(authentication(TestUsers.signedIn(reader))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    <T> T at(String path) {
        return JsonPath.read(doc, path);
    }

    @Test
    void describesEveryOperationAndIsWrittenForTheGeneratedClient() throws Exception {
        assertThat(this.<String>at("$.openapi")).startsWith("3.0");
        assertThat(this.<Map<String, Object>>at("$.paths['/api/v1/places']")).containsKeys("get", "post");
        assertThat(this.<Map<String, Object>>at("$.paths['/api/v1/places/{id}']")).containsKeys("get", "put");
        assertThat(this.<Map<String, Object>>at("$.paths['/api/v1/audit/verify']")).containsKey("get");
        assertThat(this.<Map<String, Object>>at("$.components.securitySchemes.bearer"))
                .containsEntry("type", "http").containsEntry("scheme", "bearer");
        List<String> operationIds = at("$.paths.*.*.operationId");
        assertThat(operationIds).doesNotHaveDuplicates().noneMatch(id -> id.matches(".*_\\d+"))
                .contains("createPlace", "registerLetter", "recordOutcomeLetter", "scorecard");
        assertThat(OpenApiConfig.SCHEMA_NAME_CLASHES).isEmpty();
        assertThat(this.<List<String>>at("$.tags[*].name")).doesNotHaveDuplicates();
        Files.createDirectories(SPEC.getParent());
        Files.writeString(SPEC, doc);
    }

    @Test
    void changesTakeIfMatchAndEveryProblemHasTheProblemShape() {
        List<Map<String, Object>> put = at("$.paths['/api/v1/places/{id}'].put.parameters[?(@.in == 'header')]");
        assertThat(put).singleElement().satisfies(header -> assertThat(header).containsEntry("name", "If-Match")
                .containsEntry("required", true));
        assertThat(this.<Map<String, Object>>at("$.paths['/api/v1/places/{id}'].put.responses")).containsKeys("200",
                "400", "401", "403", "404", "412", "428");
        assertThat(this.<String>at("$.paths['/api/v1/letters/{id}/outcomes'].post.responses['412'].content"
                + "['application/problem+json'].schema.$ref")).isEqualTo("#/components/schemas/Problem");
        assertThat(this.<Map<String, Object>>at("$.paths['/api/v1/places'].post.responses")).containsKeys("201", "400")
                .doesNotContainKey("200");
        assertThat(this.<Map<String, Object>>at("$.paths['/api/v1/places'].post.responses['201'].headers"))
                .containsKey("Location");
        assertThat(this.<Map<String, Object>>at("$.paths['/api/v1/places'].get.responses['200'].content"))
                .containsOnlyKeys("application/json");
        assertThat(this.<Map<String, Object>>at("$.components.schemas.Problem.properties")).containsKeys("type",
                "title", "status", "detail", "errors");
        assertThat(this.<List<String>>at("$.components.schemas.Problem.required")).contains("title", "status");
        assertThat(this.<Map<String, Object>>at("$.components.schemas.FieldError.properties")).containsKeys("field",
                "message");
    }

    @Test
    void statesRequiredFieldsAndFormats() {
        assertThat(this.<List<String>>at("$.components.schemas.PlaceDetails.required")).contains("type", "authority",
                "countryCode", "confidentiality");
        assertThat(this.<List<String>>at("$.components.schemas.RegisterLetter.required")).contains("direction",
                "details");
        assertThat(this.<List<String>>at("$.components.schemas.PlaceView.required")).contains("version");
        assertThat(this.<List<String>>at("$.components.schemas.ApiListPlaceView.required")).contains("items", "size",
                "totalExact", "hasNext");
        assertThat(this.<String>at("$.components.schemas.PlaceView.properties.id.format")).isEqualTo("uuid");
        assertThat(this.<String>at("$.components.schemas.LetterView.properties.registeredOn.format")).isEqualTo("date");
        assertThat(this.<String>at("$.components.schemas.RecordOutcome.properties.on.format")).isEqualTo("date");
        assertThat(this.<String>at("$.components.schemas.PersonHit.properties.birthDate.pattern"))
                .isEqualTo(OpenApiConfig.PARTIAL_DATE_PATTERN);
        assertThat(this.<String>at("$.components.schemas.PersonDetails.properties.birthDate.pattern"))
                .isEqualTo(OpenApiConfig.PARTIAL_DATE_PATTERN);
        assertThat(this.<List<String>>at("$.paths['/api/v1/letters'].get.parameters[?(@.name == 'from')].schema.format"))
                .containsExactly("date");
    }

    @Test
    void vocabularyCodedFieldsSayWhereTheirCodesAreRead() throws Exception {
        HuquqUser reader = users.user(users.institution(), Role.MONITOR);
        OpenApiConfig.VOCABULARY_FIELDS.forEach((schema, fields) -> fields.forEach((property, vocabulary) ->
                assertThat(this.<String>at("$.components.schemas." + schema + ".properties." + property
                        + ".description")).as(schema + "." + property)
                        .contains("GET /api/v1/vocabularies/" + vocabulary)));
        for (String vocabulary : OpenApiConfig.VOCABULARY_FIELDS.values().stream().flatMap(f -> f.values().stream())
                .distinct().toList()) {
            mvc.perform(get("/api/v1/vocabularies/" + vocabulary).with(authentication(TestUsers.signedIn(reader))))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.terms").isNotEmpty());
        }
        assertThat(this.<List<String>>at("$.paths['/api/v1/places'].get.parameters[?(@.name == 'type')].description"))
                .singleElement().asString().contains("/api/v1/vocabularies/place-type");
        assertThat(this.<List<String>>at("$.paths['/api/v1/commitments'].get.parameters[?(@.name == 'kind')]"
                + ".description")).singleElement().asString().contains("/api/v1/vocabularies/commitment-kind");
    }
}
