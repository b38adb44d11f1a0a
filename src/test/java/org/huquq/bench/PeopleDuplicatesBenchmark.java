package org.huquq.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.huquq.bench.PersonGenerator.Generated;
import org.huquq.identity.IdentityManagement;
import org.huquq.people.PersonDuplicates;
import org.huquq.people.PersonManagement;
import org.huquq.people.DocumentNumbers;
import org.huquq.people.NewDocument;
import org.huquq.people.NewName;
import org.huquq.people.PersonDetails;
import org.huquq.people.PersonView;
import org.huquq.people.RegisterPerson;
import org.huquq.people.domain.DuplicateDetector;
import org.huquq.people.domain.DuplicateScorer;
import org.huquq.shared.PartialDate;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The duplicate-detection benchmark of issue 3, on the embedded default (H2 file + Lucene in a fresh data directory),
 * or on PostgreSQL with the {@code postgres} profile ({@code DB=postgres bench/people-duplicates.sh}):
 * loads N generated persons through {@link PersonManagement#registerAll} (with the generator's planted duplicates),
 * runs {@link PersonDuplicates#detect()} once over the whole registry as a signed-in HEAD, and prints its wall time,
 * heap, the number of candidates, and precision and recall of the candidates against the planted pairs. Never part
 * of {@code ./mvnw verify} (tag "benchmark"); run it with {@code bench/people-duplicates.sh}. Parameters (system
 * properties): {@code bench.persons} (N, default 100000), {@code bench.batch} (default 100), {@code bench.load}
 * ({@code service}, default, or {@code jdbc}: rows straight into the tables), {@code bench.seed},
 * {@code bench.dataDir}, {@code bench.out} (report file). Figures are printed, not asserted.
 */
@Tag("benchmark")
@SpringBootTest
class PeopleDuplicatesBenchmark {

    static final int N = Integer.getInteger("bench.persons", 100_000);
    static final int BATCH = Integer.getInteger("bench.batch", 100);
    static final long SEED = Long.getLong("bench.seed", 20261129L);
    static final Path DATA_DIR = PeopleSearchBenchmark.dataDir();
    /** {@code bench.load=jdbc}: rows straight into the tables instead of through the service. */
    static final boolean JDBC = "jdbc".equals(System.getProperty("bench.load", "service"));

    @Autowired
    PersonManagement persons;

    @Autowired
    PersonDuplicates duplicates;

    @Autowired
    DuplicateDetector detector;

    @Autowired
    IdentityManagement identity;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private final StringBuilder report = new StringBuilder();

    @DynamicPropertySource
    static void embedded(DynamicPropertyRegistry registry) {
        registry.add("huquq.data-dir", DATA_DIR::toString);
        registry.add("huquq.demo", () -> "false");
    }

    record Candidate(UUID a, UUID b, double score, String reasons) {
    }

    /**
     * Whether a planted second entry carries the birth year of the first (default true). The generator draws every
     * person's birth date from the person's own index, so its second entries have an unrelated year, and the scorer
     * rightly calls such a pair "different birth date"; a second record of one person carries his birth year.
     */
    static final boolean CONSISTENT_BIRTH = Boolean.parseBoolean(System.getProperty("bench.consistentBirth", "true"));

    /** Generator index of each planted second entry to the birth year of its first entry. */
    static Map<Integer, String> plantedBirthYears(PersonGenerator generator) {
        Map<Integer, String> years = new HashMap<>();
        if (CONSISTENT_BIRTH) {
            for (int[] pair : generator.duplicatePairs()) {
                String birth = generator.person(pair[0]).command().details().birthDate();
                years.put(pair[1], birth.substring(0, 4));
            }
        }
        return years;
    }

    /** The person as generated, a planted second entry with the birth year of its first entry. */
    static Generated planted(Generated generated, Map<Integer, String> years) {
        String year = years.get(generated.index());
        if (year == null) {
            return generated;
        }
        RegisterPerson command = generated.command();
        PersonDetails d = command.details();
        return new Generated(generated.index(), new RegisterPerson(new PersonDetails(d.sex(), year, d.nationalities(),
                d.languages(), d.vulnerabilities(), d.notes(), d.confidentiality(), d.teamId()), command.names(),
                command.documents(), command.contacts()), generated.fullForms());
    }

    @Test
    void loadThenDetect() throws Exception {
        PersonGenerator generator = new PersonGenerator(SEED, N);
        UUID institution = users.institution();
        line("# Duplicate detection benchmark");
        line("");
        line(String.format(Locale.ROOT, "N=%d, batch=%d, seed=%d, data dir %s, %d cores, max heap %d MiB, java %s",
                N, BATCH, SEED, DATA_DIR, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version")));
        line("database: " + jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName()
                + " " + c.getMetaData().getDatabaseProductVersion()));
        line("load average at start: " + loadAverage());
        line("planted second entries carry the birth year of the first: " + CONSISTENT_BIRTH + "; loaded through "
                + (JDBC ? "JDBC inserts into the tables (bench.load=jdbc)" : "the service"));
        Map<Integer, String> years = plantedBirthYears(generator);

        // 1. load through the service, one transaction per batch; or, for sizes the service cannot load in a
        // benchmark's time on this machine, straight into the tables with JDBC batches (no search index: detection
        // reads the tables only)
        UUID[] ids = new UUID[N];
        long registering = 0;
        long started = System.nanoTime();
        int step = JDBC ? 10_000 : BATCH;
        for (int from = 0; from < N; from += step) {
            List<Generated> batch = generator.batch(from, from + step).stream().map(g -> planted(g, years)).toList();
            List<RegisterPerson> commands = batch.stream().map(Generated::command).toList();
            long t1 = System.nanoTime();
            if (JDBC) {
                for (Generated generated : batch) {
                    ids[generated.index()] = UUID.randomUUID();
                }
                insert(institution, batch, ids);
            } else {
                List<PersonView> views = identity.runAsSystem(institution, () -> persons.registerAll(commands));
                for (int k = 0; k < batch.size(); k++) {
                    ids[batch.get(k).index()] = views.get(k).id();
                }
            }
            registering += System.nanoTime() - t1;
            int done = from + batch.size();
            if (done % Math.max(step, N / 10) < step || done == N) {
                System.out.printf(Locale.ROOT, "loaded %d / %d: %.0f persons/s so far%n", done, N,
                        done / (registering / 1e9));
            }
        }
        line("");
        line(String.format(Locale.ROOT, "Loaded %d persons in %.1f s wall (%.0f persons/s through %s)", N,
                (System.nanoTime() - started) / 1e9, N / (registering / 1e9),
                JDBC ? "JDBC batch inserts into the tables, NOT the service" : "registerAll"));

        // 2. detection, once, timed, with the heap sampled meanwhile
        System.gc();
        long heapBefore = usedHeap();
        HeapSampler sampler = new HeapSampler();
        long gcBefore = gcMillis();
        sampler.start();
        long t0 = System.nanoTime();
        int count = identity.runAsSystem(institution, duplicates::detect);
        long wall = System.nanoTime() - t0;
        sampler.stop();
        long gc = gcMillis() - gcBefore;
        line("");
        line("## Detection");
        line(String.format(Locale.ROOT,
                "PersonDuplicates.detect(): %.1f s wall, %d candidates; heap used before %d MiB (after a GC), highest"
                        + " sampled during detect %d MiB (every 50 ms, garbage included); GC time during detect %.1f s",
                wall / 1e9, count, heapBefore >> 20, sampler.max.get() >> 20, gc / 1e3));

        // 3. quality against the planted pairs
        List<Candidate> found = jdbc.query(
                "select person_a, person_b, score, reasons from person_duplicate_candidate where institution_id = ?",
                (rs, row) -> new Candidate(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getDouble(3),
                        rs.getString(4)),
                institution);
        Set<String> planted = new HashSet<>();
        Set<UUID> plantedPersons = new HashSet<>();
        for (int[] pair : generator.duplicatePairs()) {
            planted.add(key(ids[pair[0]], ids[pair[1]]));
            plantedPersons.add(ids[pair[0]]);
            plantedPersons.add(ids[pair[1]]);
        }
        for (int t = 0; t < generator.targets(); t++) {
            plantedPersons.add(ids[generator.targetIndex(t)]);
        }
        Set<String> foundKeys = new HashSet<>();
        int truePositives = 0;
        int touchingPlanted = 0;
        int touchingPlantedTrue = 0;
        Map<String, Integer> reasons = new HashMap<>();
        for (Candidate candidate : found) {
            String key = key(candidate.a(), candidate.b());
            foundKeys.add(key);
            boolean isPlanted = planted.contains(key);
            truePositives += isPlanted ? 1 : 0;
            if (plantedPersons.contains(candidate.a()) || plantedPersons.contains(candidate.b())) {
                touchingPlanted++;
                touchingPlantedTrue += isPlanted ? 1 : 0;
            }
            reasons.merge(candidate.reasons(), 1, Integer::sum);
        }
        int belowThreshold = 0;
        int notBlocked = 0;
        List<String> misses = new ArrayList<>();
        for (int[] pair : generator.duplicatePairs()) {
            UUID a = ids[pair[0]];
            UUID b = ids[pair[1]];
            if (foundKeys.contains(key(a, b))) {
                continue;
            }
            Optional<DuplicateScorer.Score> score = identity.runAsSystem(institution,
                    () -> detector.score(institution, a, b));
            boolean below = score.map(s -> s.value() < DuplicateScorer.THRESHOLD).orElse(true);
            belowThreshold += below ? 1 : 0;
            notBlocked += below ? 0 : 1;
            if (misses.size() < 10) {
                misses.add(String.format(Locale.ROOT, "- `%s` / `%s`: score %s %s",
                        String.join(" · ", generator.person(pair[0]).fullForms()),
                        String.join(" · ", generator.person(pair[1]).fullForms()),
                        score.map(s -> String.format(Locale.ROOT, "%.2f", s.value())).orElse("?"),
                        score.map(s -> s.reasons().toString()).orElse("")));
            }
        }
        int plantedCount = planted.size();
        line("");
        line("## Quality against the planted duplicates");
        line("");
        line(String.format(Locale.ROOT,
                "%d planted pairs (a person entered a second time under Russian and ICAO Latin spellings only, no"
                        + " document shared, birth year only on the second entry%s)", plantedCount,
                CONSISTENT_BIRTH ? ", the first entry's" : ", an unrelated one"));
        line(String.format(Locale.ROOT, "- recall: %d / %d = %.3f; missed: %d scored below the threshold %.2f, %d would"
                + " score at least the threshold but share no block of at most the size limit", truePositives,
                plantedCount, (double) truePositives / plantedCount, belowThreshold, DuplicateScorer.THRESHOLD,
                notBlocked));
        line(String.format(Locale.ROOT, "- precision over all %d candidates: %.4f (most candidates are namesakes of the"
                + " generator's common names with compatible birth dates: not planted, so counted false here)",
                found.size(), found.isEmpty() ? 0 : (double) truePositives / found.size()));
        line(String.format(Locale.ROOT, "- precision over the %d candidates involving a planted person (whose root no"
                + " one else has): %.3f", touchingPlanted,
                touchingPlanted == 0 ? 0 : (double) touchingPlantedTrue / touchingPlanted));
        line("");
        line("Candidates by reasons (top 8):");
        reasons.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(8)
                .forEach(e -> line(String.format(Locale.ROOT, "- %d: %s", e.getValue(), e.getKey())));
        if (!misses.isEmpty()) {
            line("");
            line("First missed planted pairs:");
            misses.forEach(this::line);
        }
        line("");
        line("load average at end: " + loadAverage());
        String out = System.getProperty("bench.out", "target/bench/people-duplicates-" + N + ".md");
        Files.createDirectories(Path.of(out).toAbsolutePath().getParent());
        Files.writeString(Path.of(out), report.toString(), StandardCharsets.UTF_8);
        System.out.println("report written to " + out);
    }

    /** The rows the service would write for these persons, as far as detection reads them. */
    private void insert(UUID institution, List<Generated> batch, UUID[] ids) {
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> people = new ArrayList<>();
        List<Object[]> names = new ArrayList<>();
        List<Object[]> documents = new ArrayList<>();
        List<Object[]> nationalities = new ArrayList<>();
        for (Generated generated : batch) {
            UUID id = ids[generated.index()];
            RegisterPerson command = generated.command();
            PersonDetails d = command.details();
            PartialDate birth = d.birthDate() == null ? null : PartialDate.parse(d.birthDate());
            people.add(new Object[] { id, institution, "BENCH-" + generated.index(), d.sex().name(),
                    birth == null ? null : birth.toString(), birth == null ? null : birth.year(),
                    d.confidentiality().name(), now, "bench", now, "bench" });
            for (NewName n : command.names()) {
                names.add(new Object[] { UUID.randomUUID(), id, n.family(), n.given(), n.patronymic(), n.fullForm(),
                        "", now }); // the search key: detection does not read it
            }
            for (NewDocument document : command.documents()) {
                documents.add(new Object[] { UUID.randomUUID(), id, document.type().name(), document.number(),
                        DocumentNumbers.normalize(document.number()), now });
            }
            for (String nationality : d.nationalities()) {
                nationalities.add(new Object[] { id, nationality });
            }
        }
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.batchUpdate("insert into person (id, institution_id, reference, sex, birth_date, birth_year,"
                    + " confidentiality, created_at, created_by, updated_at, updated_by, version)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", people);
            jdbc.batchUpdate("insert into person_name (id, person_id, family_name, given_name, patronymic, full_form,"
                    + " script, status, match_keys, recorded_at, recorded_by)"
                    + " values (?, ?, ?, ?, ?, ?, 'OTHER', 'CURRENT', ?, ?, 'bench')", names);
            jdbc.batchUpdate("insert into identity_document (id, person_id, document_type, number_as_written,"
                    + " number_normalized, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, 'bench')", documents);
            jdbc.batchUpdate("insert into person_nationality (person_id, country_code) values (?, ?)", nationalities);
        });
    }

    private static String key(UUID a, UUID b) {
        return a.compareTo(b) < 0 ? a + ":" + b : b + ":" + a;
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .sum();
    }

    /** The highest heap use seen while running, sampled every 50 ms. */
    static final class HeapSampler {
        final AtomicLong max = new AtomicLong();
        private volatile boolean running = true;
        private final Thread thread = new Thread(() -> {
            while (running) {
                max.accumulateAndGet(usedHeap(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");

        void start() {
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
            max.accumulateAndGet(usedHeap(), Math::max);
        }
    }

    private static String loadAverage() {
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
