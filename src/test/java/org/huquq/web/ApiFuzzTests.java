package org.huquq.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huquq.support.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.huquq.commitments.CommitmentManagement;
import org.huquq.commitments.CommitmentMother;
import org.huquq.commitments.CommitmentStatus;
import org.huquq.commitments.CommitmentView;
import org.huquq.correspondence.CommunicationManagement;
import org.huquq.correspondence.CommunicationMother;
import org.huquq.correspondence.LetterManagement;
import org.huquq.correspondence.LetterMother;
import org.huquq.correspondence.LetterView;
import org.huquq.counterparts.CounterpartManagement;
import org.huquq.counterparts.CounterpartMother;
import org.huquq.identity.ApiTokens;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.people.PersonManagement;
import org.huquq.people.PersonMother;
import org.huquq.places.PlaceManagement;
import org.huquq.places.PlaceMother;
import org.huquq.shared.files.FileStoreTests;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import tools.jackson.databind.json.JsonMapper;

/**
 * A seeded fuzzer over every operation of {@code /v3/api-docs}: about {@value #DEFAULT_REQUESTS} requests a run, as a
 * signed-in user of an institution of its own with every editing role and the administrator's, each request built
 * from the operation's description and then bent: wrong types, huge strings, NUL and control characters, Tajik
 * letters, invalid UTF-8, far dates and numbers, missing and unknown fields, repeated parameters, odd Content-Types,
 * malformed multipart, random ids. No answer may be a server error (5xx) or name a Java class, and none may be logged
 * as an error or with a stack trace. What it found is pinned down request by request in
 * {@link #theRequestsTheFuzzerFoundAreClientErrorsOrAnswers}.
 *
 * <p>The seed is fixed and printed; {@code -Dhuquq.fuzz.seed=N} runs another (the records its requests name have new
 * ids each run), {@code -Dhuquq.fuzz.seed=random} a new one each time, {@code -Dhuquq.fuzz.requests=N} changes its
 * length. A failure lists each request that failed, with the seed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ApiFuzzTests {

    static final int DEFAULT_REQUESTS = 2500;

    /**
     * The same seed every run unless {@code -Dhuquq.fuzz.seed} names another, or {@code random} for a new one: the
     * suite decides whether a change lands, so it asks the same questions each time; exploring is a deliberate run.
     */
    static final long SEED = "random".equals(System.getProperty("huquq.fuzz.seed")) ? new SecureRandom().nextLong()
            : Long.getLong("huquq.fuzz.seed", -8042013054598634540L);
    static final int REQUESTS = Integer.getInteger("huquq.fuzz.requests", DEFAULT_REQUESTS);

    /** What a body must never show: a Java class or package, an exception, an array's identity. */
    static final Pattern CLASS_NAME = Pattern.compile("(?:\\b(?:java|javax|jakarta|sun|org\\.springframework"
            + "|org\\.hibernate|org\\.h2|org\\.postgresql|org\\.apache|org\\.huquq|tools\\.jackson|com\\.fasterxml)"
            + "\\.[A-Za-z])|Exception|\\[L[a-z]|\\$\\$SpringCGLIB|\\tat [a-z]");

    static final String TAJIK = "Раҳимов Ҷамшед Ғӯқҳӣ ҒӮҚҲҶӢ ҷамъият";

    static final List<String> EVIL_TEXT = List.of("", " ", "\u0000", "a\u0000b", "\u0001\u0002\u001b[2J",
            "\t\n\r", "\u202eevil\u202c", "\ufeff", "\ud83d\ude00", TAJIK, "مؤسسة", "'; drop table person; --",
            "<script>alert(1)</script>", "${7*7}", "{{7*7}}", "%s%n%x", "../../etc/passwd", "\\", "\"", "NaN",
            "null", "-1", "*", "%", "_", "?", "\u0085", "\u2028", "\uffff", "\ufffe", "a\u00adb", "ǅ", "İı",
            "1".repeat(400), "..", "%00", "%2F", "TJ", "tg", "PUBLIC");

    static final List<String> EVIL_DATES = List.of("+999999999-12-31", "-0001-01-01", "0000-01-01", "10000-01-01",
            "+10000-01-01", "2024-02-30", "2024-13-01", "2024-1-1", "31.12.2024", "2024-12-31T10:00:00Z", "",
            "2024", "9999-12-31", "0001-01-01", "1899-12-31", "-999999999-01-01", "2024-02-29", "2023-02-29");

    static final List<String> EVIL_NUMBERS = List.of("0", "-1", "2147483647", "2147483648", "-2147483649",
            "9223372036854775807", "9223372036854775808", "-9223372036854775809", "1e309", "-1e309", "1.5", "1E2",
            "1e-400", "0.0000001", "-0", "1" + "0".repeat(1200), "99999999999999999999", "1000001");

    static final List<String> EVIL_JSON_TOKENS = List.of("NaN", "Infinity", "-Infinity", "0x10", "01", ".5", "+1",
            "1.", "\"\\ud800\"", "\"\\udfff\\ud800\"", "\"\\u0000\"", "\"\\x41\"", "'single'", "undefined", "tru",
            "[1,]", "{\"a\":}", "\"" + "\\".repeat(3) + "\"");

    static final List<String> ODD_CONTENT_TYPES = List.of("application/*", "*/*", "text/plain", "application/xml",
            "application/json; charset=ISO-8859-1", "application/json; charset=UTF-16",
            "application/json; charset=no-such-charset", "application/json;;", "application/merge-patch+json",
            "application/problem+json", "multipart/form-data", "multipart/form-data; boundary=x",
            "application/x-www-form-urlencoded", "garbage", "application/json; boundary=\"", "text/*",
            "application/octet-stream", "application/json; q=0.5", "application/vnd.huquq+json", "");

    static final List<String> ODD_ACCEPTS = List.of("application/json", "*/*", "application/xml", "text/html",
            "image/png", "application/problem+json", "text/plain", "garbage", "application/*;q=0", "text/csv");

    /** Collections by the path an id of theirs is under. */
    static final String PLACES = "/api/v1/places";
    static final String PERSONS = "/api/v1/persons";
    static final String COUNTERPARTS = "/api/v1/institutions";
    static final String LETTERS = "/api/v1/letters";
    static final String COMMUNICATIONS = "/api/v1/communications";
    static final String COMMITMENTS = "/api/v1/commitments";
    static final String FOLLOW_UPS = "/api/v1/commitments/{id}/follow-ups";
    static final String TEAMS = "teams";

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JsonMapper json;

    @Autowired
    WebApplicationContext context;

    @Autowired
    PlaceManagement places;

    @Autowired
    PersonManagement persons;

    @Autowired
    CounterpartManagement counterparts;

    @Autowired
    LetterManagement letters;

    @Autowired
    CommunicationManagement communications;

    @Autowired
    CommitmentManagement commitments;

    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    final Random random = new Random(SEED);

    HuquqUser user;
    String bearer;
    Map<String, Object> doc;
    /** Ids by the collection path they are under, seeded and then taken from each 201's Location. */
    final Map<String, List<String>> ids = new HashMap<>();
    /** The last ETag seen for an id. */
    final Map<String, String> versions = new HashMap<>();
    final Map<String, List<String>> vocabularies = new HashMap<>();
    final List<String> replyRules = new ArrayList<>();
    final List<String> failures = new ArrayList<>();
    /** The last date written into the body being made. */
    LocalDate bodyDate;

    @BeforeEach
    void institution() {
        seed();
    }

    @Test
    void noOperationAnswersBadInputWithAServerErrorOrAJavaClassName(CapturedOutput output) throws Exception {
        System.out.println("ApiFuzzTests: seed " + SEED + ", " + REQUESTS + " requests (repeat with -Dhuquq.fuzz.seed="
                + SEED + ")");
        List<Operation> operations = operations();
        assertThat(operations).hasSizeGreaterThan(50);
        readReferenceData();

        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        long start = System.nanoTime();
        int logged = output.getAll().length();
        List<Operation> round = new ArrayList<>(operations);
        for (int i = 0; i < REQUESTS; i++) {
            // every operation once a round, in an order of its own each round
            if (i % round.size() == 0) {
                java.util.Collections.shuffle(round, random);
            }
            Operation operation = round.get(i % round.size());
            Request request = request(operation);
            int status = send(i, operation, request);
            statuses.merge(status, 1, Integer::sum);
        }
        System.out.printf("ApiFuzzTests: %d requests in %d s, by status %s%n", REQUESTS,
                Duration.ofNanos(System.nanoTime() - start).toSeconds(), statuses);

        logged(output.getAll().substring(logged)).stream().limit(10).forEach(record -> failures.add("logged: "
                + shown(record, 400)));
        assertThat(failures).as("requests answered with a server error or a Java class name (seed %d; repeat with"
                + " -Dhuquq.fuzz.seed=%d)", SEED, SEED).isEmpty();
        // the fuzzer was itself all along: its token still works, so the answers above were not mere 401s
        HttpResponse<String> stillSignedIn = client.send(HttpRequest.newBuilder(uri(PLACES))
                .header("Authorization", bearer).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(stillSignedIn.statusCode()).isEqualTo(200);
        assertThat(statuses.keySet()).as("answers of every kind").contains(200, 400, 404);
        if (REQUESTS >= 1000) {
            assertThat(statuses.keySet()).as("some records created").contains(201);
        }
    }

    /** What the fuzzer found answered with a server error, each pinned down with the answer it now gets. */
    @Test
    void theRequestsTheFuzzerFoundAreClientErrorsOrAnswers(CapturedOutput output) throws Exception {
        int logged = output.getAll().length();
        String letter = ids.get(LETTERS).get(1);
        String commitment = ids.get(COMMITMENTS).get(0);
        // an Accept-Language no browser sends, read for a request refused before its user is known
        for (String language : List.of("ru;q=x", "", ";", "tg;q=0.5,,ru")) {
            HttpResponse<String> anonymous = client.send(HttpRequest.newBuilder(uri(PLACES))
                    .header("Accept-Language", language).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(anonymous.statusCode()).as(language).isEqualTo(401);
        }
        assertAnswer("GET", PLACES + "?q=%FF", Map.of("Accept-Language", "ru;q=x"), null, 400);
        assertAnswer("POST", PLACES, Map.of("Accept-Language", "", "Content-Type", "application/json"),
                "{\"pad\":\"" + "a".repeat(1_100_000) + "\"}", 413);
        // a page number whose offset is past the largest int
        for (String list : List.of(PERSONS + "?name=a", PLACES + "?q=a", LETTERS + "?q=a", COUNTERPARTS + "?q=a",
                COMMITMENTS + "?q=a", COMMITMENTS + "/" + commitment + "/follow-ups?size=4",
                PERSONS + "/duplicates?size=4")) {
            assertAnswer("GET", list + "&page=2147483647", Map.of(), null, 200);
        }
        // a silence of more days than there are since the year 1 (a date PostgreSQL refuses)
        assertAnswer("GET", COMMITMENTS + "/no-step-reported?days=2147483647", Map.of(), null, 200);
        // a multipart Content-Type without a boundary on requests that should have no body
        assertAnswer("GET", PERSONS + "?name=a", Map.of("Content-Type", "multipart/form-data"), "[[[", 400);
        assertAnswer("GET", LETTERS + "/" + letter + "/follow-up-draft", Map.of("Content-Type",
                "multipart/form-data"), "[[[", 400);
        // a form body that is no form, with a method no page sends forms with
        assertAnswer("PATCH", COMMITMENTS + "/" + commitment + "/follow-ups", Map.of("Content-Type",
                "application/x-www-form-urlencoded"), "%%%", 405);
        assertAnswer("PUT", PLACES + "/" + ids.get(PLACES).get(0), Map.of("Content-Type",
                "application/x-www-form-urlencoded", "If-Match", "\"0\""), "a=%FF", 415);
        // a null among the items of a list
        assertAnswer("POST", PERSONS, Map.of("Content-Type", "application/json"), """
                {"details":{"sex":"MALE","confidentiality":"INTERNAL"},"names":[null]}""", 400, "names[0]");
        assertAnswer("POST", "/api/v1/users", Map.of("Content-Type", "application/json"), """
                {"displayName":"Fuzz","language":"en","roles":["MONITOR"],"teamIds":[null],"username":"fuzz%d"}"""
                .formatted(random.nextInt(1_000_000)), 400, "teamIds[0]");
        assertThat(logged(output.getAll().substring(logged))).isEmpty();
    }

    private void assertAnswer(String method, String target, Map<String, String> headers, String body, int status,
            String field) throws Exception {
        HttpResponse<String> response = assertAnswer(method, target, headers, body, status);
        assertThat(response.body()).as("%s %s", method, target).contains("\"field\":\"" + field + "\"");
    }

    private HttpResponse<String> assertAnswer(String method, String target, Map<String, String> headers,
            String body, int status) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(target)).header("Authorization", bearer)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s %s %s: %s", method, target, headers, shown(response.body(), 300))
                .isEqualTo(status);
        assertThat(response.body()).as("%s %s", method, target).doesNotContainPattern(CLASS_NAME);
        if (status >= 400 && status != 405) {
            assertThat(response.headers().firstValue("Content-Type")).as("%s %s", method, target)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        }
        return response;
    }

    /**
     * The log records that bad input must not cause: an error, or any record with a stack trace. Tomcat's own note of
     * a request line or header it could not parse is left out: it answers 400, and logs the first such request of
     * the process with its trace and later ones at DEBUG.
     */
    static List<String> logged(String log) {
        List<String> records = new ArrayList<>();
        StringBuilder record = null;
        for (String line : log.split("\\R")) {
            if (line.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
                if (record != null) {
                    records.add(record.toString());
                }
                record = new StringBuilder(line);
            } else if (record != null) {
                record.append('\n').append(line);
            }
        }
        if (record != null) {
            records.add(record.toString());
        }
        return records.stream().filter(r -> r.contains(" ERROR ") || r.contains("\n\tat "))
                .filter(r -> !r.contains("coyote.http11.Http11Processor")).toList();
    }

    // --- the institution and its records

    /** An institution of its own, a user with every editing role and the administrator's, and a record of each kind. */
    private void seed() {
        UUID institution = users.institution();
        UUID team = users.team(institution, "Fuzz");
        Set<Role> roles = EnumSet.copyOf(Role.EDITORS);
        roles.add(Role.ADMINISTRATOR);
        user = users.user(institution, roles, team);
        bearer = "Bearer " + as(user, () -> tokens.create(user, "fuzz", Instant.now().plus(1, ChronoUnit.DAYS))
                .secret());
        as(user, () -> {
            UUID counterpart = counterparts.create(CounterpartMother.ombudsman().build()).id();
            UUID ministry = counterparts.create(CounterpartMother.ministry().build()).id();
            UUID place = places.create(PlaceMother.colony().build()).id();
            UUID person = persons.register(PersonMother.named("Раҳимов", "Азиз").build()).id();
            UUID namesake = persons.register(PersonMother.named("Рахимов", "Азиз").build()).id();
            LetterView outgoing = letters.register(LetterMother.outgoing(counterpart).about(person).at(place)
                    .register());
            outgoing = letters.attach(outgoing.id(), outgoing.version(), new ByteArrayInputStream(FileStoreTests.PDF),
                    "мактуб.pdf");
            LetterView incoming = letters.register(LetterMother.incoming(ministry).register());
            UUID call = communications.create(CommunicationMother.call().with(counterpart).build()).id();
            CommitmentView pledge = commitments.create(CommitmentMother.pledgeBy(counterpart).build());
            UUID step = commitments.addFollowUp(pledge.id(), pledge.version(),
                    CommitmentMother.step(LocalDate.of(2024, 12, 1), CommitmentStatus.IN_PROGRESS)).followUp().id();
            add(COUNTERPARTS, counterpart, ministry);
            add(PLACES, place);
            add(PERSONS, person, namesake);
            add(LETTERS, outgoing.id(), incoming.id());
            versions.put(outgoing.id().toString(), "\"" + outgoing.version() + "\"");
            add(COMMUNICATIONS, call);
            add(COMMITMENTS, pledge.id());
            add(FOLLOW_UPS, step);
            add(TEAMS, team);
            return null;
        });
    }

    private void add(String collection, UUID... added) {
        for (UUID id : added) {
            ids.computeIfAbsent(collection, c -> new ArrayList<>()).add(id.toString());
        }
    }

    /** Vocabulary terms and reply rules, for requests that use them rightly. */
    private void readReferenceData() throws Exception {
        for (Object vocabulary : items(get("/api/v1/vocabularies"))) {
            String code = String.valueOf(((Map<?, ?>) vocabulary).get("code"));
            List<String> terms = new ArrayList<>();
            Object entries = ((Map<?, ?>) vocabulary).get("terms");
            if (entries instanceof List<?> list) {
                list.forEach(term -> terms.add(String.valueOf(((Map<?, ?>) term).get("code"))));
            }
            vocabularies.put(code, terms);
        }
        for (Object rule : items(get("/api/v1/reply-rules"))) {
            replyRules.add(String.valueOf(((Map<?, ?>) rule).get("code")));
        }
        assertThat(vocabularies).isNotEmpty();
        assertThat(replyRules).isNotEmpty();
    }

    private Map<String, Object> get(String path) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri(path)).header("Authorization", bearer)
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return json.readValue(response.body(), Map.class);
    }

    private static List<?> items(Map<String, Object> list) {
        return list.get("items") instanceof List<?> items ? items : List.of();
    }

    // --- the description

    record Parameter(String name, String in, boolean required, Map<String, Object> schema) {
    }

    record Operation(String method, String path, List<Parameter> parameters, String bodyType,
            Map<String, Object> bodySchema) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /**
     * The operations the description lists. Read as a signed-in user of the pages would read it: production (the
     * postgres profile) shows it to them only, and a token signs in to {@code /api} alone.
     */
    @SuppressWarnings("unchecked")
    private List<Operation> operations() throws Exception {
        MockMvc pages = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        String description = pages.perform(MockMvcRequestBuilders.get("/v3/api-docs").with(authentication(TestUsers
                .signedIn(user)))).andExpect(MockMvcResultMatchers.status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        doc = json.readValue(description, Map.class);
        List<Operation> operations = new ArrayList<>();
        ((Map<String, Object>) doc.get("paths")).forEach((path, item) -> ((Map<String, Object>) item).forEach(
                (method, described) -> {
                    Map<String, Object> operation = (Map<String, Object>) described;
                    List<Parameter> parameters = new ArrayList<>();
                    for (Object p : (List<Object>) operation.getOrDefault("parameters", List.of())) {
                        Map<String, Object> parameter = (Map<String, Object>) p;
                        parameters.add(new Parameter((String) parameter.get("name"), (String) parameter.get("in"),
                                Boolean.TRUE.equals(parameter.get("required")),
                                (Map<String, Object>) parameter.getOrDefault("schema", Map.of())));
                    }
                    String bodyType = null;
                    Map<String, Object> bodySchema = null;
                    Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
                    if (body != null) {
                        Map<String, Object> content = (Map<String, Object>) body.get("content");
                        bodyType = content.keySet().iterator().next();
                        bodySchema = (Map<String, Object>) ((Map<String, Object>) content.get(bodyType)).get("schema");
                    }
                    operations.add(new Operation(method.toUpperCase(Locale.ROOT), path, parameters, bodyType,
                            bodySchema));
                }));
        return operations;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> resolve(Map<String, Object> schema) {
        Object ref = schema.get("$ref");
        if (ref instanceof String reference && reference.startsWith("#/components/schemas/")) {
            Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) doc.get("components"))
                    .get("schemas");
            return (Map<String, Object>) schemas.get(reference.substring("#/components/schemas/".length()));
        }
        return schema;
    }

    // --- requests

    /** A request as it goes out: its body already bytes, so that it may be anything. */
    record Request(String method, String target, Map<String, String> headers, byte[] body) {
    }

    private Request request(Operation operation) {
        String method = operation.method();
        if (chance(0.03)) {
            method = pick(List.of("GET", "PUT", "POST", "DELETE", "PATCH", "OPTIONS", "HEAD"));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", bearer);
        headers.put("Accept", chance(0.85) ? "application/json" : pick(ODD_ACCEPTS));
        if (chance(0.3)) {
            headers.put("Accept-Language", pick(List.of("ru", "tg", "en", "tg-TJ", "zz", "*", "ru;q=x", "")));
        }
        String path = operation.path();
        StringBuilder query = new StringBuilder();
        for (Parameter parameter : operation.parameters()) {
            switch (parameter.in()) {
                case "path" -> path = path.replace("{" + parameter.name() + "}", pathValue(operation, parameter));
                case "query" -> {
                    if (parameter.required() ? chance(0.9) : chance(0.5)) {
                        addQuery(query, parameter.name(), chance(0.7) ? goodValue(parameter.name(), parameter
                                .schema(), operation.path()) : unraw(badValue(parameter.schema())));
                        if (chance(0.07)) {
                            addQuery(query, parameter.name(), unraw(badValue(parameter.schema())));
                        }
                    }
                }
                case "header" -> {
                    if (parameter.name().equalsIgnoreCase("If-Match") && chance(0.9)) {
                        headers.put("If-Match", ifMatch(path));
                    }
                }
                default -> {
                }
            }
        }
        if (chance(0.05)) {
            addQuery(query, pick(List.of("unknown", "size", "page", "q", "_csrf", "lang", "sort")), badText());
        }
        if (chance(0.04)) {
            // escapes that decode to no UTF-8, or are not escapes at all
            query.append(query.isEmpty() ? "" : "&").append("q=").append(pick(List.of("%FF", "%C3%28", "%ED%A0%80",
                    "%F4%90%80%80", "%", "%G1", "%E2%82", "a%2", "%C0%AF", "%00")));
        }
        byte[] body = null;
        if (operation.bodyType() != null && operation.bodyType().startsWith("multipart/")) {
            String boundary = "fuzz" + Long.toHexString(random.nextLong());
            headers.put("Content-Type", chance(0.8) ? "multipart/form-data; boundary=" + boundary
                    : pick(ODD_CONTENT_TYPES));
            body = multipart(boundary);
        } else if (operation.bodyType() != null) {
            headers.put("Content-Type", chance(0.8) ? "application/json" : pick(ODD_CONTENT_TYPES));
            body = jsonBody(operation);
        } else if (chance(0.08)) {
            headers.put("Content-Type", pick(ODD_CONTENT_TYPES));
            body = pick(List.of("{}", "null", "x", TAJIK, "[" + "[".repeat(3000), "a=%FF%FE", "%E2%82=1", "a=1&a=2"))
                    .getBytes(StandardCharsets.UTF_8);
        }
        if (headers.get("Content-Type") != null && headers.get("Content-Type").isEmpty()) {
            headers.remove("Content-Type");
        }
        return new Request(method, path + (query.isEmpty() ? "" : "?" + query), headers, body);
    }

    private String pathValue(Operation operation, Parameter parameter) {
        String name = parameter.name();
        String collection = operation.path().substring(0, operation.path().indexOf("/{" + name + "}"));
        Map<String, Object> schema = parameter.schema();
        if (chance(0.25)) {
            Object value = chance(0.4) ? UUID.randomUUID() : badValue(schema);
            String bad = value instanceof Raw raw ? new String(raw.bytes(), StandardCharsets.UTF_8)
                    : String.valueOf(value);
            return encode(bad.isEmpty() ? "x" : bad);
        }
        if ("uuid".equals(schema.get("format"))) {
            List<String> known = ids.getOrDefault(collection, List.of());
            return known.isEmpty() || chance(0.15) ? UUID.randomUUID().toString() : pick(known);
        }
        return switch (name) {
            case "code" -> encode(collection.endsWith("vocabularies") ? pick(List.copyOf(vocabularies.keySet()))
                    : pick(replyRules));
            case "term" -> encode(pick(vocabularies.values().stream().flatMap(List::stream).toList()));
            case "country" -> pick(List.of("TJ", "RU", "KZ", "tj", "XX"));
            case "date" -> date().toString();
            case "index" -> String.valueOf(random.nextInt(3));
            default -> encode(String.valueOf(goodValue(name, schema, operation.path())));
        };
    }

    private String ifMatch(String path) {
        Matcher id = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}").matcher(path);
        String known = id.find() ? versions.get(id.group()) : null;
        if (chance(0.75)) {
            return known != null ? known : "\"" + random.nextInt(3) + "\"";
        }
        return pick(List.of("*", "\"abc\"", "W/\"1\"", "\"-1\"", "\"99999999999999999999\"", "1", "\"\"",
                "\"1\", \"2\"",
                "\"" + TAJIK + "\"", "\"9223372036854775807\"", ""));
    }

    /** A value for the address: a JSON token as its text. */
    private static Object unraw(Object value) {
        return value instanceof Raw raw ? new String(raw.bytes(), StandardCharsets.UTF_8) : value;
    }

    private void addQuery(StringBuilder query, String name, Object value) {
        if (!query.isEmpty()) {
            query.append('&');
        }
        query.append(encode(name)).append('=').append(encode(String.valueOf(value)));
    }

    // --- bodies

    private byte[] jsonBody(Operation operation) {
        Map<String, Object> schema = resolve(operation.bodySchema());
        bodyDate = null;
        Object body = valid(schema, "", 0, operation.path());
        double roll = random.nextDouble();
        if (roll < 0.15) {
            return write(body);
        }
        if (roll < 0.7) {
            // one to three values bent, anywhere in the body
            int mutations = 1 + random.nextInt(3);
            for (int i = 0; i < mutations; i++) {
                body = mutate(body, schema);
            }
            return write(body);
        }
        byte[] valid = write(body);
        return switch (random.nextInt(12)) {
            case 0 -> java.util.Arrays.copyOf(valid, random.nextInt(Math.max(1, valid.length)));
            case 1 -> new byte[0];
            case 2 -> pick(List.of("null", "[]", "\"text\"", "42", "true", "[{}]", "{}")).getBytes(
                    StandardCharsets.UTF_8);
            case 3 -> ("[".repeat(2000 + random.nextInt(3000)) + "]".repeat(10)).getBytes(StandardCharsets.UTF_8);
            case 4 -> ("{\"a\":".repeat(1500) + "1" + "}".repeat(1500)).getBytes(StandardCharsets.UTF_8);
            case 5 -> concat("\ufeff".getBytes(StandardCharsets.UTF_8), valid);
            case 6 -> concat(valid, "{}".getBytes(StandardCharsets.UTF_8));
            case 7 -> huge(valid);
            case 8 -> ("a=1&b=" + encode(TAJIK) + pick(List.of("", "&c=%FF", "&%C3%28=1"))).getBytes(
                    StandardCharsets.UTF_8);
            case 9 -> "<x>1</x>".getBytes(StandardCharsets.UTF_8);
            case 10 -> invalidUtf8(valid);
            default -> duplicateKey(valid);
        };
    }

    /** A valid value of {@code schema}: required properties and some others, lengths and ranges kept. */
    @SuppressWarnings("unchecked")
    private Object valid(Map<String, Object> given, String name, int depth, String operationPath) {
        Map<String, Object> schema = resolve(given);
        String type = String.valueOf(schema.get("type"));
        if ("object".equals(type) || schema.containsKey("properties")) {
            Map<String, Object> object = new LinkedHashMap<>();
            List<Object> required = (List<Object>) schema.getOrDefault("required", List.of());
            Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
            properties.forEach((property, propertySchema) -> {
                if (depth < 4 && (required.contains(property) || chance(0.8))) {
                    object.put(property, valid((Map<String, Object>) propertySchema, property, depth + 1,
                            operationPath));
                }
            });
            return object;
        }
        if ("array".equals(type)) {
            List<Object> array = new ArrayList<>();
            int min = number(schema.get("minItems"), 0);
            int count = Math.max(min, chance(0.8) ? 1 + random.nextInt(2) : 0);
            Map<String, Object> items = (Map<String, Object>) schema.getOrDefault("items", Map.of("type", "string"));
            for (int i = 0; i < count && depth < 4; i++) {
                array.add(valid(items, name, depth + 1, operationPath));
            }
            return "true".equals(String.valueOf(schema.get("uniqueItems"))) ? new ArrayList<>(
                    new java.util.LinkedHashSet<>(array)) : array;
        }
        return goodValue(name, schema, operationPath);
    }

    /** A value a careful client would send for a parameter or property of this name and schema. */
    @SuppressWarnings("unchecked")
    private Object goodValue(String name, Map<String, Object> given, String operationPath) {
        Map<String, Object> schema = resolve(given);
        String type = String.valueOf(schema.get("type"));
        String format = String.valueOf(schema.get("format"));
        String lower = name.toLowerCase(Locale.ROOT);
        if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
            return pick(values);
        }
        if (schema.get("x-vocabulary") instanceof String vocabulary) {
            List<String> terms = vocabularies.getOrDefault(vocabulary, List.of());
            return terms.isEmpty() ? "OTHER" : pick(terms);
        }
        switch (type) {
            case "boolean" -> {
                return random.nextBoolean();
            }
            case "integer" -> {
                if (lower.contains("year")) {
                    return 1950 + random.nextInt(76);
                }
                int min = number(schema.get("minimum"), 0);
                int max = number(schema.get("maximum"), lower.contains("size") ? 50 : 30);
                return min + random.nextInt(Math.max(1, Math.min(max, min + 100) - min + 1));
            }
            case "number" -> {
                double min = number(schema.get("minimum"), -50);
                double max = number(schema.get("maximum"), 50);
                return min + random.nextDouble() * (max - min);
            }
            default -> {
            }
        }
        switch (format) {
            case "uuid" -> {
                return idFor(lower);
            }
            case "date" -> {
                // the dates of one body in the order they are written: signed, sent, delivered, received...
                bodyDate = bodyDate == null ? date() : bodyDate.plusDays(random.nextInt(4));
                return bodyDate.toString();
            }
            case "date-time" -> {
                return date().atStartOfDay().toString() + "Z";
            }
            case "time" -> {
                return String.format(Locale.ROOT, "%02d:%02d", random.nextInt(24), random.nextInt(60));
            }
            case "email" -> {
                return "fuzz" + random.nextInt(1000) + "@example.org";
            }
            default -> {
            }
        }
        String pattern = String.valueOf(schema.get("pattern"));
        if (pattern.equals("[A-Z]{2}") || lower.contains("countr") || lower.startsWith("nationalit")) {
            return pick(List.of("TJ", "RU", "UZ", "KG", "AF"));
        }
        if (pattern.equals("en|ru|tg") || lower.contains("language")) {
            return pick(List.of("tg", "ru", "en"));
        }
        if (pattern.startsWith("[a-z0-9._-]")) {
            return "fuzz" + Long.toHexString(random.nextLong()).substring(0, 8);
        }
        if (pattern.startsWith("[A-Z][A-Z0-9_]")) {
            return "FUZZ_" + random.nextInt(100000);
        }
        if (pattern.startsWith("^\\d{4}")) {
            return pick(List.of("1991", "1991-03", "1991-03-17"));
        }
        if (lower.contains("phone")) {
            return "+992 37 " + (1000000 + random.nextInt(8999999));
        }
        if (lower.equals("email") || lower.equals("website")) {
            return lower.equals("email") ? "fuzz@example.org" : "https://example.org/" + random.nextInt(100);
        }
        if (lower.equals("replyrule") || lower.equals("rule")) {
            return pick(replyRules);
        }
        if (lower.equals("q") || lower.equals("name")) {
            return pick(List.of("Раҳимов", "Rahimov", "колония", "OUT", "Комиссар", "a"));
        }
        if (lower.equals("after")) {
            return pick(List.of("", "eyJ4IjoxfQ", "MjAyNC0wMS0wMXw" + UUID.randomUUID()));
        }
        int max = Math.min(number(schema.get("maxLength"), 40), 40);
        int min = Math.max(number(schema.get("minLength"), 1), 1);
        return text(min + random.nextInt(Math.max(1, max - min + 1)));
    }

    private String idFor(String name) {
        String collection = name.contains("counterpart") || name.contains("madeby") || name.contains("madeto")
                || name.contains("institution") ? COUNTERPARTS
                : name.contains("person") || name.contains("merged") ? PERSONS
                : name.contains("place") ? PLACES
                : name.contains("letter") || name.contains("reply") || name.contains("follows") ? LETTERS
                : name.contains("source") ? pick(List.of(LETTERS, COMMUNICATIONS))
                : name.contains("team") ? TEAMS
                : name.contains("commitment") ? COMMITMENTS
                : pick(List.copyOf(ids.keySet()));
        List<String> known = ids.getOrDefault(collection, List.of());
        return known.isEmpty() || chance(0.1) ? UUID.randomUUID().toString() : pick(known);
    }

    /** The body with one value, anywhere in it, replaced, removed, or joined by an unknown one. */
    @SuppressWarnings("unchecked")
    private Object mutate(Object body, Map<String, Object> schema) {
        if (body instanceof Map<?, ?> map && !map.isEmpty() && chance(0.75)) {
            Map<String, Object> object = new LinkedHashMap<>((Map<String, Object>) map);
            String key = pick(List.copyOf(object.keySet()));
            Map<String, Object> properties = (Map<String, Object>) resolve(schema).getOrDefault("properties",
                    Map.of());
            Map<String, Object> propertySchema = properties.get(key) instanceof Map<?, ?> s
                    ? (Map<String, Object>) s : Map.of();
            switch (random.nextInt(8)) {
                case 0 -> object.remove(key);
                case 1 -> object.put(key, null);
                case 2 -> object.put(pick(List.of("unknown", "id", "version", "institutionId", "createdBy", "__proto__",
                        TAJIK, "")), badValue(Map.of()));
                default -> object.put(key, chance(0.5) && (object.get(key) instanceof Map<?, ?>
                        || object.get(key) instanceof List<?>) ? mutate(object.get(key), propertySchema)
                        : badValue(propertySchema));
            }
            return object;
        }
        if (body instanceof List<?> list && !list.isEmpty() && chance(0.7)) {
            List<Object> array = new ArrayList<>(list);
            int index = random.nextInt(array.size());
            Map<String, Object> items = resolve(schema).get("items") instanceof Map<?, ?> s
                    ? (Map<String, Object>) s : Map.of();
            switch (random.nextInt(4)) {
                case 0 -> array.add(array.get(index));
                case 1 -> array.set(index, null);
                case 2 -> {
                    for (int i = 0; i < 60; i++) {
                        array.add(array.get(index));
                    }
                }
                default -> array.set(index, mutate(array.get(index), items));
            }
            return array;
        }
        return badValue(schema);
    }

    /** A value that does not fit {@code schema}, or fits it only just. */
    @SuppressWarnings("unchecked")
    private Object badValue(Map<String, Object> given) {
        Map<String, Object> schema = resolve(given);
        String type = String.valueOf(schema.get("type"));
        String format = String.valueOf(schema.get("format"));
        switch (random.nextInt(10)) {
            case 0 -> {
                return pick(List.of(Raw.of("[]"), Raw.of("{}"), Raw.of("[1,\"a\",null]"), Raw.of("{\"a\":{\"b\":1}}"),
                        true, 0, -1.5, "x"));
            }
            case 1 -> {
                return Raw.of(pick(EVIL_NUMBERS));
            }
            case 2 -> {
                return Raw.of(pick(EVIL_JSON_TOKENS));
            }
            case 3 -> {
                return huge();
            }
            default -> {
            }
        }
        if ("date".equals(format) || "date-time".equals(format)) {
            return pick(EVIL_DATES);
        }
        if ("uuid".equals(format)) {
            return pick(List.of(UUID.randomUUID().toString(), "00000000-0000-0000-0000-000000000000", "not-a-uuid",
                    UUID.randomUUID().toString().toUpperCase(Locale.ROOT), UUID.randomUUID() + "x", "{" + UUID
                    .randomUUID() + "}", "0-0-0-0-0"));
        }
        if ("integer".equals(type) || "number".equals(type)) {
            return chance(0.7) ? Raw.of(pick(EVIL_NUMBERS)) : pick(EVIL_NUMBERS);
        }
        if ("boolean".equals(type)) {
            return pick(List.of("yes", "1", 1, "TRUE", Raw.of("True"), "on", ""));
        }
        if ("array".equals(type)) {
            Object item = schema.get("items") instanceof Map<?, ?> items ? badValue((Map<String, Object>) items) : null;
            return pick(List.of(List.of(item == null ? "x" : item), Raw.of("[[[]]]"), "x", java.util.Collections
                    .nCopies(500 + random.nextInt(2000), "TJ")));
        }
        if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
            String value = String.valueOf(pick(values));
            return pick(List.of(value.toLowerCase(Locale.ROOT), value + " ", "", TAJIK, "NONE", value + "\u0000"));
        }
        return badText();
    }

    private String badText() {
        return switch (random.nextInt(4)) {
            case 0 -> pick(EVIL_TEXT) + pick(EVIL_TEXT);
            case 1 -> text(1 + random.nextInt(20)) + pick(EVIL_TEXT) + text(1 + random.nextInt(5));
            case 2 -> huge();
            default -> pick(EVIL_TEXT);
        };
    }

    private String huge() {
        int length = pick(List.of(61, 101, 201, 301, 501, 1001, 4001, 8001, 200_001, 20_000 + random.nextInt(60_000)));
        String unit = pick(List.of("a", "Ҷ", "ӯ ", "\ud83d\ude00", "Раҳимов ", "%"));
        StringBuilder text = new StringBuilder(length + 8);
        while (text.length() < length) {
            text.append(unit);
        }
        return text.toString();
    }

    private String text(int length) {
        String alphabet = pick(List.of("abcdefghijklmnopqrstuvwxyz ", "абвгдеёжзийклмнопрстуфхцчшщыэюя ",
                "ғӣқӯҳҷабвгдеёжзийклмнопрстуфхчшъэюя ", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-"));
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        String trimmed = text.toString().strip();
        return trimmed.isEmpty() ? "x" : trimmed;
    }

    private byte[] multipart(String boundary) {
        String name = chance(0.5) ? "мактуб-" + random.nextInt(100) + ".txt" : pick(List.of("a\u0000b.txt",
                "../../etc/passwd", "C:\\Windows\\win.ini", "", "\u202etxt.exe", "x".repeat(5000) + ".txt",
                "Ҷамшед\u0007 ҳуҷҷат.pdf", "a\"b.txt", "a\r\nContent-Type: text/html\r\n.txt", "файл.pdf", ".txt",
                "%00.txt", "con.txt"));
        byte[] content = pick(List.of("Мактуб ҳуҷҷат " + random.nextInt(), "", "%PDF-1.4 not really",
                "<html><script>alert(1)</script></html>", "\u0000\u0001\u0002")).getBytes(StandardCharsets.UTF_8);
        if (chance(0.2)) {
            content = FileStoreTests.PDF;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String disposition = "Content-Disposition: form-data; name=\"" + (chance(0.9) ? "file" : pick(List.of("files",
                "", "FILE", TAJIK))) + "\"; filename=\"" + name + "\"\r\n";
        switch (random.nextInt(10)) {
            case 0 -> write(body, "--" + boundary + "\r\n" + disposition + "\r\nabc");
            case 1 -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"");
            case 2 -> write(body, "not multipart at all " + TAJIK);
            case 3 -> {
                write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"");
                body.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xC3, 0x28, (byte) 0xED, (byte) 0xA0, (byte) 0x80 });
                write(body, ".txt\"\r\n\r\nabc\r\n--" + boundary + "--\r\n");
            }
            case 4 -> write(body, "--other\r\n" + disposition + "\r\nabc\r\n--other--\r\n");
            case 5 -> {
                for (int i = 0; i < 2; i++) {
                    write(body, "--" + boundary + "\r\n" + disposition + "Content-Type: text/plain\r\n\r\n");
                    body.writeBytes(content);
                    write(body, "\r\n");
                }
                write(body, "--" + boundary + "--\r\n");
            }
            default -> {
                write(body, "--" + boundary + "\r\n" + disposition + "Content-Type: " + pick(List.of("text/plain",
                        "application/pdf", "image/png", "application/x-msdownload", "garbage", "")) + "\r\n\r\n");
                body.writeBytes(content);
                write(body, "\r\n--" + boundary + "--\r\n");
            }
        }
        return body.toByteArray();
    }

    // --- sending and judging

    private int send(int number, Operation operation, Request request) {
        HttpRequest.Builder builder;
        try {
            builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + request.target()))
                    .timeout(Duration.ofSeconds(60));
            request.headers().forEach(builder::header);
            builder.method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        } catch (IllegalArgumentException clientRefusesToSend) {
            // a header or address this client will not put on the wire: nothing reached the server
            return 0;
        }
        HttpResponse<byte[]> response;
        try {
            response = client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            failures.add(describe(number, operation, request) + " -> no answer: " + e);
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        String body = new String(response.body(), StandardCharsets.UTF_8);
        Matcher className = CLASS_NAME.matcher(body);
        if (response.statusCode() >= 500) {
            failures.add(describe(number, operation, request) + " -> " + response.statusCode() + " "
                    + shown(body, 300));
        } else if (className.find()) {
            failures.add(describe(number, operation, request) + " -> " + response.statusCode() + " names a class at «"
                    + shown(body.substring(Math.max(0, className.start() - 60), Math.min(body.length(),
                    className.end() + 60)), 200) + "»");
        }
        remember(operation, request, response);
        return response.statusCode();
    }

    /** Ids of what was created, and the version of what was read or changed, for the requests that follow. */
    private void remember(Operation operation, Request request, HttpResponse<byte[]> response) {
        String etag = response.headers().firstValue("ETag").orElse(null);
        Matcher id = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
                .matcher(response.headers().firstValue("Location").orElse(request.target()));
        String last = null;
        while (id.find()) {
            last = id.group();
        }
        if (response.statusCode() == 201 && response.headers().firstValue("Location").isPresent() && last != null
                && operation.method().equals(request.method())) {
            ids.computeIfAbsent(operation.path(), c -> new ArrayList<>()).add(last);
        }
        if (etag != null && last != null && response.statusCode() < 300) {
            versions.put(last, etag);
        }
    }

    private String describe(int number, Operation operation, Request request) {
        String body = request.body() == null ? "" : " body " + shown(new String(request.body(),
                StandardCharsets.UTF_8), 300);
        return "#" + number + " " + operation + ": " + request.method() + " " + shown(request.target(), 300)
                + " " + request.headers().entrySet().stream().filter(h -> !h.getKey().equals("Authorization"))
                .toList() + body;
    }

    private static String shown(String text, int max) {
        String escaped = text.codePoints().mapToObj(cp -> cp < 0x20 || cp == 0x7f ? String.format("\\u%04x", cp)
                : Character.toString(cp)).collect(java.util.stream.Collectors.joining());
        return escaped.length() > max ? escaped.substring(0, max) + "…(" + text.length() + " chars)" : escaped;
    }

    // --- JSON written by hand, so that it may be anything

    /** Text put into JSON as it stands: a number too large, a bare NaN, bytes that are no UTF-8. */
    record Raw(byte[] bytes) {

        static Raw of(String text) {
            return new Raw(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static byte[] write(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeJson(out, value);
        return out.toByteArray();
    }

    private static void writeJson(ByteArrayOutputStream out, Object value) {
        if (value == null) {
            write(out, "null");
        } else if (value instanceof Raw raw) {
            out.writeBytes(raw.bytes());
        } else if (value instanceof Boolean || value instanceof Number) {
            write(out, String.valueOf(value));
        } else if (value instanceof Map<?, ?> map) {
            write(out, "{");
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                write(out, first ? "" : ",");
                first = false;
                writeJson(out, String.valueOf(entry.getKey()));
                write(out, ":");
                writeJson(out, entry.getValue());
            }
            write(out, "}");
        } else if (value instanceof List<?> list) {
            write(out, "[");
            for (int i = 0; i < list.size(); i++) {
                write(out, i == 0 ? "" : ",");
                writeJson(out, list.get(i));
            }
            write(out, "]");
        } else {
            StringBuilder text = new StringBuilder("\"");
            for (char c : String.valueOf(value).toCharArray()) {
                if (c == '"' || c == '\\') {
                    text.append('\\').append(c);
                } else if (c < 0x20) {
                    text.append(String.format("\\u%04x", (int) c));
                } else {
                    text.append(c);
                }
            }
            write(out, text.append('"').toString());
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private byte[] huge(byte[] valid) {
        // over the limit of a request body (huquq.max-request-bytes, 1 MiB)
        byte[] padding = ("{\"pad\":\"" + "a".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        return chance(0.5) ? padding : concat(valid, padding);
    }

    private byte[] invalidUtf8(byte[] valid) {
        String text = new String(valid, StandardCharsets.UTF_8);
        int quote = text.indexOf(":\"");
        byte[] bad = pick(List.of(new byte[] { (byte) 0xFF }, new byte[] { (byte) 0xC3, 0x28 },
                new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, new byte[] { (byte) 0xF4, (byte) 0x90,
                        (byte) 0x80, (byte) 0x80 }, new byte[] { (byte) 0xC0, (byte) 0xAF }, new byte[] { (byte) 0xE2,
                        (byte) 0x82 }));
        if (quote < 0) {
            return concat(bad, valid);
        }
        int at = text.substring(0, quote + 2).getBytes(StandardCharsets.UTF_8).length;
        return concat(concat(java.util.Arrays.copyOf(valid, at), bad), java.util.Arrays.copyOfRange(valid, at,
                valid.length));
    }

    private byte[] duplicateKey(byte[] valid) {
        String text = new String(valid, StandardCharsets.UTF_8);
        Matcher key = Pattern.compile("\\{\"([^\"]+)\":").matcher(text);
        return key.find() ? ("{\"" + key.group(1) + "\":" + pick(List.of("null", "1", "\"x\"", "{}")) + ","
                + text.substring(1)).getBytes(StandardCharsets.UTF_8) : valid;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    // --- chance

    private boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private LocalDate date() {
        return LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3600));
    }

    private static int number(Object value, int otherwise) {
        return value instanceof Number number ? (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE,
                number.doubleValue())) : otherwise;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
