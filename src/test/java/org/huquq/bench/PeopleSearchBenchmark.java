package org.huquq.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.hibernate.search.mapper.orm.Search;
import org.huquq.bench.PersonGenerator.Generated;
import org.huquq.bench.PersonGenerator.Kind;
import org.huquq.bench.PersonGenerator.PlantedQuery;
import org.huquq.identity.IdentityManagement;
import org.huquq.people.PersonHit;
import org.huquq.people.PersonManagement;
import org.huquq.people.PersonSearch;
import org.huquq.people.PersonView;
import org.huquq.people.RegisterPerson;
import org.huquq.people.domain.Person;
import org.huquq.people.matching.NameKey;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The people benchmark of issue 3, on the embedded default (H2 file + Lucene in a fresh data directory): loads N
 * generated persons through {@link PersonManagement#registerAll} in batches, then runs the planted queries through
 * {@link PersonManagement#search} and, on the same names, through PostgreSQL {@code pg_trgm} similarity, and prints
 * latency percentiles and recall@10 side by side. Never part of {@code ./mvnw verify} (tag "benchmark"); run it with
 * {@code bench/people-search.sh}. Parameters (system properties): {@code bench.persons} (N, default 100000),
 * {@code bench.batch} (default 100), {@code bench.queries} (measured queries, default 2000), {@code bench.warmup}
 * (default 300), {@code bench.seed}, {@code bench.pg} (default true), {@code bench.pgQueries} (the first so many
 * measured queries also go to pg_trgm, default all), {@code bench.pgUrl}
 * (default jdbc:postgresql://127.0.0.1:5432/huquq_bench, created if missing), {@code bench.out} (report file).
 * Figures are printed, not asserted.
 */
@Tag("benchmark")
@SpringBootTest
class PeopleSearchBenchmark {

    static final int N = Integer.getInteger("bench.persons", 100_000);
    static final int BATCH = Integer.getInteger("bench.batch", 100);
    static final int QUERIES = Integer.getInteger("bench.queries", 2_000);
    static final int WARMUP = Integer.getInteger("bench.warmup", 300);
    static final long SEED = Long.getLong("bench.seed", 20261129L);
    static final boolean PG = Boolean.parseBoolean(System.getProperty("bench.pg", "true"));
    /** pg_trgm takes seconds per query at a million persons: it may run a prefix of the measured queries. */
    static final int PG_QUERIES = Integer.getInteger("bench.pgQueries", QUERIES);
    static final String PG_URL = System.getProperty("bench.pgUrl", "jdbc:postgresql://127.0.0.1:5432/huquq_bench");
    static final String PG_ADMIN_URL = System.getProperty("bench.pgAdminUrl", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String PG_USER = System.getProperty("bench.pgUser", "postgres");
    static final Path DATA_DIR = dataDir();
    /** Callers searching at once; each measured query is timed on its own thread. */
    static final int SEARCHERS = Integer.getInteger("bench.searchers", 1);

    @Autowired
    PersonManagement persons;

    @Autowired
    IdentityManagement identity;

    @Autowired
    TestUsers users;

    @Autowired
    EntityManager entityManager;

    @Autowired
    PlatformTransactionManager transactionManager;

    private TransactionTemplate transaction;

    private final StringBuilder report = new StringBuilder();

    @DynamicPropertySource
    static void embedded(DynamicPropertyRegistry registry) {
        registry.add("huquq.data-dir", DATA_DIR::toString);
        registry.add("huquq.demo", () -> "false");
    }

    static Path dataDir() {
        try {
            String configured = System.getProperty("bench.dataDir");
            return configured == null ? Files.createTempDirectory("huquq-bench-") : Files.createDirectories(Path.of(configured));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One search engine under test: a query in, the person ids of the top ten out. */
    interface Engine {
        List<UUID> top10(String query) throws Exception;
    }

    /** One query's latency, recall@10 and precision@1 (whether the first hit is a planted person); NaN without targets. */
    record Measured(String engine, PlantedQuery query, long nanos, double recall, double precision) {
    }

    @Test
    void loadThenSearch() throws Exception {
        transaction = new TransactionTemplate(transactionManager);
        transaction.setReadOnly(true);
        PersonGenerator generator = new PersonGenerator(SEED, N);
        UUID institution = users.institution();
        line("# People search benchmark");
        line("");
        line(String.format(Locale.ROOT, "N=%d, batch=%d, seed=%d, data dir %s, %d cores, max heap %d MiB, java %s",
                N, BATCH, SEED, DATA_DIR, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version")));
        line("load average at start: " + loadAverage());

        // 1. load through the service, one transaction per batch
        UUID[] ids = new UUID[N];
        Path names = Files.createTempFile(DATA_DIR, "names", ".tsv");
        long generating = 0;
        long registering = 0;
        long registeringCpu = 0;
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        long processCpuAtStart = os.getProcessCpuTime();
        long started = System.nanoTime();
        try (BufferedWriter tsv = Files.newBufferedWriter(names, StandardCharsets.UTF_8)) {
            for (int from = 0; from < N; from += BATCH) {
                long t0 = System.nanoTime();
                List<Generated> batch = generator.batch(from, from + BATCH);
                List<RegisterPerson> commands = batch.stream().map(Generated::command).toList();
                long t1 = System.nanoTime();
                long cpu1 = threads.getCurrentThreadCpuTime();
                List<PersonView> views = identity.runAsSystem(institution, () -> persons.registerAll(commands));
                long t2 = System.nanoTime();
                registeringCpu += threads.getCurrentThreadCpuTime() - cpu1;
                generating += t1 - t0;
                registering += t2 - t1;
                for (int k = 0; k < batch.size(); k++) {
                    ids[batch.get(k).index()] = views.get(k).id();
                    for (String fullForm : batch.get(k).fullForms()) {
                        tsv.append(views.get(k).id().toString()).append('\t').append(copyText(fullForm)).append('\n');
                    }
                }
                int done = from + batch.size();
                if (done % Math.max(BATCH, N / 20) < BATCH || done == N) {
                    System.out.printf(Locale.ROOT, "loaded %d / %d: %.0f persons/s in the service so far (last batch %.0f ms)%n",
                            done, N, done / (registering / 1e9), (t2 - t1) / 1e6);
                }
            }
        }
        long wall = System.nanoTime() - started;
        long processCpu = os.getProcessCpuTime() - processCpuAtStart;
        line("");
        line("## Load");
        line(String.format(Locale.ROOT,
                "%d persons in %.1f s wall: %.0f persons/s through PersonManagement.registerAll (service time %.1f s);"
                        + " generating them took %.1f s more",
                N, wall / 1e9, N / (registering / 1e9), registering / 1e9, generating / 1e9));
        line(String.format(Locale.ROOT,
                "CPU: %.3f ms per person on the calling thread inside registerAll (%.0f persons/s if it had a core to"
                        + " itself and never waited), %.3f ms per person for the whole JVM during the load (indexing,"
                        + " JIT, GC, the generator included); load average now %s",
                registeringCpu / 1e6 / N, N / (registeringCpu / 1e9), processCpu / 1e6 / N, loadAverage()));
        StringBuilder sizes = new StringBuilder();
        try (var entries = Files.list(DATA_DIR)) {
            for (Path entry : entries.sorted().toList()) {
                sizes.append(sizes.isEmpty() ? "" : ", ").append(entry.getFileName()).append(' ').append(size(entry))
                        .append(" MiB");
            }
        }
        line("data dir after load: " + sizes);

        // 2. the planted queries, shuffled; given-name queries are timed but have no single right answer
        List<PlantedQuery> all = new ArrayList<>(generator.queries());
        Collections.shuffle(all, new Random(SEED));
        List<PlantedQuery> measured = all.subList(0, Math.min(QUERIES, all.size()));
        List<PlantedQuery> warmup = new ArrayList<>(all);
        Collections.shuffle(warmup, new Random(SEED + 1));
        warmup = warmup.subList(0, Math.min(WARMUP, warmup.size()));
        line("");
        List<PlantedQuery> roundTwo = generator.roundTwoQueries();
        line(String.format(Locale.ROOT, "%d planted queries, %d measured after %d warm-up queries (not counted), %s;"
                + " then the %d harder spellings of issue 11 (round two), all of them",
                all.size(), measured.size(), warmup.size(), SEARCHERS == 1 ? "one at a time" : SEARCHERS + " searchers at once",
                roundTwo.size()));

        Engine huquq = query -> identity.runAsSystem(institution,
                () -> persons.search(PersonSearch.byName(query), 0, 10)).items().stream().map(PersonHit::id).toList();
        // printed before pg_trgm runs, which takes long at a million
        summarise(run("Huquq (Lucene)", huquq, warmup, measured, ids));
        summarise(run("Huquq, round two", huquq, List.of(), roundTwo, ids));
        // the limit beside it: the simplest search of the same index under the same load, every query word's skeleton
        // as an exact term, no typo, root, reading or consonant clause, no access filter, no second pass
        Engine exact = query -> transaction.execute(status -> {
            List<String> skeletons = NameKey.of(query).skeletons();
            return skeletons.isEmpty() ? List.<UUID>of() : Search.session(entityManager).search(Person.class)
                    .select(f -> f.id(UUID.class))
                    .where(f -> f.bool(b -> skeletons.forEach(k -> b.must(f.match().field("nameKeys").matching(k)))))
                    .totalHitCountThreshold(1000)
                    .fetchHits(10);
        });
        summarise(run("Huquq, exact skeletons only (limit)", exact, warmup, measured, ids));

        if (PG) {
            try (Connection pg = pgTrgm(names)) {
                PreparedStatement select = pg.prepareStatement("""
                        select person_id from (
                          select person_id, max(similarity(full_name, ?)) as score
                          from person_name where full_name % ? group by person_id) s
                        order by score desc limit 10""");
                Engine trigram = query -> {
                    select.setString(1, query);
                    select.setString(2, query);
                    List<UUID> found = new ArrayList<>(10);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            found.add(rows.getObject(1, UUID.class));
                        }
                    }
                    return found;
                };
                summarise(run("pg_trgm", trigram, warmup.subList(0, Math.min(warmup.size(), PG_QUERIES)),
                        measured.subList(0, Math.min(measured.size(), PG_QUERIES)), ids));
            }
        }

        line("");
        line("load average at end: " + loadAverage());
        String out = System.getProperty("bench.out", "target/bench/people-search-" + N + ".md");
        Files.createDirectories(Path.of(out).toAbsolutePath().getParent());
        Files.writeString(Path.of(out), report.toString(), StandardCharsets.UTF_8);
        System.out.println("report written to " + out);
    }

    private List<Measured> run(String name, Engine engine, List<PlantedQuery> warmup, List<PlantedQuery> measured,
            UUID[] ids) throws Exception {
        for (PlantedQuery query : warmup) {
            engine.top10(query.text());
        }
        List<Measured> results;
        if (SEARCHERS == 1 || !name.startsWith("Huquq")) {
            results = new ArrayList<>(measured.size());
            for (PlantedQuery query : measured) {
                results.add(measure(name, engine, query, ids));
            }
        } else {
            ExecutorService searchers = Executors.newFixedThreadPool(SEARCHERS);
            try {
                List<Future<Measured>> futures = new ArrayList<>(measured.size());
                for (PlantedQuery query : measured) {
                    futures.add(searchers.submit(() -> measure(name, engine, query, ids)));
                }
                results = new ArrayList<>(measured.size());
                for (Future<Measured> future : futures) {
                    results.add(future.get());
                }
            } finally {
                searchers.shutdown();
            }
        }
        System.out.println(name + ": done");
        return results;
    }

    private static Measured measure(String name, Engine engine, PlantedQuery query, UUID[] ids) throws Exception {
        long t0 = System.nanoTime();
        List<UUID> top = engine.top10(query.text());
        long nanos = System.nanoTime() - t0;
        double recall = Double.NaN;
        double precision = Double.NaN;
        if (!query.targets().isEmpty()) {
            long found = query.targets().stream().filter(i -> top.contains(ids[i])).count();
            recall = (double) found / query.targets().size();
            precision = !top.isEmpty() && query.targets().stream().anyMatch(i -> ids[i].equals(top.get(0))) ? 1 : 0;
        }
        return new Measured(name, query, nanos, recall, precision);
    }

    private Connection pgTrgm(Path names) throws SQLException, IOException {
        try (Connection admin = DriverManager.getConnection(PG_ADMIN_URL, PG_USER, "");
                Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists huquq_bench");
            statement.execute("create database huquq_bench");
        }
        Connection pg = DriverManager.getConnection(PG_URL, PG_USER, "");
        long t0 = System.nanoTime();
        try (Statement statement = pg.createStatement()) {
            statement.execute("create extension if not exists pg_trgm");
            statement.execute("create table person_name (person_id uuid not null, full_name text not null)");
        }
        long rows;
        try (Reader reader = Files.newBufferedReader(names, StandardCharsets.UTF_8)) {
            rows = pg.unwrap(PGConnection.class).getCopyAPI().copyIn("copy person_name from stdin", reader);
        }
        long t1 = System.nanoTime();
        try (Statement statement = pg.createStatement()) {
            statement.execute("create index person_name_trgm on person_name using gin (full_name gin_trgm_ops)");
            statement.execute("analyze person_name");
        }
        long t2 = System.nanoTime();
        line("");
        line(String.format(Locale.ROOT,
                "pg_trgm: %d names (every stored variant as written) copied in %.1f s, GIN trigram index built in %.1f s;"
                        + " similarity threshold %s",
                rows, (t1 - t0) / 1e9, (t2 - t1) / 1e9, threshold(pg)));
        return pg;
    }

    private static String threshold(Connection pg) throws SQLException {
        try (Statement statement = pg.createStatement();
                ResultSet rs = statement.executeQuery("show pg_trgm.similarity_threshold")) {
            return rs.next() ? rs.getString(1) : "?";
        }
    }

    private void summarise(List<Measured> results) {
        line("");
        line("## Search (top 10, one query at a time)");
        line("");
        line("| engine | queries | p50 ms | p95 ms | p99 ms | max ms | recall@10 | precision@1 |");
        line("|---|---|---|---|---|---|---|---|");
        Map<String, Function<Measured, String>> groupings = new LinkedHashMap<>();
        groupings.put("all", m -> "all");
        groupings.put("kind", m -> m.query().kind() == Kind.ROUND_TWO ? m.query().note()
                : m.query().kind().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        groupings.put("script", m -> m.query().kind() == Kind.GIVEN_NAME || m.query().kind() == Kind.ROUND_TWO ? null
                : m.query().script());
        for (String engine : results.stream().map(Measured::engine).distinct().toList()) {
            for (Map.Entry<String, Function<Measured, String>> grouping : groupings.entrySet()) {
                Map<String, List<Measured>> groups = new LinkedHashMap<>();
                for (Measured m : results) {
                    String key = m.engine().equals(engine) ? grouping.getValue().apply(m) : null;
                    if (key != null) {
                        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
                    }
                }
                groups.entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .forEach(group -> row(engine, group.getKey(), group.getValue()));
            }
        }
        line("");
        line("recall@10: per query, the share of its planted persons (the target, and its second entry when planted) in the"
                + " top ten, averaged; given-name queries (thousands of namesakes) have no recall, only latency.");
        // the worst misses of each engine, to read
        for (String engine : results.stream().map(Measured::engine).distinct().toList()) {
            List<Measured> missed = results.stream().filter(m -> m.engine().equals(engine) && m.recall() < 1).toList();
            line("");
            line(engine + ": " + missed.size() + " queries below full recall; first ones:");
            missed.stream().limit(engine.contains("round two") ? 40 : 12).forEach(m -> line(String.format(Locale.ROOT, "- `%s` (%s, %s, %s): %.2f",
                    m.query().text().replaceAll("\\p{Cf}", "·"), m.query().kind(), m.query().script(), m.query().note(),
                    m.recall())));
        }
    }

    private void row(String engine, String group, List<Measured> rows) {
        long[] nanos = rows.stream().mapToLong(Measured::nanos).sorted().toArray();
        line(String.format(Locale.ROOT, "| %s | %s: %d | %.1f | %.1f | %.1f | %.1f | %s | %s |", engine, group,
                nanos.length, percentile(nanos, 50), percentile(nanos, 95), percentile(nanos, 99),
                nanos[nanos.length - 1] / 1e6, mean(rows, Measured::recall), mean(rows, Measured::precision)));
    }

    private static String mean(List<Measured> rows, java.util.function.ToDoubleFunction<Measured> figure) {
        double[] values = rows.stream().mapToDouble(figure).filter(r -> !Double.isNaN(r)).toArray();
        return values.length == 0 ? "–" : String.format(Locale.ROOT, "%.3f", Arrays.stream(values).average().orElse(0));
    }

    /** Nearest-rank percentile, in milliseconds. */
    static double percentile(long[] sortedNanos, double p) {
        int rank = (int) Math.ceil(p / 100 * sortedNanos.length);
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
    }

    private static String copyText(String value) {
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    static long size(Path dir) throws IOException {
        if (Files.isRegularFile(dir)) {
            return Files.size(dir) >> 20;
        }
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum() >> 20;
        }
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "?";
        }
    }

    private void line(String text) {
        report.append(text).append('\n');
        System.out.println(text);
    }
}
