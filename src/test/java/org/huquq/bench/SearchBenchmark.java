package org.huquq.bench;

import static org.huquq.support.TestUsers.as;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.stat.Statistics;
import org.huquq.bench.LetterGenerator.Counterpart;
import org.huquq.bench.LetterGenerator.Planned;
import org.huquq.bench.LuceneQueryCapture.Captured;
import org.huquq.bench.PersonGenerator.Generated;
import org.huquq.bench.PersonGenerator.Kind;
import org.huquq.bench.PersonGenerator.PlantedQuery;
import org.huquq.commitments.CommitmentManagement;
import org.huquq.commitments.CommitmentMother;
import org.huquq.correspondence.CommunicationManagement;
import org.huquq.correspondence.CommunicationMother;
import org.huquq.counterparts.CounterpartManagement;
import org.huquq.counterparts.CounterpartMother;
import org.huquq.deadlines.ReplyDeadlines;
import org.huquq.deadlines.ReplyRuleManagement;
import org.huquq.identity.ApiTokens;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.IdentityManagement;
import org.huquq.identity.Role;
import org.huquq.people.PersonManagement;
import org.huquq.people.RegisterPerson;
import org.huquq.places.PlaceManagement;
import org.huquq.places.PlaceMother;
import org.huquq.search.GlobalSearch;
import org.huquq.shared.Confidentiality;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The search box and record pickers benchmark of issue 8, over real HTTP on the embedded default (H2 file + Lucene
 * in a data directory of its own): loads one institution with N persons (through {@link PersonManagement#registerAll},
 * as the people benchmark), N letters ({@link LetterGenerator}, JDBC batches, then Hibernate Search's mass indexer),
 * counterparts with contact persons, places, calls and commitments (through their services); then, signed in as a
 * case officer in one team of three (an API token for {@code /api/v1/search}, a session from the login form for
 * {@code /search/pick}), sends a mix of queries typed as people type them and reports p50/p95/p99, requests per
 * second and SQL statements per request, one at a time and at a fixed concurrency. Beside it, the same requests as the
 * raw Lucene queries the application built for them ({@link LuceneQueryCapture}, {@link RawLuceneSearch}) on the same
 * index directory: the floor, and the ratio to it.
 *
 * <p>Never part of {@code ./mvnw verify} (tag "benchmark"); run it with {@code bench/search.sh}. System properties:
 * {@code bench.n} (persons and letters, 100000), {@code bench.counterparts} (3000), {@code bench.places} (2000),
 * {@code bench.calls} (2000), {@code bench.commitments} (1000), {@code bench.batch} (persons per registerAll,
 * 1000), {@code bench.queries} (measured requests per endpoint set, 2000), {@code bench.warmup} (300),
 * {@code bench.concurrency} (4), {@code bench.seed}, {@code bench.dataDir} (a directory this benchmark loaded before
 * is measured again without loading), {@code bench.out}. Figures are printed, never asserted; it fails only when a
 * request is not answered 200.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchBenchmark {

    static final int N = Integer.getInteger("bench.n", 100_000);
    static final int COUNTERPARTS = Integer.getInteger("bench.counterparts", 3_000);
    static final int PLACES = Integer.getInteger("bench.places", 2_000);
    static final int CALLS = Integer.getInteger("bench.calls", 2_000);
    static final int COMMITMENTS = Integer.getInteger("bench.commitments", 1_000);
    static final int BATCH = Integer.getInteger("bench.batch", 1_000);
    static final int QUERIES = Integer.getInteger("bench.queries", 2_000);
    static final int WARMUP = Integer.getInteger("bench.warmup", 300);
    static final int CONCURRENCY = Integer.getInteger("bench.concurrency", 4);
    static final long SEED = Long.getLong("bench.seed", 20261129L);
    static final Path DATA_DIR = PeopleSearchBenchmark.dataDir();
    /** What the load left for later runs on the same data directory: the institution, its teams, the query pools. */
    static final Path LOADED = DATA_DIR.resolve("search-bench.tsv");

    /** Subject words as an officer types them, in the languages of the generated subjects, and one in Latin letters. */
    static final List<String> SUBJECT_WORDS = List.of("мигрантов", "изолятора", "пытках", "муҳоҷирони",
            "шиканҷа", "боздоштгоҳ", "detention", "deportation", "migrants", "izolyatora");
    static final List<String> CALL_SUBJECTS = List.of("Дастрасӣ ба боздоштшудагон", "Доступ к задержанным гражданам",
            "Consular access to detained nationals", "Вазъи муҳоҷирони меҳнатӣ", "Проверка жалобы о пытках");

    /** The search box's mix: a pool (or every pool starting so) and its share. */
    static final Map<String, Integer> BOX_MIX = mix("name", 40, "letter, whole number", 8,
            "letter, series and year", 7, "letter, number digits", 8, "letter, subject word", 7,
            "counterpart contact", 12, "place code", 6, "call reference", 6, "commitment reference", 6);
    /** The pickers' mix; the picker's kind follows from the pool. */
    static final Map<String, Integer> PICK_MIX = mix("name", 35, "letter, whole number", 10,
            "letter, series and year", 10, "letter, number digits", 10, "counterpart contact", 15, "place code", 10,
            "call reference", 10);

    @Autowired
    PersonManagement persons;

    @Autowired
    IdentityManagement identity;

    @Autowired
    CounterpartManagement counterparts;

    @Autowired
    PlaceManagement places;

    @Autowired
    CommunicationManagement communications;

    @Autowired
    CommitmentManagement commitments;

    @Autowired
    ReplyDeadlines deadlines;

    @Autowired
    ReplyRuleManagement rules;

    @Autowired
    ApiTokens tokens;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @LocalServerPort
    int port;

    private final StringBuilder report = new StringBuilder();
    private final List<String> failures = new ArrayList<>();

    @DynamicPropertySource
    static void embedded(DynamicPropertyRegistry registry) {
        registry.add("huquq.data-dir", DATA_DIR::toString);
        registry.add("huquq.demo", () -> "false");
        // the hourly reminder job would read every letter in the middle of a measurement
        registry.add("huquq.reminders.enabled", () -> "false");
    }

    /** What was loaded: the institution, the team the measuring officer is in, and the query pools by name. */
    record Loaded(UUID institution, UUID team, Map<String, List<String>> pools) {
    }

    /** One request: {@code kind} null for the search box, else the picker's kind; {@code group} its query pool. */
    record Request(String kind, String group, String q) {
    }

    /** One pass over a list of requests: the time and the hits of each, and the wall time of the whole. */
    record Run(long[] nanos, int[] hits, long wallNanos) {
    }

    /** Sends request {@code i}; returns the hits it found. */
    interface Sender {
        int send(int i) throws Exception;
    }

    @Test
    void loadThenSearch() throws Exception {
        line("# Search box and record pickers benchmark");
        line("");
        line(String.format(Locale.ROOT, "N=%d persons and letters, %d counterparts, %d places, %d calls, %d commitments;"
                + " seed=%d, data dir %s, %d cores, max heap %d MiB, java %s", N, COUNTERPARTS, PLACES, CALLS,
                COMMITMENTS, SEED, DATA_DIR, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version")));
        line("load average at start: " + PeopleSearchBenchmark.loadAverage());
        Loaded loaded = Files.exists(LOADED) ? read() : load();
        line("data dir: " + sizes());

        HuquqUser officer = users.user(loaded.institution(), Role.CASE_OFFICER, loaded.team());
        String bearer = "Bearer " + as(officer, () -> tokens.create(officer, "search benchmark", null)).secret();
        HttpClient api = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpClient session = signIn(officer.username());

        Random random = new Random(SEED);
        List<Request> boxWarmup = requests(BOX_MIX, loaded.pools(), random, WARMUP, false);
        List<Request> box = requests(BOX_MIX, loaded.pools(), random, QUERIES, false);
        List<Request> pickWarmup = requests(PICK_MIX, loaded.pools(), random, WARMUP, true);
        List<Request> pick = requests(PICK_MIX, loaded.pools(), random, QUERIES, true);
        Sender boxWarm = i -> send(api, session, bearer, boxWarmup.get(i));
        Sender pickWarm = i -> send(api, session, bearer, pickWarmup.get(i));
        run(boxWarmup.size(), CONCURRENCY, boxWarm);
        run(pickWarmup.size(), CONCURRENCY, pickWarm);

        line("");
        line("## Requests");
        line("");
        line(String.format(Locale.ROOT, "Signed in as a case officer in one team of three. %d warm-up requests per"
                + " endpoint (not counted), then %d measured: one at a time (each request's Lucene queries recorded,"
                + " Hibernate statistics on), then at a concurrency of %d. The raw Lucene lines run, for each request,"
                + " the Lucene queries the application built for it, on readers of their own over the same index"
                + " directory (top %d, stored fields read), after the same warm-up.", WARMUP, QUERIES, CONCURRENCY,
                GlobalSearch.PER_KIND));
        Measured boxMeasured = measure("`/api/v1/search?q=`", box, i -> send(api, session, bearer, box.get(i)));
        Measured pickMeasured = measure("`/search/pick?kind=…&q=`", pick,
                i -> send(api, session, bearer, pick.get(i)));
        try (RawLuceneSearch raw = new RawLuceneSearch(DATA_DIR.resolve("index"), GlobalSearch.PER_KIND)) {
            line(raw.describe());
            summary(List.of(raw(boxMeasured, raw), raw(pickMeasured, raw)));
        }

        line("");
        line("load average at end: " + PeopleSearchBenchmark.loadAverage());
        String out = System.getProperty("bench.out", "target/bench/search-" + N + ".md");
        Files.createDirectories(Path.of(out).toAbsolutePath().getParent());
        Files.writeString(Path.of(out), report.toString(), StandardCharsets.UTF_8);
        System.out.println("report written to " + out);
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " requests failed, first: " + failures.subList(0,
                    Math.min(5, failures.size())));
        }
    }

    // ---------------------------------------------------------------------------------------------- loading

    private Loaded load() throws Exception {
        LocalDate today = LocalDate.now();
        UUID institution = users.institution();
        List<UUID> teams = List.of(users.team(institution, "Migrants"), users.team(institution, "Detention"),
                users.team(institution, "Complaints"));
        HuquqUser head = users.user(institution, Role.HEAD);
        Map<String, List<String>> pools = new LinkedHashMap<>();
        line("");
        line("## Load");

        // counterparts, each with a contact person named as the people generator names people
        long t0 = System.nanoTime();
        PersonGenerator contacts = new PersonGenerator(SEED ^ 0xC0A7AC7L, Math.max(100, COUNTERPARTS));
        List<Counterpart> bodies = new ArrayList<>(COUNTERPARTS);
        for (int i = 0; i < COUNTERPARTS; i++) {
            String country = LettersBenchmark.COUNTRIES[i % LettersBenchmark.COUNTRIES.length];
            String kind = LettersBenchmark.KINDS[(i / LettersBenchmark.COUNTRIES.length)
                    % LettersBenchmark.KINDS.length].toLowerCase(Locale.ROOT);
            // digits apart: the duplicate check folds "22" and "2" to one key, as it folds doubled letters
            String number = String.join("-", String.valueOf(i).split(""));
            String contact = contacts.person(i).fullForms().get(0);
            UUID id = as(head, () -> counterparts.create(CounterpartMother.ministry().kind(kind.toUpperCase(Locale.ROOT))
                    .in(country).named("Body " + number + " of " + kind, "Учреждение " + number + " (" + kind + ")",
                            "Муассисаи " + number + " (" + kind + ")")
                    .contact(contact, "Head of department", null, null).build())).id();
            bodies.add(new Counterpart(id, country));
            pools.computeIfAbsent("counterpart contact", k -> new ArrayList<>()).add(contact);
            progress("counterparts", i + 1, COUNTERPARTS);
        }
        line(rate("counterparts through CounterpartManagement.create, each with a contact person", COUNTERPARTS, t0));

        // places, one in ten confidential to a team
        t0 = System.nanoTime();
        for (int i = 0; i < PLACES; i++) {
            String code = "YAS " + (i / 10 + 1) + "/" + (i % 10 + 1);
            String cyrillic = code.replace("YAS", "ЯС");
            Confidentiality level = i % 10 == 0 ? Confidentiality.CONFIDENTIAL : Confidentiality.INTERNAL;
            UUID team = level == Confidentiality.CONFIDENTIAL ? teams.get(i % teams.size()) : null;
            as(head, () -> places.create(PlaceMother.colony().code(code)
                    .named("Correctional Colony " + code, "Исправительная колония " + cyrillic,
                            "Муассисаи ислоҳии " + cyrillic)
                    .level(level, team).build()));
            pools.computeIfAbsent("place code", k -> new ArrayList<>()).add(code);
            progress("places", i + 1, PLACES);
        }
        line(rate("places through PlaceManagement.create", PLACES, t0));

        // persons through the service, as the people benchmark loads them (the index is written as they are)
        t0 = System.nanoTime();
        PersonGenerator generator = new PersonGenerator(SEED, N);
        for (int from = 0; from < N; from += BATCH) {
            List<RegisterPerson> batch = generator.batch(from, from + BATCH).stream().map(Generated::command).toList();
            identity.runAsSystem(institution, () -> persons.registerAll(batch));
            progress("persons", Math.min(N, from + BATCH), N);
        }
        line(rate("persons through PersonManagement.registerAll (indexed as they are saved)", N, t0));
        for (PlantedQuery query : generator.queries()) {
            String pool = query.kind() == Kind.GIVEN_NAME ? "name, given name alone" : "name, " + query.script();
            pools.computeIfAbsent(pool, k -> new ArrayList<>()).add(query.text());
        }

        // letters with JDBC, then indexed by the mass indexer
        t0 = System.nanoTime();
        LetterGenerator letters = new LetterGenerator(SEED, N, bodies, teams, List.of(head.username()), today,
                LetterGenerator.arithmetic(deadlines, rules.rules()));
        LetterLoader loader = new LetterLoader(jdbc, transactions);
        loader.load(institution, bodies.stream().map(Counterpart::id).toList(), letters, 5_000,
                done -> progress("letters written", done, N));
        loader.analyze();
        line(rate("letters written with JDBC batches (LetterGenerator, LetterLoader)", N, t0));
        t0 = System.nanoTime();
        Search.mapping(entityManagerFactory).scope(Object.class, List.of("Letter")).massIndexer()
                .threadsToLoadObjects(1).batchSizeToLoadObjects(1_000).startAndWait();
        line(rate("letters indexed by Hibernate Search's mass indexer (1 loading thread)", N, t0));
        Random random = new Random(SEED);
        List<Planned> all = letters.letters();
        for (int i = 0; i < Math.min(5_000, all.size()); i++) {
            String reference = all.get(random.nextInt(all.size())).reference;
            pools.computeIfAbsent("letter, whole number", k -> new ArrayList<>()).add(reference);
            pools.computeIfAbsent("letter, series and year", k -> new ArrayList<>())
                    .add(reference.substring(0, reference.lastIndexOf('-')));
            String digits = reference.substring(reference.lastIndexOf('-') + 1);
            if (digits.length() == 4) {
                pools.computeIfAbsent("letter, number digits", k -> new ArrayList<>()).add(digits);
            }
        }
        pools.put("letter, subject word", SUBJECT_WORDS);

        // calls and commitments through their services, one in ten confidential to a team
        t0 = System.nanoTime();
        for (int i = 0; i < CALLS; i++) {
            Confidentiality level = i % 10 == 0 ? Confidentiality.CONFIDENTIAL : Confidentiality.INTERNAL;
            UUID team = level == Confidentiality.CONFIDENTIAL ? teams.get(i % teams.size()) : null;
            UUID with = bodies.get(random.nextInt(bodies.size())).id();
            String subject = CALL_SUBJECTS.get(i % CALL_SUBJECTS.size()) + " " + (i + 1);
            LocalDate on = today.minusDays(random.nextInt(2_000));
            String reference = as(head, () -> communications.create(CommunicationMother.call().with(with).on(on)
                    .about(subject).level(level, team).build())).reference();
            pools.computeIfAbsent("call reference", k -> new ArrayList<>()).add(reference);
            progress("calls", i + 1, CALLS);
        }
        line(rate("calls and meetings through CommunicationManagement.create", CALLS, t0));
        t0 = System.nanoTime();
        for (int i = 0; i < COMMITMENTS; i++) {
            Confidentiality level = i % 10 == 0 ? Confidentiality.CONFIDENTIAL : Confidentiality.INTERNAL;
            UUID team = level == Confidentiality.CONFIDENTIAL ? teams.get(i % teams.size()) : null;
            UUID by = bodies.get(random.nextInt(bodies.size())).id();
            LocalDate on = today.minusDays(random.nextInt(2_000));
            String reference = as(head, () -> commitments.create(CommitmentMother.pledgeBy(by).madeOn(on)
                    .protectedAs(level, team).build())).reference();
            pools.computeIfAbsent("commitment reference", k -> new ArrayList<>()).add(reference);
            progress("commitments", i + 1, COMMITMENTS);
        }
        line(rate("commitments through CommitmentManagement.create", COMMITMENTS, t0));

        Loaded loaded = new Loaded(institution, teams.get(0), pools);
        write(loaded);
        return loaded;
    }

    private void write(Loaded loaded) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("institution\t" + loaded.institution());
        lines.add("team\t" + loaded.team());
        loaded.pools().forEach((pool, texts) -> texts.forEach(text -> lines.add("pool\t" + pool + "\t" + text
                .replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n"))));
        Files.write(LOADED, lines, StandardCharsets.UTF_8);
    }

    private Loaded read() throws IOException {
        UUID institution = null;
        UUID team = null;
        Map<String, List<String>> pools = new LinkedHashMap<>();
        for (String line : Files.readAllLines(LOADED, StandardCharsets.UTF_8)) {
            String[] parts = line.split("\t", 3);
            switch (parts[0]) {
                case "institution" -> institution = UUID.fromString(parts[1]);
                case "team" -> team = UUID.fromString(parts[1]);
                default -> pools.computeIfAbsent(parts[1], k -> new ArrayList<>()).add(unescape(parts[2]));
            }
        }
        line("");
        line("Loaded by an earlier run (" + LOADED + "): measured again without loading.");
        return new Loaded(institution, team, pools);
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    // ---------------------------------------------------------------------------------------------- requests

    private static Map<String, Integer> mix(Object... poolsAndShares) {
        Map<String, Integer> mix = new LinkedHashMap<>();
        for (int i = 0; i < poolsAndShares.length; i += 2) {
            mix.put((String) poolsAndShares[i], (Integer) poolsAndShares[i + 1]);
        }
        return mix;
    }

    /** {@code count} requests drawn from the pools by the mix's shares; a pool name is matched by its beginning. */
    private static List<Request> requests(Map<String, Integer> mix, Map<String, List<String>> pools, Random random,
            int count, boolean picker) {
        int total = mix.values().stream().mapToInt(Integer::intValue).sum();
        List<Request> requests = new ArrayList<>(count);
        while (requests.size() < count) {
            int draw = random.nextInt(total);
            String prefix = null;
            for (Map.Entry<String, Integer> share : mix.entrySet()) {
                draw -= share.getValue();
                if (draw < 0) {
                    prefix = share.getKey();
                    break;
                }
            }
            List<String> groups = new ArrayList<>();
            for (Map.Entry<String, List<String>> pool : pools.entrySet()) {
                if (pool.getKey().startsWith(prefix)) {
                    pool.getValue().forEach(text -> groups.add(pool.getKey()));
                }
            }
            if (groups.isEmpty()) {
                continue; // nothing of this kind was loaded (a small run)
            }
            String group = groups.get(random.nextInt(groups.size()));
            List<String> texts = pools.get(group);
            requests.add(new Request(picker ? kindOf(group) : null, group, texts.get(random.nextInt(texts.size()))));
        }
        return requests;
    }

    private static String kindOf(String group) {
        return group.startsWith("name") ? "persons" : group.startsWith("letter") ? "letters"
                : group.startsWith("counterpart") ? "counterparts" : group.startsWith("place") ? "places"
                : group.startsWith("call") ? "communications" : "commitments";
    }

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    /** A client holding a session signed in through the login form, as a browser would. */
    private HttpClient signIn(String username) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        String page = client.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher csrf = CSRF.matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the login page");
        }
        String form = "username=" + encode(username) + "&password=" + encode(TestUsers.PASSWORD) + "&_csrf="
                + encode(csrf.group(1));
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("error") || location.contains("login")) {
            throw new IllegalStateException("Sign-in failed: " + signedIn.statusCode() + " " + location);
        }
        return client;
    }

    /** Sends one request; returns how many hits the answer lists, and notes an answer other than 200. */
    private int send(HttpClient api, HttpClient session, String bearer, Request request) throws Exception {
        HttpResponse<String> response;
        if (request.kind() == null) {
            response = api.send(HttpRequest.newBuilder(uri("/api/v1/search?q=" + encode(request.q())))
                    .header("Authorization", bearer).header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString());
        } else {
            response = session.send(HttpRequest.newBuilder(uri("/search/pick?kind=" + request.kind()
                    + "&field=ids&queryField=q&multiple=true&q=" + encode(request.q()))).header("HX-Request", "true")
                    .build(), HttpResponse.BodyHandlers.ofString());
        }
        if (response.statusCode() != 200) {
            synchronized (failures) {
                failures.add(response.statusCode() + " for " + request);
            }
            return 0;
        }
        return count(response.body(), request.kind() == null ? "\"href\"" : "class=\"picker-option\"");
    }

    private static int count(String text, String what) {
        int count = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + what.length())) {
            count++;
        }
        return count;
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------------------------------------- measuring

    /**
     * The requests of one endpoint measured: one at a time (with each request's Lucene queries and SQL statements
     * recorded), then at {@link #CONCURRENCY}.
     */
    record Measured(String endpoint, List<Request> requests, Run single, Run concurrent, long[] statements,
            List<List<Captured>> queries) {
    }

    /** The same requests as raw Lucene, one at a time and at {@link #CONCURRENCY}. */
    record Compared(Measured app, Run rawSingle, Run rawConcurrent) {
    }

    private Measured measure(String endpoint, List<Request> requests, Sender sender) throws Exception {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        long[] nanos = new long[requests.size()];
        int[] hits = new int[requests.size()];
        long[] statements = new long[requests.size()];
        List<List<Captured>> queries = new ArrayList<>(requests.size());
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        long started = System.nanoTime();
        try {
            for (int i = 0; i < requests.size(); i++) {
                int at = i;
                long before = statistics.getPrepareStatementCount();
                long t0 = System.nanoTime();
                queries.add(LuceneQueryCapture.during(() -> {
                    try {
                        hits[at] = sender.send(at);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }));
                nanos[i] = System.nanoTime() - t0;
                statements[i] = statistics.getPrepareStatementCount() - before;
            }
        } finally {
            statistics.setStatisticsEnabled(false);
        }
        Run single = new Run(nanos, hits, System.nanoTime() - started);
        Run concurrent = run(requests.size(), CONCURRENCY, sender);
        return new Measured(endpoint, requests, single, concurrent, statements, queries);
    }

    private Compared raw(Measured app, RawLuceneSearch raw) throws Exception {
        List<List<Captured>> queries = app.queries();
        Sender sender = i -> raw.run(queries.get(i));
        run(Math.min(WARMUP, queries.size()), CONCURRENCY, sender);
        raw.timeByIndex();
        Run single = run(queries.size(), 1, sender);
        line("Raw Lucene time of " + app.endpoint() + " by index, one at a time: " + raw.timeByIndex());
        return new Compared(app, single, run(queries.size(), CONCURRENCY, sender));
    }

    /** Sends requests {@code 0..count-1} from {@code threads} threads, each taking the next one not yet sent. */
    private static Run run(int count, int threads, Sender sender) throws Exception {
        long[] nanos = new long[count];
        int[] hits = new int[count];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        long t0 = System.nanoTime();
                        hits[i] = sender.send(i);
                        nanos[i] = System.nanoTime() - t0;
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdown();
        }
        return new Run(nanos, hits, System.nanoTime() - started);
    }

    // ---------------------------------------------------------------------------------------------- report

    private void summary(List<Compared> compared) {
        line("");
        line("| endpoint | measured | concurrency | p50 ms | p95 ms | p99 ms | max ms | req/s | hits per request |"
                + " SQL statements per request |");
        line("|---|---|---|---|---|---|---|---|---|---|");
        for (Compared c : compared) {
            Measured m = c.app();
            String sql = String.format(Locale.ROOT, "%.1f", Arrays.stream(m.statements()).average().orElse(0));
            row(m.endpoint(), "Huquq over HTTP", 1, m.single(), all(m), sql);
            row(m.endpoint(), "Huquq over HTTP", CONCURRENCY, m.concurrent(), all(m), sql);
            row(m.endpoint(), "raw Lucene, same queries", 1, c.rawSingle(), all(m), "–");
            row(m.endpoint(), "raw Lucene, same queries", CONCURRENCY, c.rawConcurrent(), all(m), "–");
            ratioRow(m, 1, m.single(), c.rawSingle());
            ratioRow(m, CONCURRENCY, m.concurrent(), c.rawConcurrent());
        }
        for (Compared c : compared) {
            Measured m = c.app();
            line("");
            line("### " + m.endpoint() + " by query");
            line("");
            line("| query | kind | requests | p50 ms, one at a time | raw p50 ms | Huquq / raw | p50 ms at " + CONCURRENCY
                    + " | p95 ms at " + CONCURRENCY + " | p99 ms at " + CONCURRENCY + " | raw p95 ms at " + CONCURRENCY
                    + " | hits per request | SQL statements per request |");
            line("|---|---|---|---|---|---|---|---|---|---|---|---|");
            Map<String, List<Integer>> byGroup = new LinkedHashMap<>();
            for (int i = 0; i < m.requests().size(); i++) {
                Request r = m.requests().get(i);
                byGroup.computeIfAbsent(r.group() + "\t" + (r.kind() == null ? "all" : r.kind()),
                        k -> new ArrayList<>()).add(i);
            }
            new TreeSet<>(byGroup.keySet()).forEach(key -> {
                List<Integer> at = byGroup.get(key);
                String[] parts = key.split("\t");
                long[] app = sorted(m.single().nanos(), at);
                long[] raw = sorted(c.rawSingle().nanos(), at);
                long[] appAt = sorted(m.concurrent().nanos(), at);
                long[] rawAt = sorted(c.rawConcurrent().nanos(), at);
                boolean lucene = at.stream().anyMatch(i -> !m.queries().get(i).isEmpty());
                line(String.format(Locale.ROOT, "| %s | %s | %d | %.1f | %s | %s | %.1f | %.1f | %.1f | %s | %.1f | %.1f |",
                        parts[0], parts[1], at.size(), pct(app, 50),
                        lucene ? String.format(Locale.ROOT, "%.2f", pct(raw, 50)) : "–",
                        lucene ? String.format(Locale.ROOT, "%.0f×", pct(app, 50) / pct(raw, 50)) : "–",
                        pct(appAt, 50), pct(appAt, 95), pct(appAt, 99),
                        lucene ? String.format(Locale.ROOT, "%.2f", pct(rawAt, 95)) : "–",
                        at.stream().mapToInt(i -> m.single().hits()[i]).average().orElse(0),
                        at.stream().mapToLong(i -> m.statements()[i]).average().orElse(0)));
            });
        }
        line("");
        line("–: the application ran no Lucene query for these requests (a kind it looks up in the database only).");
    }

    private static List<Integer> all(Measured m) {
        List<Integer> all = new ArrayList<>(m.requests().size());
        for (int i = 0; i < m.requests().size(); i++) {
            all.add(i);
        }
        return all;
    }

    private void row(String endpoint, String what, int concurrency, Run run, List<Integer> at, String sql) {
        long[] nanos = sorted(run.nanos(), at);
        line(String.format(Locale.ROOT, "| %s | %s | %d | %.2f | %.2f | %.2f | %.2f | %.0f | %.1f | %s |", endpoint,
                what, concurrency, pct(nanos, 50), pct(nanos, 95), pct(nanos, 99), nanos[nanos.length - 1] / 1e6,
                throughput(run, at), at.stream().mapToInt(i -> run.hits()[i]).average().orElse(0), sql));
    }

    private void ratioRow(Measured m, int concurrency, Run app, Run raw) {
        List<Integer> all = all(m);
        line(String.format(Locale.ROOT, "| %s | **Huquq / raw** | %d | %s | %s | %s | | %.0f× | | |", m.endpoint(),
                concurrency, ratio(app, raw, all, 50), ratio(app, raw, all, 95), ratio(app, raw, all, 99),
                throughput(raw, all) / throughput(app, all)));
    }

    private static String ratio(Run app, Run raw, List<Integer> at, double p) {
        return String.format(Locale.ROOT, "%.0f×", pct(sorted(app.nanos(), at), p) / pct(sorted(raw.nanos(), at), p));
    }

    private static double throughput(Run run, List<Integer> at) {
        return at.size() / (run.wallNanos() / 1e9);
    }

    private static long[] sorted(long[] nanos, List<Integer> at) {
        return at.stream().mapToLong(i -> nanos[i]).sorted().toArray();
    }

    private static double pct(long[] sortedNanos, double p) {
        return PeopleSearchBenchmark.percentile(sortedNanos, p);
    }

    private String rate(String what, int count, long startedNanos) {
        double seconds = (System.nanoTime() - startedNanos) / 1e9;
        return String.format(Locale.ROOT, "- %d %s: %.1f s (%.0f/s)", count, what, seconds, count / seconds);
    }

    private static void progress(String what, int done, int total) {
        if (done == total || done % Math.max(1, total / 10) == 0) {
            System.out.printf(Locale.ROOT, "%s: %d / %d%n", what, done, total);
        }
    }

    private String sizes() throws IOException {
        StringBuilder sizes = new StringBuilder();
        try (var entries = Files.list(DATA_DIR)) {
            for (Path entry : entries.sorted().toList()) {
                sizes.append(sizes.isEmpty() ? "" : ", ").append(entry.getFileName()).append(' ')
                        .append(PeopleSearchBenchmark.size(entry)).append(" MiB");
            }
        }
        return sizes.toString();
    }

    private void line(String text) {
        report.append(text).append('\n');
        System.out.println(text);
    }
}
