package org.huquq.bench;

import static org.huquq.support.TestUsers.as;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import org.huquq.detention.DetentionFilter;
import org.huquq.detention.DetentionManagement;
import org.huquq.detention.DetentionView;
import org.huquq.detention.RegistryView;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.places.PlaceManagement;
import org.huquq.places.PlaceMother;
import org.huquq.shared.DateCursor;
import org.huquq.shared.KeysetPage;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The detention registry's views at scale (issue 10): one institution of a country with N persons and N detention
 * records (a share of them past records of persons moved since), written with JDBC batches, then every view's first
 * page and its 1,000th page (or its last, for a view shorter than that) read through
 * {@link DetentionManagement#find} as a head of office (who reads everything) and as a case officer of one team of
 * three (whose confidentiality filter applies), with p50/p95/p99 after a warm-up. Run by {@code bench/detention.sh};
 * figures are printed and written to {@code bench.out}, never asserted.
 */
@Tag("benchmark")
@SpringBootTest
class DetentionViewsBenchmark {

    static final int N = Integer.getInteger("bench.n", 500_000);
    static final int BATCH = Integer.getInteger("bench.batch", 5_000);
    static final int QUERIES = Integer.getInteger("bench.queries", 200);
    static final int WARMUP = Integer.getInteger("bench.warmup", 30);
    static final int PAGE = 25;
    static final int DEEP_PAGE = 1000;
    static final long SEED = Long.getLong("bench.seed", 20261207L);
    static final Path DATA_DIR = PeopleSearchBenchmark.dataDir();
    /** Where the places are: our country (TJ) first, then the countries our nationals are held in. */
    static final String[] PLACE_COUNTRIES = { "TJ", "TJ", "RU", "RU", "RU", "RU", "KZ", "UZ", "TR", "AE" };
    static final String[] NATIONALITIES = { "TJ", "TJ", "TJ", "TJ", "TJ", "TJ", "TJ", "UZ", "AF", "RU" };
    static final String[] STATUSES = { "PRE_TRIAL", "SENTENCED", "SENTENCED", "SENTENCED", "ADMINISTRATIVE",
            "IMMIGRATION", "AWAITING_EXPULSION" };
    static final String[] LEVELS = { "INTERNAL", "INTERNAL", "INTERNAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL" };

    @Autowired
    DetentionManagement detentions;

    @Autowired
    PlaceManagement places;

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

    @Test
    void loadAndReadEveryView() throws Exception {
        LocalDate today = LocalDate.now();
        line("# Detention registry views benchmark");
        line("");
        line(String.format(Locale.ROOT, "N=%d persons and detention records, batch=%d, seed=%d, %d cores, max heap "
                + "%d MiB, java %s, today %s", N, BATCH, SEED, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"), today));
        line("database: " + jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName()
                + " " + c.getMetaData().getDatabaseProductVersion()));
        line("load average at start: " + loadAverage());

        UUID institution = users.institution(); // of Tajikistan
        List<UUID> teams = List.of(users.team(institution, "Monitoring"), users.team(institution, "Cases"),
                users.team(institution, "Migrants"));
        HuquqUser head = users.user(institution, Role.HEAD);
        HuquqUser officer = users.user(institution, Role.CASE_OFFICER, teams.get(0));
        List<UUID> placeIds = new ArrayList<>();
        List<String> placeCountries = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String country = PLACE_COUNTRIES[i % PLACE_COUNTRIES.length];
            String code = "P-" + i;
            placeIds.add(as(head, () -> places.create(PlaceMother.colony().code(code).in(country)
                    .named("Place " + code, "Место " + code, "Ҷои " + code).build())).id());
            placeCountries.add(country);
        }

        long t0 = System.nanoTime();
        int current = load(institution, teams, placeIds, placeCountries, today);
        long loadNanos = System.nanoTime() - t0;
        line("");
        line("## Data");
        line(String.format(Locale.ROOT, "- %d persons (JDBC, no names: only the views are measured) and %d detention "
                + "records (%d current, the others past records of persons moved since) written in %.1f s "
                + "(%.0f rows/s)", N, N, current, loadNanos / 1e9, 2.0 * N / (loadNanos / 1e9)));
        line("- facts on the records: places in TJ 20 %, RU 40 %, KZ, UZ, TR, AE 10 % each; nationality TJ 70 %; "
                + "women 15 %; born 1950–2010; levels internal 60 %, confidential 20 %, strictly confidential 20 %, "
                + "each protected one in one of three teams");
        analyze();
        line("- data dir: " + sizes());

        line("");
        line("## Views, through DetentionManagement.find (page of " + PAGE + ", count up to "
                + DetentionManagement.COUNT_LIMIT + ")");
        line("");
        line("| view | reader | page | records in view (counted) | p50 ms | p95 ms | p99 ms | max ms |");
        line("|---|---|---|---|---:|---:|---:|---:|");
        for (RegistryView view : RegistryView.values()) {
            for (HuquqUser reader : List.of(head, officer)) {
                String who = reader == head ? "head" : "officer, 1 team of 3";
                DetentionFilter filter = DetentionFilter.of(view);
                measure(view.name(), who, "1", reader, filter, null);
                Deep deep = deepCursor(reader, filter);
                measure(view.name(), who, deep.page() == DEEP_PAGE ? "1,000" : deep.page() + " (last)", reader,
                        filter, deep.cursor());
            }
        }
        DetentionFilter narrow = new DetentionFilter(RegistryView.ABROAD, "RU", null, null, "SENTENCED", null);
        measure("ABROAD, RU, sentenced", "officer, 1 team of 3", "1", officer, narrow, null);
        Deep deep = deepCursor(officer, narrow);
        measure("ABROAD, RU, sentenced", "officer, 1 team of 3",
                deep.page() == DEEP_PAGE ? "1,000" : deep.page() + " (last)", officer, narrow, deep.cursor());

        line("");
        line("load average at end: " + loadAverage());
        String out = System.getProperty("bench.out", "target/bench/detention-" + N + ".md");
        Files.createDirectories(Path.of(out).toAbsolutePath().getParent());
        Files.writeString(Path.of(out), report.toString(), StandardCharsets.UTF_8);
    }

    /** The cursor of the 1,000th page of a view (or of its last page, and which page that is). */
    record Deep(DateCursor cursor, int page) {
    }

    private Deep deepCursor(HuquqUser reader, DetentionFilter filter) {
        DateCursor cursor = null;
        int page = 1;
        while (page < DEEP_PAGE) {
            DateCursor from = cursor;
            KeysetPage<DetentionView> found = as(reader, () -> detentions.find(filter, from, PAGE));
            if (!found.hasNext()) {
                break;
            }
            cursor = DateCursor.valueOf(found.next());
            page++;
        }
        return new Deep(cursor, page);
    }

    private void measure(String view, String reader, String page, HuquqUser user, DetentionFilter filter,
            DateCursor after) {
        for (int i = 0; i < WARMUP; i++) {
            as(user, () -> detentions.find(filter, after, PAGE));
        }
        long[] nanos = new long[QUERIES];
        KeysetPage<DetentionView> last = null;
        for (int i = 0; i < QUERIES; i++) {
            long t0 = System.nanoTime();
            last = as(user, () -> detentions.find(filter, after, PAGE));
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        line(String.format(Locale.ROOT, "| %s | %s | %s | %s%d | %.1f | %.1f | %.1f | %.1f |", view, reader, page,
                last.totalExact() ? "" : "≥ ", last.total(), ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99),
                nanos[nanos.length - 1] / 1e6));
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    /** Writes the persons and their records; returns how many records are current. */
    private int load(UUID institution, List<UUID> teams, List<UUID> placeIds, List<String> placeCountries,
            LocalDate today) {
        Random random = new Random(SEED);
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        Timestamp now = Timestamp.from(Instant.now());
        int current = 0;
        for (int from = 0; from < N; from += BATCH) {
            int to = Math.min(N, from + BATCH);
            List<Object[]> persons = new ArrayList<>();
            List<Object[]> records = new ArrayList<>();
            for (int i = from; i < to; i++) {
                UUID person = UUID.randomUUID();
                String sex = random.nextInt(100) < 15 ? "FEMALE" : "MALE";
                LocalDate born = LocalDate.of(1950 + random.nextInt(61), 1 + random.nextInt(12), 1 + random.nextInt(28));
                String level = LEVELS[random.nextInt(LEVELS.length)];
                UUID team = level.equals("INTERNAL") ? null : teams.get(random.nextInt(teams.size()));
                String reference = String.format(Locale.ROOT, "PER-2026-%06d", i + 1);
                persons.add(new Object[] { person, institution, reference, sex, born.toString(), born.getYear(),
                        level, team, now, "bench", now, "bench", 0L });
                String nationality = NATIONALITIES[random.nextInt(NATIONALITIES.length)];
                int place = random.nextInt(placeIds.size());
                String placeCountry = placeCountries.get(place);
                String status = STATUSES[random.nextInt(STATUSES.length)];
                LocalDate detained = today.minusDays(1 + random.nextInt(3650));
                // one in five is a past record: the person was moved or released since
                boolean past = random.nextInt(5) == 0;
                LocalDate release = status.equals("SENTENCED") ? detained.plusDays(365 + random.nextInt(3650)) : null;
                if (!past) {
                    current++;
                }
                records.add(new Object[] { UUID.randomUUID(), institution, String.format(Locale.ROOT, "DET-%07d", i + 1),
                        person, person, placeIds.get(place), Date.valueOf(detained),
                        past ? Date.valueOf(detained.plusDays(30)) : null, !past, status,
                        status.equals("SENTENCED"), release == null ? null : Date.valueOf(detained),
                        release == null ? null : 5, release == null ? null : Date.valueOf(release), reference,
                        "Person " + (i + 1), sex, Date.valueOf(born), Date.valueOf(born), "|" + nationality + "|",
                        random.nextInt(50) == 0 ? "SERIOUS_ILLNESS" : "", nationality.equals("TJ"), placeCountry,
                        !placeCountry.equals("TJ"), level, team, now, "bench", now, "bench", 0L });
            }
            transaction.executeWithoutResult(status -> {
                jdbc.batchUpdate("insert into person (id, institution_id, reference, sex, birth_date, birth_year, "
                        + "confidentiality, team_id, created_at, created_by, updated_at, updated_by, version) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", persons);
                jdbc.batchUpdate("insert into detention (id, institution_id, reference, person_id, "
                        + "recorded_person_id, place_id, detained_from, detained_to, current_record, legal_status, "
                        + "has_sentence, sentence_start_on, term_years, release_on, life_term, person_reference, "
                        + "person_name, person_sex, person_born_earliest, person_born_latest, person_nationalities, "
                        + "person_vulnerabilities, our_national, place_country, held_abroad, confidentiality, team_id, "
                        + "created_at, created_by, updated_at, updated_by, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        + "?, ?, ?, ?, ?, false, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", records);
            });
            if (to % Math.max(BATCH, N / 10) < BATCH || to == N) {
                System.out.printf(Locale.ROOT, "written: %d / %d%n", to, N);
            }
        }
        return current;
    }

    private void analyze() {
        String database = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
        jdbc.execute(database.contains("H2") ? "analyze" : "analyze detention");
    }

    private static String sizes() throws IOException {
        StringBuilder sizes = new StringBuilder();
        try (var entries = Files.list(DATA_DIR)) {
            for (Path entry : entries.sorted().toList()) {
                long bytes;
                if (Files.isRegularFile(entry)) {
                    bytes = Files.size(entry);
                } else {
                    try (var files = Files.walk(entry)) {
                        bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
                    }
                }
                sizes.append(sizes.isEmpty() ? "" : ", ").append(entry.getFileName()).append(' ').append(bytes >> 20)
                        .append(" MiB");
            }
        }
        return sizes.toString();
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
