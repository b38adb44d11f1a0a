package org.huquq.web;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.huquq.shared.DateCursor;
import org.huquq.shared.NameCursor;
import org.huquq.shared.PartialDate;
import org.huquq.shared.web.ApiProblems;
import org.huquq.shared.web.IfMatch;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;

/**
 * The OpenAPI description at {@code /v3/api-docs}, written so that a generated client works without reading prose:
 * OpenAPI 3.0 (what generators read best), bearer tokens, readable operation ids, If-Match as a required header of
 * every change, the problem-details shape of every 4xx answer, 201 with {@code Location} on creation, the format of
 * partial dates and times, the fields that always come, and for vocabulary-coded fields where the allowed codes are
 * read.
 */
@Configuration
class OpenApiConfig {

    static final String BEARER = "bearer";

    static final String PROBLEM = "Problem";

    static final String PARTIAL_DATE_PATTERN = "^\\d{4}(-\\d{2}(-\\d{2})?)?$";

    static final String PARTIAL_DATE = "A date known to the day, the month or the year: 2025-03-31, 2025-03 or 2025";

    /** Text properties that take a partial date (the typed ones, {@link PartialDate}, are described by type). */
    static final Map<String, String> PARTIAL_DATE_FIELDS = Map.of("PersonDetails", "birthDate");

    /**
     * Properties whose values are codes of a controlled vocabulary, by schema: the codes an institution may use are
     * its terms, read at {@code /api/v1/vocabularies/{code}}. OpenApiTests checks that each is described.
     */
    static final Map<String, Map<String, String>> VOCABULARY_FIELDS = vocabularyFields();

    /** The cursor of a keyset list, as clients see it. */
    static final String CURSOR = "An opaque cursor: the 'next' of the page before, sent back unchanged";

