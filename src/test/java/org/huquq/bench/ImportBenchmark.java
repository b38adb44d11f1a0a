package org.huquq.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.huquq.bench.PersonGenerator.Generated;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.IdentityManagement;
import org.huquq.identity.Role;
import org.huquq.imports.ImportKind;
import org.huquq.imports.ImportManagement;
import org.huquq.imports.ImportStatus;
import org.huquq.imports.ImportView;
import org.huquq.people.NewName;
import org.huquq.people.PersonManagement;
import org.huquq.people.PersonSearch;
import org.huquq.people.RegisterPerson;
import org.huquq.shared.Confidentiality;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The import benchmark of issue 10, on the embedded default (H2 file + Lucene in a fresh data directory): loads a
 * registry of {@code bench.persons} generated persons through {@link PersonManagement#registerAll}, writes a CSV person
 * list of {@code bench.rows} rows (a share {@code bench.known} of them persons of the registry, the others new), then
 * uploads it, runs the dry run and the real run through {@link ImportManagement} as an officer, and a plain JDBC batch
 * insert of the same rows into a table of their own, in one transaction like the run. Prints rows/s of each, the run's
 * ratio to JDBC, and the heap's peak during each phase (run it with -Xmx1g: bench/imports.sh). Never part of
 * {@code ./mvnw verify} (tag "benchmark"). Figures are printed, not asserted.
 */
@Tag("benchmark")
@SpringBootTest
class ImportBenchmark {

    static final int PERSONS = Integer.getInteger("bench.persons", 100_000);
    static final int ROWS = Integer.getInteger("bench.rows", 20_000);
    static final double KNOWN = Double.parseDouble(System.getProperty("bench.known", "0.1"));
    static final int BATCH = Integer.getInteger("bench.batch", 5_000);
    static final long SEED = Long.getLong("bench.seed", 20261207L);
    static final Path DATA_DIR = PeopleSearchBenchmark.dataDir();

    @Autowired
    PersonManagement persons;

    @Autowired
    ImportManagement imports;

    @Autowired
    IdentityManagement identity;

    @Autowired
    TestUsers users;

    @Autowired
    DataSource dataSource;

    private final StringBuilder report = new StringBuilder();

    @DynamicPropertySource
    static void embedded(DynamicPropertyRegistry registry) {
        registry.add("huquq.data-dir", DATA_DIR::toString);
        registry.add("huquq.demo", () -> "false");
        registry.add("huquq.imports.max-file-size", () -> "200MB");
    }

    @Test
    void loadThenImport() throws Exception {
        UUID institution = users.institution();
        HuquqUser officer = users.user(institution, Role.CASE_OFFICER);
        line("# Import benchmark");
        line("");
        line(String.format(Locale.ROOT, "registry of %d persons, list of %d rows (%.0f%% of them registered persons),"
                + " seed %d, %d cores, max heap %d MiB, java %s", PERSONS, ROWS, KNOWN * 100, SEED,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version")));
        try (Connection connection = dataSource.getConnection()) {
            line("database: " + connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion());
        }

        PersonGenerator registry = new PersonGenerator(SEED, PERSONS);
        resetPeaks();
        long started = System.nanoTime();
        for (int from = 0; from < PERSONS; from += BATCH) {
            List<RegisterPerson> commands = registry.batch(from, from + BATCH).stream().map(Generated::command)
                    .toList();
            identity.runAsSystem(institution, () -> persons.registerAll(commands));
            if ((from / BATCH) % 10 == 0) {
                System.out.printf(Locale.ROOT, "registry: %d / %d%n", from + commands.size(), PERSONS);
            }
        }
        line(String.format(Locale.ROOT, "registry loaded in %.1f s (%.0f persons/s), heap peak %d MiB",
                seconds(started), PERSONS / seconds(started), peakHeapMiB()));

        Path list = Files.createTempFile(DATA_DIR, "list", ".csv");
        List<String[]> rows = writeList(list, registry);
        line(String.format(Locale.ROOT, "list: %s, %.1f MiB", list.getFileName(), Files.size(list) / 1048576.0));

        ImportView uploaded;
        resetPeaks();
        started = System.nanoTime();
        try (InputStream in = Files.newInputStream(list)) {
            uploaded = as(officer, () -> imports.upload(in, "list.csv", ImportKind.PERSONS, Confidentiality.INTERNAL,
                    null));
        }
        line(String.format(Locale.ROOT, "upload (store, sniff, header): %.2f s", seconds(started)));

        resetPeaks();
        started = System.nanoTime();
        as(officer, () -> imports.check(uploaded.id()));
        ImportView checked = awaitEnd(officer, uploaded.id());
        double dryRun = seconds(started);
        line("");
        line("## Dry run");
        line(String.format(Locale.ROOT, "%s in %.1f s: **%.0f rows/s**; new %d, matched %d, ambiguous %d, refused %d,"
                + " duplicated %d; heap peak %d MiB", checked.status(), dryRun, ROWS / dryRun, checked.newCount(),
                checked.matchedCount(), checked.ambiguousCount(), checked.rejectedCount(), checked.duplicateCount(),
                peakHeapMiB()));
        int threads = Runtime.getRuntime().availableProcessors();
        double search = bareNameSearch(officer, rows, threads);
        line(String.format(Locale.ROOT, "the bare people search of each row's name (5 hits, %d threads): %.1f s, %.0f"
                + " rows/s; dry run / bare search = **%.2f×**", threads, search, rows.size() / search,
                (ROWS / dryRun) / (rows.size() / search)));

        started = System.nanoTime();
        int chosen = chooseNewForAmbiguous(officer, uploaded.id());
        line(String.format(Locale.ROOT, "%d ambiguous rows settled in one step (a new person each) in %.1f s", chosen,
                seconds(started)));

        resetPeaks();
        started = System.nanoTime();
        as(officer, () -> imports.run(uploaded.id()));
        ImportView done = awaitEnd(officer, uploaded.id());
        double run = seconds(started);
        long runPeak = peakHeapMiB();
        line("");
        line("## Real run");
        line(String.format(Locale.ROOT, "%s in %.1f s: **%.0f rows/s**; created %d, matched %d; heap peak %d MiB%s",
                done.status(), run, ROWS / run, done.newCount(), done.matchedCount(), runPeak,
                done.failureKey() == null ? "" : "; failure " + done.failureKey() + " at row " + done.failureRow()));

        resetPeaks();
        double jdbc = jdbcBatchInsert(rows);
        line("");
        line("## Plain JDBC batch insert of the same rows");
        line(String.format(Locale.ROOT, "%d rows in %.2f s: %.0f rows/s; heap peak %d MiB", rows.size(), jdbc,
                rows.size() / jdbc, peakHeapMiB()));
        line("");
        line(String.format(Locale.ROOT, "real run / JDBC = **%.3f×**", (ROWS / run) / (rows.size() / jdbc)));

        Path out = Path.of(System.getProperty("bench.out", "target/bench/imports.md"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
        System.out.println(report);
    }

    /**
     * The list as a consulate would send it: full name as written (a variant of the person's), birth date in the
     * local format, sex. Registered persons are taken from the registry with their birth date, so that they match.
     */
    private List<String[]> writeList(Path list, PersonGenerator registry) throws IOException {
        PersonGenerator fresh = new PersonGenerator(SEED + 1, ROWS);
        Random random = new Random(SEED);
        List<String[]> rows = new ArrayList<>(ROWS);
        try (BufferedWriter out = Files.newBufferedWriter(list, StandardCharsets.UTF_8)) {
            out.write("ФИО;Дата рождения;Пол\n");
            for (int i = 0; i < ROWS; i++) {
                Generated person = random.nextDouble() < KNOWN ? registry.person(random.nextInt(PERSONS))
                        : fresh.person(i);
                NewName name = person.command().names().get(0);
                String fullName = name.fullForm() != null ? name.fullForm()
                        : String.join(" ", java.util.stream.Stream.of(name.family(), name.given(), name.patronymic())
                                .filter(java.util.Objects::nonNull).toList());
                String born = person.command().details().birthDate();
                String local = born == null ? "" : born.length() == 10
                        ? born.substring(8) + "." + born.substring(5, 7) + "." + born.substring(0, 4) : born;
                String sex = switch (person.command().details().sex()) {
                case FEMALE -> "Ж";
                case MALE -> "М";
                default -> "";
                };
                String[] row = { fullName.replace(';', ' '), local, sex };
                rows.add(row);
                out.write(String.join(";", row));
                out.write('\n');
            }
        }
        return rows;
    }

    /**
     * The people search of each row's name alone, as the search box would ask it, on every core: what the dry run's
     * matching cannot be faster than.
     */
    private double bareNameSearch(HuquqUser officer, List<String[]> rows, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long started = System.nanoTime();
            List<Future<Object>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                parts.add(pool.submit(() -> as(officer, () -> {
                    for (int i = first; i < rows.size(); i += threads) {
                        persons.search(PersonSearch.byName(rows.get(i)[0]), 0, 5);
                    }
                    return null;
                })));
            }
            for (Future<Object> part : parts) {
                part.get();
            }
            return seconds(started);
        } finally {
            pool.shutdown();
        }
    }

    private int chooseNewForAmbiguous(HuquqUser officer, UUID id) {
        int waiting = as(officer, () -> imports.get(id)).ambiguousCount();
        as(officer, () -> imports.chooseNewForAllWaiting(id));
        return waiting;
    }

    /** The same rows into a table of their own, in batches of 500 and one transaction, as the run saves a file. */
    private double jdbcBatchInsert(List<String[]> rows) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("create table if not exists bench_import_row (id uuid primary key, full_name varchar(600),"
                        + " birth_date varchar(10), sex varchar(10))");
            }
            connection.setAutoCommit(false);
            long started = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into bench_import_row (id, full_name, birth_date, sex) values (?, ?, ?, ?)")) {
                for (int i = 0; i < rows.size(); i++) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setString(2, rows.get(i)[0]);
                    insert.setString(3, rows.get(i)[1]);
                    insert.setString(4, rows.get(i)[2]);
                    insert.addBatch();
                    if (i % 500 == 499) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
            return seconds(started);
        }
    }

    private ImportView awaitEnd(HuquqUser officer, UUID id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofHours(2));
        ImportView current = as(officer, () -> imports.get(id));
        int lastRows = -1;
        while (current.status().isWorking() && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            current = as(officer, () -> imports.get(id));
            if (current.rowsRead() / 5000 != lastRows / 5000) {
                System.out.printf(Locale.ROOT, "%s: %d rows, heap peak so far %d MiB%n", current.status(),
                        current.rowsRead(), peakHeapMiB());
                lastRows = current.rowsRead();
            }
        }
        if (current.status().isWorking()) {
            throw new AssertionError("the import did not end in time");
        }
        return current;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** The sum of the heap pools' peaks since the last reset: an upper bound of the heap in use at any moment. */
    private static long peakHeapMiB() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static <T> T as(HuquqUser user, Supplier<T> work) {
        return TestUsers.as(user, work);
    }

    private void line(String text) {
        report.append(text).append('\n');
    }
}