    /** Two classes that would share one schema name: the second one's fields would be described by the first. */
    static final List<String> SCHEMA_NAME_CLASHES = new ArrayList<>();

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(IfMatch.class)
                .replaceWithSchema(PartialDate.class, new StringSchema().pattern(PARTIAL_DATE_PATTERN)
                        .example("1991-03").description(PARTIAL_DATE))
                .replaceWithSchema(LocalTime.class, new StringSchema().format("time").example("14:30")
                        .description("A time of day, hours and minutes (seconds optional)"))
                .replaceWithSchema(DateCursor.class, new StringSchema().description(CURSOR))
                .replaceWithSchema(NameCursor.class, new StringSchema().description(CURSOR));
    }

    /** RFC 9457 problem details, as every 4xx answer of the API has them. */
    @io.swagger.v3.oas.annotations.media.Schema(name = PROBLEM, description = "RFC 9457 problem details; every text "
            + "in the caller's language (their profile's, else Accept-Language)")
    record Problem(
            @io.swagger.v3.oas.annotations.media.Schema(requiredMode = RequiredMode.REQUIRED,
                    example = "about:blank") String type,
            @io.swagger.v3.oas.annotations.media.Schema(requiredMode = RequiredMode.REQUIRED) String title,
            @io.swagger.v3.oas.annotations.media.Schema(requiredMode = RequiredMode.REQUIRED) int status,
            String detail, String instance,
            @io.swagger.v3.oas.annotations.media.Schema(description = "400 only: each invalid field, query "
                    + "parameter or header with what is wrong") List<ApiProblems.FieldMessage> errors) {
    }

    @Bean
    OpenAPI huquqOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Huquq API").version("v1").description("Records of an ombudsman office: "
                        + "persons, places, institutions, letters, calls, commitments. Every list answers {items, "
                        + "page, size, total, totalExact, hasNext, next}. A record's ETag is its version: send it "
                        + "back in If-Match to change the record (428 without it, 412 when someone changed it "
                        + "since). Errors are application/problem+json (schema Problem) in the caller's language."))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").description("An API token, hq_...")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /** Ids, If-Match, creation and the problems each operation can answer, read from its handler method. */
    @Bean
    OperationCustomizer operationAnswers() {
        return (operation, handler) -> {
            operation.setOperationId(operationId(handler));
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            boolean ifMatch = false;
            boolean input = false;
            boolean path = false;
            for (MethodParameter parameter : handler.getMethodParameters()) {
                ifMatch |= parameter.getParameterType() == IfMatch.class;
                input |= parameter.hasParameterAnnotation(RequestBody.class)
                        || parameter.hasParameterAnnotation(RequestParam.class)
                        || parameter.hasParameterAnnotation(RequestPart.class);
                path |= parameter.hasParameterAnnotation(PathVariable.class);
            }
            if (ifMatch) {
                operation.addParametersItem(new HeaderParameter().name(IfMatch.HEADER).required(true)
                        .schema(new StringSchema().example("\"3\""))
                        .description("The ETag of the record as last read (its version)"));
                problem(responses, HttpStatus.PRECONDITION_FAILED, "Someone else changed the record since");
                problem(responses, HttpStatus.PRECONDITION_REQUIRED, "If-Match is missing");
            }
            ApiResponse created = responses.get("201");
            if (created != null) {
                created.description("Created").addHeaderObject("Location",
                        new Header().description("The address of the new record").schema(new StringSchema()));
            }
            if (ifMatch || input || path) {
                problem(responses, HttpStatus.BAD_REQUEST, "Invalid input, each field named in errors");
            }
            problem(responses, HttpStatus.UNAUTHORIZED, "No valid API token");
            problem(responses, HttpStatus.FORBIDDEN, "The caller's roles do not allow this");
            if (path) {
                problem(responses, HttpStatus.NOT_FOUND, "No such record, or one the caller may not read");
            }
            operation.setResponses(responses);
            return operation;
        };
    }

    /** The Problem schema, JSON media types, where vocabulary codes are read and which texts are partial dates. */
    @Bean
    OpenApiCustomizer problemsAndVocabularies() {
        return openApi -> {
            Components components = openApi.getComponents();
            ModelConverters.getInstance().readAll(new AnnotatedType(Problem.class)).forEach(components::addSchemas);
            Map<String, Schema> schemas = components.getSchemas();
            VOCABULARY_FIELDS.forEach((schema, fields) -> fields.forEach((property, vocabulary) -> {
                Schema<?> model = schemas.get(schema);
                Schema<?> field = model == null || model.getProperties() == null ? null
                        : model.getProperties().get(property);
                if (field != null) {
                    field.setDescription("A code of the vocabulary '" + vocabulary + "': the codes in use are the "
                            + "terms at GET /api/v1/vocabularies/" + vocabulary);
                    field.addExtension("x-vocabulary", vocabulary);
                }
            }));
            PARTIAL_DATE_FIELDS.forEach((schema, property) -> {
                Schema<?> model = schemas.get(schema);
                Schema<?> field = model == null || model.getProperties() == null ? null
                        : model.getProperties().get(property);
                if (field != null) {
                    field.pattern(PARTIAL_DATE_PATTERN).example("1991-03").setDescription(PARTIAL_DATE);
                }
            });
            // answers are JSON: "*/*" would leave a generated client guessing how to read them
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> operation
                    .getResponses().values().forEach(response -> {
                        Content content = response.getContent();
                        if (content != null && content.containsKey("*/*")) {
                            content.addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
                                    content.remove("*/*"));
                        }
                    })));
        };
    }

    /**
     * Components of a record that are of a primitive type are always in the JSON: they are required. Also notes two
     * classes that would share a schema name.
     */
    @Bean
    ModelConverter primitiveComponentsRequired() {
        Map<String, Class<?>> named = new LinkedHashMap<>();
        return new ModelConverter() {
            @Override
            public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
                Schema<?> schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
                Class<?> raw = rawClass(type.getType());
                if (schema == null || raw == null || !raw.isRecord()) {
                    return schema;
                }
                String name = schema.get$ref() != null ? schema.get$ref().substring(schema.get$ref().lastIndexOf('/')
                        + 1) : schema.getName();
                Schema<?> model = name == null ? schema : context.getDefinedModels().getOrDefault(name, schema);
                if (name != null && raw.getTypeParameters().length == 0) {
                    Class<?> earlier = named.putIfAbsent(name, raw);
                    if (earlier != null && earlier != raw) {
                        SCHEMA_NAME_CLASHES.add(name + ": " + earlier.getName() + " and " + raw.getName());
                    }
                }
                if (model.getProperties() != null) {
                    for (RecordComponent component : raw.getRecordComponents()) {
                        String property = component.getName();
                        if (component.getType().isPrimitive() && model.getProperties().containsKey(property)
                                && (model.getRequired() == null || !model.getRequired().contains(property))) {
                            model.addRequiredItem(property);
                        }
                    }
                }
                return schema;
            }
        };
    }

    private static void problem(ApiResponses responses, HttpStatus status, String description) {
        responses.addApiResponse(String.valueOf(status.value()), new ApiResponse().description(description)
                .content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
    }

    /** {@code updatePlace}, {@code recordOutcomeLetter}: the handler's name and what its controller serves. */
    private static String operationId(HandlerMethod handler) {
        String served = handler.getBeanType().getSimpleName().replace("ApiController", "");
        String method = handler.getMethod().getName();
        return method.toLowerCase().contains(served.toLowerCase()) ? method : method + served;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof JavaType java) {
            return java.getRawClass();
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            return raw;
        }
        return null;
    }

    private static Map<String, Map<String, String>> vocabularyFields() {
        Map<String, String> place = Map.of("type", "place-type", "authority", "authority");
        Map<String, String> counterpart = Map.of("kind", "counterpart-kind");
        Map<String, String> communication = Map.of("kind", "communication-kind");
        Map<String, String> commitment = Map.of("kind", "commitment-kind");
        Map<String, String> letter = Map.of("channel", "letter-channel");
        Map<String, Map<String, String>> fields = new LinkedHashMap<>();
        fields.put("PlaceDetails", place);
        fields.put("PlaceView", place);
        fields.put("CounterpartDetails", counterpart);
        fields.put("CounterpartView", counterpart);
        fields.put("CommunicationDetails", communication);
        fields.put("CommunicationView", communication);
        fields.put("CommunicationSummary", communication);
        fields.put("CommitmentDetails", commitment);
        fields.put("CommitmentView", commitment);
        fields.put("LetterDetails", letter);
        fields.put("LetterView", letter);
        return Map.copyOf(fields);
    }
}
