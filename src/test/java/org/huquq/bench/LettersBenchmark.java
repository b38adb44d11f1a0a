package org.huquq.bench;

import static org.huquq.support.TestUsers.as;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.huquq.bench.LetterGenerator.Counterpart;
import org.huquq.bench.LetterGenerator.Planned;
import org.huquq.correspondence.LetterDirection;
import org.huquq.correspondence.LetterManagement;
import org.huquq.correspondence.LetterMother;
import org.huquq.correspondence.LetterOutcomeView;
import org.huquq.correspondence.LetterView;
import org.huquq.correspondence.RecordOutcome;
import org.huquq.correspondence.Scorecard;
import org.huquq.counterparts.CounterpartManagement;
import org.huquq.counterparts.CounterpartMother;
import org.huquq.deadlines.ReplyDeadlineOutcomeKind;
import org.huquq.deadlines.ReplyDeadlines;
import org.huquq.deadlines.ReplyRuleManagement;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.shared.Confidentiality;
import org.huquq.shared.DateCursor;
import org.huquq.shared.StaleVersionException;
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

/**
 * The letters benchmark of issue 4, on the embedded default (H2 file + Lucene in a fresh data directory): creates one
 * institution and its counterparts through {@link CounterpartManagement}, loads N letters planned by
 * {@link LetterGenerator} straight into the tables with JDBC batches ({@link LetterLoader}; the service would take
 * hours for a million), then, signed in as real users, measures {@link LetterManagement#scorecard} and
 * {@link LetterManagement#overdue} after warm-up, and finally has 20 clerks register letters through
 * {@link LetterManagement#register} at once and 20 clerks change the same letter at once. Never part of
 * {@code ./mvnw verify} (tag "benchmark"); run it with {@code bench/letters.sh}. Parameters (system properties):
 * {@code bench.letters} (N, default 100000), {@code bench.counterparts} (5000), {@code bench.batch} (rows per JDBC
 * batch and transaction, 5000), {@code bench.queries} (measured calls per line, 300), {@code bench.warmup} (calls
 * per line before measuring, 50), {@code bench.clerks} (20), {@code bench.perClerk} (letters each clerk registers,
 * 50), {@code bench.rounds} (rounds of 20 clerks changing one letter, 5), {@code bench.seed}, {@code bench.dataDir},
 * {@code bench.out} (report file). Figures are printed, not asserted; it throws only on a correctness violation (a
 * duplicate or missing registry number, a lost registration, a lost or doubly applied update).
 */
@Tag("benchmark")
@SpringBootTest
class LettersBenchmark {

    static final int N = Integer.getInteger("bench.letters", 100_000);
    static final int COUNTERPARTS = Integer.getInteger("bench.counterparts", 5_000);
    static final int BATCH = Integer.getInteger("bench.batch", 5_000);
    static final int QUERIES = Integer.getInteger("bench.queries", 300);
    static final int WARMUP = Integer.getInteger("bench.warmup", 50);
    static final int CLERKS = Integer.getInteger("bench.clerks", 20);
    static final int PER_CLERK = Integer.getInteger("bench.perClerk", 50);
    static final int ROUNDS = Integer.getInteger("bench.rounds", 5);
    static final long SEED = Long.getLong("bench.seed", 20261129L);
    /** Whether to end with the experiments on candidate indexes ({@link #whatIf}). */
    static final boolean WHAT_IF = Boolean.parseBoolean(System.getProperty("bench.whatIf", "true"));
    /** Measured calls per query and step of the experiments (after a tenth as many, at least 3, to warm up). */
    static final int WHAT_IF_QUERIES = Integer.getInteger("bench.whatIfQueries", 50);
    static final Path DATA_DIR = PeopleSearchBenchmark.dataDir();
    static final String[] COUNTRIES = { "TJ", "TJ", "TJ", "TJ", "TJ", "TJ", "TJ", "TJ", "RU", "RU", "RU", "RU", "RU",
            "RU", "RU", "KZ", "UZ", "KG", "TR", "AE" };
    static final String[] KINDS = { "MINISTRY", "MINISTRY", "PROSECUTOR", "FACILITY_ADMINISTRATION",
            "FACILITY_ADMINISTRATION", "COURT", "BORDER_SERVICE", "OMBUDSMAN", "EMBASSY", "NGO",
            "INTERNATIONAL_ORGANISATION" };

    @Autowired
    LetterManagement letters;

    @Autowired
    CounterpartManagement counterparts;

    @Autowired
    ReplyDeadlines deadlines;

    @Autowired
    ReplyRuleManagement rules;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    private static final String LETTERS_READ = "letters read";

    private final StringBuilder report = new StringBuilder();

    @DynamicPropertySource
    static void embedded(DynamicPropertyRegistry registry) {
        registry.add("huquq.data-dir", DATA_DIR::toString);
        registry.add("huquq.demo", () -> "false");
    }

    /** One measured line: the time of each call and how many letters each touched. */
    record Line(String name, long[] nanos, long[] rows, String rowsMeaning, String profile) {
    }

    /** A call to measure; returns how many letters it touched. */
    interface Call {
        long run(int i);
    }

    @Test
    void loadMeasureAndRegister() throws Exception {
        LocalDate today = LocalDate.now();
        line("# Letters benchmark");
        line("");
        line(String.format(Locale.ROOT, "N=%d letters, %d counterparts, batch=%d, seed=%d, data dir %s, %d cores,"
                + " max heap %d MiB, java %s, today %s", N, COUNTERPARTS, BATCH, SEED, DATA_DIR,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"), today));
        line("database: " + jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName()
                + " " + c.getMetaData().getDatabaseProductVersion()));
        line("load average at start: " + loadAverage());

        // 1. the institution, its teams and people, its counterparts (through the service)
        UUID institution = users.institution();
        List<UUID> teams = List.of(users.team(institution, "Migrants"), users.team(institution, "Detention"),
                users.team(institution, "Complaints"));
        HuquqUser head = users.user(institution, Role.HEAD);
        HuquqUser officer = users.user(institution, Role.CASE_OFFICER, teams.get(0));
        List<HuquqUser> clerks = new ArrayList<>();
        for (int i = 0; i < CLERKS; i++) {
            clerks.add(users.user(institution, Role.REGISTRY_CLERK));
        }
        List<String> owners = new ArrayList<>(clerks.stream().map(HuquqUser::username).toList());
        owners.add(officer.username());
        owners.add(head.username());
        long t0 = System.nanoTime();
        List<Counterpart> bodies = new ArrayList<>(COUNTERPARTS);
        for (int i = 0; i < COUNTERPARTS; i++) {
            String country = COUNTRIES[i % COUNTRIES.length];
            String kind = KINDS[(i / COUNTRIES.length) % KINDS.length];
            // digits apart: the duplicate check folds "22" and "2" to one key, as it folds doubled letters
            String number = String.join("-", String.valueOf(i).split(""));
            UUID id = as(head, () -> counterparts.create(CounterpartMother.ministry().kind(kind).in(country)
                    .named("Body " + number + " of " + kind.toLowerCase(Locale.ROOT),
                            "Учреждение " + number + " (" + kind.toLowerCase(Locale.ROOT) + ")",
                            "Муассисаи " + number + " (" + kind.toLowerCase(Locale.ROOT) + ")")
                    .build())).id();
            bodies.add(new Counterpart(id, country));
            if ((i + 1) % 1000 == 0) {
                System.out.printf(Locale.ROOT, "counterparts: %d / %d%n", i + 1, COUNTERPARTS);
            }
        }
        long counterpartNanos = System.nanoTime() - t0;
        String sizesAfterCounterparts = sizes();
        List<UUID> counterpartIds = bodies.stream().map(Counterpart::id).toList();

        // 2. plan the letters, then write them with JDBC
        t0 = System.nanoTime();
        LetterGenerator generator = new LetterGenerator(SEED, N, bodies, teams, owners, today,
                LetterGenerator.arithmetic(deadlines, rules.rules()));
        long planNanos = System.nanoTime() - t0;
        t0 = System.nanoTime();
        LetterLoader loader = new LetterLoader(jdbc, transactions);
        long loadStart = t0;
        LetterLoader.Written written = loader.load(institution, counterpartIds, generator, BATCH, done -> {
            if (done % Math.max(BATCH, N / 10) < BATCH || done == N) {
                System.out.printf(Locale.ROOT, "letters written: %d / %d, %.0f letters/s so far%n", done, N,
                        done / ((System.nanoTime() - loadStart) / 1e9));
            }
        });
        long loadNanos = System.nanoTime() - t0;
        t0 = System.nanoTime();
        loader.analyze();
        long analyzeNanos = System.nanoTime() - t0;
        line("");
        line("## Data");
        line(String.format(Locale.ROOT, "- %d counterparts through CounterpartManagement.create in %.1f s (%.0f/s)",
                COUNTERPARTS, counterpartNanos / 1e9, COUNTERPARTS / (counterpartNanos / 1e9)));
        line(String.format(Locale.ROOT, "- %d letters planned in %.1f s, written with JDBC batches in %.1f s"
                + " (%.0f letters/s; %d letter_extension rows, %d letter_outcome rows, %d registry_counter rows);"
                + " ANALYZE took %.1f s", written.letters(), planNanos / 1e9, loadNanos / 1e9,
                written.letters() / (loadNanos / 1e9), written.extensions(), written.outcomes(), written.counters(),
                analyzeNanos / 1e9));
        describe(generator, today);
        line("- data dir after the counterparts: " + sizesAfterCounterparts + "; after the letters: " + sizes());
        line("- letters are NOT in the Lucene index (loaded with JDBC): the scorecard and the overdue list read the"
                + " database only; text search over letters is not measured here");

        // 3. the measures, one call at a time, as signed-in users
        measures(generator, head, officer, today);
        explain(institution, generator, today);

        // 4. 20 clerks at once
        registrations(institution, clerks, generator.counterpartIds(), today);
        sameLetter(head, clerks, counterpartIds.get(generator.heaviest(1).get(0)), today);
        if (WHAT_IF) {
            whatIf(institution, generator, officer.username(), today);
        }

        line("");
        line("load average at end: " + loadAverage());
        String out = System.getProperty("bench.out", "target/bench/letters-" + N + ".md");
        Files.createDirectories(Path.of(out).toAbsolutePath().getParent());
        Files.writeString(Path.of(out), report.toString(), StandardCharsets.UTF_8);
        System.out.println("report written to " + out);
    }

    private void describe(LetterGenerator generator, LocalDate today) {
        List<Planned> all = generator.letters();
        long outgoingExpecting = all.stream().filter(p -> p.expectsReply).count();
        long outgoing = all.stream().filter(p -> p.direction == LetterDirection.OUTGOING).count();
        long awaiting = all.stream().filter(p -> p.awaitingReplyBy != null).count();
        long overdue = all.stream().filter(p -> p.awaitingReplyBy != null && p.awaitingReplyBy.isBefore(today))
                .count();
        long chained = all.stream().filter(p -> p.thread() != p).count();
        Map<Confidentiality, Long> levels = all.stream()
                .collect(Collectors.groupingBy(Planned::confidentiality, TreeMap::new, Collectors.counting()));
        Map<String, Long> rulesUsed = all.stream().filter(p -> p.rule != null)
                .collect(Collectors.groupingBy(p -> p.rule, TreeMap::new, Collectors.counting()));
        int[] shares = new int[COUNTERPARTS];
        for (int c = 0; c < COUNTERPARTS; c++) {
            shares[c] = generator.share(c);
        }
        int[] sorted = shares.clone();
        Arrays.sort(sorted);
        line(String.format(Locale.ROOT, "- letters: %d outgoing (%.1f%%), of which %d expect an answer (%.1f%% of all"
                + " letters), %d incoming; %d letters in a chain after its first letter (answers and reminders);"
                + " %d awaiting an answer, %d of them past their reply-by date today",
                outgoing, 100.0 * outgoing / N, outgoingExpecting, 100.0 * outgoingExpecting / N, N - outgoing,
                chained, awaiting, overdue));
        line("- rules of the letters that expect an answer: " + rulesUsed
                + " (NONE: a date set by hand, 30 days after sending); confidentiality: " + levels);
        line(String.format(Locale.ROOT, "- letters per counterpart: heaviest %s; 99th percentile %d, 90th %d, median"
                + " %d, lightest %d", Arrays.toString(Arrays.copyOfRange(reverse(sorted), 0, Math.min(5,
                        sorted.length))), sorted[(int) (sorted.length * 0.99)], sorted[(int) (sorted.length * 0.9)],
                sorted[sorted.length / 2], sorted[0]));
    }

    private static int[] reverse(int[] sorted) {
        int[] reversed = new int[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            reversed[i] = sorted[sorted.length - 1 - i];
        }
        return reversed;
    }

    /** Counterpart indexes drawn with a probability proportional to their letters. */
    static int[] weightedDraws(LetterGenerator generator, Random random, int count) {
        double[] cumulative = new double[COUNTERPARTS];
        double sum = 0;
        for (int c = 0; c < COUNTERPARTS; c++) {
            sum += generator.share(c);
            cumulative[c] = sum;
        }
        int[] draws = new int[count];
        for (int i = 0; i < count; i++) {
            int at = Arrays.binarySearch(cumulative, random.nextDouble() * sum);
            draws[i] = Math.min(COUNTERPARTS - 1, at >= 0 ? at : -at - 1);
        }
        return draws;
    }

    private void measures(LetterGenerator generator, HuquqUser head, HuquqUser officer, LocalDate today) {
        List<Integer> heaviest = generator.heaviest(5);
        Random random = new Random(SEED);
        int[] weighted = weightedDraws(generator, random, WARMUP + QUERIES);
        int[] uniform = random.ints(WARMUP + QUERIES, 0, COUNTERPARTS).toArray();
        LocalDate from = today.minusYears(5);
        line("");
        line("## Measures (one call at a time, after " + WARMUP + " warm-up calls per line, " + QUERIES
                + " measured; deeper pages of the overdue list " + Math.max(20, QUERIES / 4) + ")");
        line("");
        line("Scorecard: `scorecard(counterpart, " + from + ", " + today + ", today)`; \"drawn by letters\" picks a"
                + " counterpart with a probability proportional to its letters (the bodies an office writes to most are"
                + " the ones whose scorecards it opens), \"any\" picks one uniformly. Overdue: `overdue(today, counterpart,"
                + " owner, after, 25)`, page N read at the cursor the N pages before it end at. The head reads everything; the case officer is in one team of three, so the"
                + " confidentiality filter excludes the other teams' confidential letters.");
        line("");
        line("| measure | as | calls | p50 ms | p95 ms | p99 ms | max ms | letters touched per call (mean / max) |"
                + " one call, statistics |");
        line("|---|---|---|---|---|---|---|---|---|");
        UUID[] cps = generator.counterpartIds();
        List<Line> lines = new ArrayList<>();
        lines.add(measure("scorecard, counterpart drawn by letters", "head", head,
                i -> scorecardRows(cps[weighted[i]], from, today), LETTERS_READ));
        lines.add(measure("scorecard, any counterpart", "head", head,
                i -> scorecardRows(cps[uniform[i]], from, today), LETTERS_READ));
        lines.add(measure("scorecard, the 5 heaviest counterparts " + heaviest.stream().map(generator::share)
                .toList(), "head", head, i -> scorecardRows(cps[heaviest.get(i % heaviest.size())], from, today),
                LETTERS_READ));
        lines.add(measure("scorecard, counterpart drawn by letters", "officer", officer,
                i -> scorecardRows(cps[weighted[i]], from, today), LETTERS_READ));
        lines.add(measure("overdue, page 0", "head", head, i -> overdueRows(null, null, null, today),
                "overdue letters counted"));
        lines.add(measure("overdue, page 0", "officer", officer, i -> overdueRows(null, null, null, today),
                "overdue letters counted"));
        for (int page : new int[] { 1, 10, 100, 1000 }) {
            DateCursor cursor = as(head, () -> cursorOfPage(page, today));
            lines.add(measure("overdue, page " + page, "head", head, i -> overdueRows(null, null, cursor, today),
                    "overdue letters counted", Math.max(20, QUERIES / 4)));
        }
        lines.add(measure("overdue of a counterpart drawn by letters, page 0", "head", head,
                i -> overdueRows(cps[weighted[i]], null, null, today), "overdue letters counted"));
        lines.add(measure("overdue of any counterpart, page 0", "head", head,
                i -> overdueRows(cps[uniform[i]], null, null, today), "overdue letters counted"));
        lines.add(measure("overdue of the 5 heaviest counterparts, page 0", "head", head,
                i -> overdueRows(cps[heaviest.get(i % heaviest.size())], null, null, today),
                "overdue letters counted"));
        String owner = officer.username();
        lines.add(measure("overdue of one owner, page 0", "head", head, i -> overdueRows(null, owner, null, today),
                "overdue letters counted"));
        for (Line measured : lines) {
            long[] nanos = measured.nanos().clone();
            Arrays.sort(nanos);
            double meanRows = Arrays.stream(measured.rows()).average().orElse(0);
            long maxRows = Arrays.stream(measured.rows()).max().orElse(0);
            String[] parts = measured.name().split("\\|");
            line(String.format(Locale.ROOT, "| %s | %s | %d | %.1f | %.1f | %.1f | %.1f | %.0f / %d %s | %s |",
                    parts[0], parts[1], nanos.length, PeopleSearchBenchmark.percentile(nanos, 50),
                    PeopleSearchBenchmark.percentile(nanos, 95), PeopleSearchBenchmark.percentile(nanos, 99),
                    nanos[nanos.length - 1] / 1e6, meanRows, maxRows, measured.rowsMeaning(), measured.profile()));
        }
        line("");
        line("\"one call, statistics\": one more call of the line (not timed) with Hibernate statistics switched on:"
                + " JDBC statements prepared, entities loaded, collections loaded. Before each call (untimed) one letter"
                + " is changed, as letters are all day in use: otherwise H2 answers a query identical to the previous"
                + " one on the same connection from its last result.");
    }

    private Line measure(String name, String as, HuquqUser user, Call call, String rowsMeaning) {
        return measure(name, as, user, call, rowsMeaning, QUERIES);
    }

    private Line measure(String name, String as, HuquqUser user, Call call, String rowsMeaning, int queries) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        for (int i = 0; i < WARMUP; i++) {
            int k = i;
            changeALetter();
            as(user, () -> call.run(k));
        }
        long[] nanos = new long[queries];
        long[] rows = new long[queries];
        for (int i = 0; i < queries; i++) {
            int k = WARMUP + i;
            changeALetter();
            long start = System.nanoTime();
            rows[i] = as(user, () -> call.run(k));
            nanos[i] = System.nanoTime() - start;
        }
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        try {
            as(user, () -> call.run(WARMUP));
        } finally {
            statistics.setStatisticsEnabled(false);
        }
        String profile = String.format(Locale.ROOT, "%d statements, %d entities, %d collections",
                statistics.getPrepareStatementCount(), statistics.getEntityLoadCount(),
                statistics.getCollectionLoadCount());
        System.out.println(name + " (" + as + "): done");
        return new Line(name + "|" + as, nanos, rows, rowsMeaning, profile);
    }

    private UUID changed;

    /**
     * Changes one letter (its {@code updated_at}), untimed, before each measured call: in use letters are registered
     * and answered all day, and H2 answers a query identical to the previous one on the same connection from that
     * query's last result as long as none of its tables changed, which would make repeated calls look far faster
     * than a list after a change is ({@code OPTIMIZE_REUSE_RESULTS}).
     */
    private void changeALetter() {
        if (changed == null) {
            changed = jdbc.queryForObject("select min(id) from letter", UUID.class);
        }
        jdbc.update("update letter set updated_at = ? where id = ?", java.time.OffsetDateTime.now(), changed);
    }

    private long scorecardRows(UUID counterpart, LocalDate from, LocalDate today) {
        Scorecard card = letters.scorecard(counterpart, from, today, today);
        return card.sent() + card.received();
    }

    private long overdueRows(UUID counterpart, String owner, DateCursor after, LocalDate today) {
        return letters.overdue(today, counterpart, owner, after, 25).total();
    }

    /** The cursor that reads page {@code page} of the overdue list (pages of 25), found by reading those before. */
    private DateCursor cursorOfPage(int page, LocalDate today) {
        DateCursor after = null;
        for (int i = 0; i < page; i++) {
            String next = letters.overdue(today, null, null, after, 25).next();
            if (next == null) {
                break;
            }
            after = DateCursor.valueOf(next);
        }
        return after;
    }

    /** The overdue list's query and its count, as Hibernate 7.2 writes them for LetterRepository.findAwaitingBefore. */
    static final String OVERDUE_WHERE = """
            from letter l1_0 where l1_0.institution_id=? and l1_0.awaiting_reply_by<? and (l1_0.confidentiality in (?,?)\
             or (l1_0.confidentiality=? and (?=true or l1_0.team_id in (?))) or (l1_0.confidentiality=? and (?=true\
             or l1_0.team_id in (?)))) and (? is null or l1_0.counterpart_id=?) and (? is null or l1_0.owner=?)""";
    static final String OVERDUE_PAGE = "select l1_0.id, l1_0.reference " + OVERDUE_WHERE
            + " order by l1_0.awaiting_reply_by,l1_0.id offset ? rows fetch first ? rows only";
    static final String OVERDUE_COUNT = "select count(*) " + OVERDUE_WHERE;
    /** The scorecard's query, as Hibernate writes LetterRepository.findExchanged. */
    static final String EXCHANGED = """
            select l1_0.id, l1_0.reference from letter l1_0 where l1_0.institution_id=? and l1_0.counterpart_id=?\
             and coalesce(l1_0.sent_on,l1_0.registered_on) between ? and ? and (l1_0.confidentiality in (?,?)\
             or (l1_0.confidentiality=? and (?=true or l1_0.team_id in (?))) or (l1_0.confidentiality=? and (?=true\
             or l1_0.team_id in (?)))) order by coalesce(l1_0.sent_on,l1_0.registered_on),l1_0.id\
             fetch first ? rows only""";

    /**
     * The database's plan of the SQL the measured calls run (H2: EXPLAIN ANALYZE, which runs the query and counts
     * the rows each index scan read), as the head would run them: every level readable, no team.
     */
    private void explain(UUID institution, LetterGenerator generator, LocalDate today) {
        UUID noTeam = new UUID(0, 0);
        UUID heaviest = generator.counterpartIds()[generator.heaviest(1).get(0)];
        UUID lightest = generator.counterpartIds()[generator.heaviest(COUNTERPARTS).get(COUNTERPARTS - 1)];
        line("");
        line("## Plans (EXPLAIN ANALYZE, as the head: every level readable)");
        record Explained(String what, String sql, Object[] parameters) {
        }
        List<Explained> explained = List.of(
                new Explained("overdue, page 0", OVERDUE_PAGE, overdueParameters(institution, today, noTeam, null,
                        new Object[] { 0, 25 })),
                new Explained("overdue, page 1000", OVERDUE_PAGE, overdueParameters(institution, today, noTeam, null,
                        new Object[] { 25_000, 25 })),
                new Explained("overdue, the count under page 0", OVERDUE_COUNT, overdueParameters(institution, today,
                        noTeam, null, new Object[0])),
                new Explained("overdue of the lightest counterpart, page 0", OVERDUE_PAGE, overdueParameters(
                        institution, today, noTeam, lightest, new Object[] { 0, 25 })),
                new Explained("scorecard of the heaviest counterpart", EXCHANGED, new Object[] { institution,
                        heaviest, today.minusYears(5), today, "PUBLIC", "INTERNAL", "CONFIDENTIAL", true, noTeam,
                        "STRICTLY_CONFIDENTIAL", true, noTeam, Integer.MAX_VALUE }));
        for (Explained e : explained) {
            String plan = plan(e.sql(), e.parameters());
            line("");
            line(e.what() + ":");
            line("```");
            line(plan);
            line("```");
        }
    }

    /** The database's plan of a query, parameters bound (H2 and PostgreSQL: EXPLAIN ANALYZE runs it). */
    private String plan(String sql, Object[] parameters) {
        return jdbc.execute((ConnectionCallback<String>) connection -> {
            boolean h2 = connection.getMetaData().getDatabaseProductName().startsWith("H2");
            try (PreparedStatement statement = connection.prepareStatement(
                    (h2 ? "explain analyze " : "explain (analyze, buffers) ") + sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                StringBuilder text = new StringBuilder();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        text.append(rows.getString(1)).append('\n');
                    }
                }
                return text.toString().strip();
            }
        });
    }

    private static Object[] overdueParameters(UUID institution, LocalDate today, UUID noTeam, UUID counterpart,
            Object[] paging) {
        List<Object> parameters = new ArrayList<>(List.of(institution, today, "PUBLIC", "INTERNAL", "CONFIDENTIAL",
                true, noTeam, "STRICTLY_CONFIDENTIAL", true, noTeam));
        parameters.add(counterpart);
        parameters.add(counterpart);
        parameters.add(null);
        parameters.add(null);
        parameters.addAll(Arrays.asList(paging));
        return parameters.toArray();
    }

    /** A registration as a clerk saw it: the letter, or what went wrong, and how long it took. */
    record Attempt(int clerk, LetterView letter, Exception failure, long nanos) {
    }

    /**
     * {@link #CLERKS} clerks register {@link #PER_CLERK} outgoing letters each, all at once, in the same series and
     * year; then the numbers of that series and year must run from 1 to the last one without a gap or a repeat, the
     * counter must stand at the last one, and every registered letter must be there under the number it was given.
     */
    private void registrations(UUID institution, List<HuquqUser> clerks, UUID[] counterpartIds, LocalDate today)
            throws Exception {
        String prefix = "OUT-" + today.getYear() + "-";
        int before = lastNumber(institution, today.getYear());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clerks.size());
        List<Future<List<Attempt>>> futures = new ArrayList<>();
        for (int c = 0; c < clerks.size(); c++) {
            int clerk = c;
            Random random = new Random(SEED + c);
            Callable<List<Attempt>> work = () -> {
                start.await();
                List<Attempt> attempts = new ArrayList<>();
                for (int i = 0; i < PER_CLERK; i++) {
                    UUID counterpart = counterpartIds[random.nextInt(counterpartIds.length)];
                    long t0 = System.nanoTime();
                    try {
                        LetterView letter = as(clerks.get(clerk), () -> letters.register(LetterMother
                                .outgoing(counterpart).registeredOn(today).signedOn(today).sentOn(today)
                                .register()));
                        attempts.add(new Attempt(clerk, letter, null, System.nanoTime() - t0));
                    } catch (RuntimeException e) {
                        attempts.add(new Attempt(clerk, null, e, System.nanoTime() - t0));
                    }
                }
                return attempts;
            };
            futures.add(pool.submit(work));
        }
        long t0 = System.nanoTime();
        start.countDown();
        List<Attempt> attempts = new ArrayList<>();
        for (Future<List<Attempt>> future : futures) {
            attempts.addAll(future.get());
        }
        long wall = System.nanoTime() - t0;
        pool.shutdown();
        List<Attempt> registered = attempts.stream().filter(a -> a.letter() != null).toList();
        Map<String, Long> failures = attempts.stream().filter(a -> a.failure() != null)
                .collect(Collectors.groupingBy(a -> a.failure().getClass().getSimpleName(), TreeMap::new,
                        Collectors.counting()));
        long[] nanos = registered.stream().mapToLong(Attempt::nanos).sorted().toArray();

        // the registry as the database has it now
        Map<String, UUID> stored = new HashMap<>();
        List<Integer> numbers = new ArrayList<>();
        jdbc.query("select reference, id from letter where institution_id = ? and reference like ?", rs -> {
            String reference = rs.getString(1);
            if (stored.put(reference, rs.getObject(2, UUID.class)) != null) {
                throw new AssertionError("registry number given twice: " + reference);
            }
            numbers.add(LetterGenerator.number(reference));
        }, institution, prefix + "%");
        numbers.sort(Integer::compare);
        int after = lastNumber(institution, today.getYear());
        List<String> violations = new ArrayList<>();
        int expectedLast = before + registered.size();
        if (after != expectedLast) {
            violations.add("the counter stands at " + after + ", expected " + expectedLast);
        }
        for (int i = 0; i < numbers.size(); i++) {
            if (numbers.get(i) != i + 1) {
                violations.add("numbers of " + prefix + " do not run 1.." + numbers.size() + " without a gap: at "
                        + (i + 1) + " found " + numbers.get(i));
                break;
            }
        }
        if (numbers.size() != expectedLast) {
            violations.add(numbers.size() + " letters numbered " + prefix + "*, expected " + expectedLast);
        }
        Set<String> given = new HashSet<>();
        for (Attempt attempt : registered) {
            LetterView letter = attempt.letter();
            if (!given.add(letter.reference())) {
                violations.add("two clerks were given " + letter.reference());
            }
            if (!letter.id().equals(stored.get(letter.reference()))) {
                violations.add(letter.reference() + " (" + letter.id() + ") is not in the registry under that number");
            }
        }
        line("");
        line("## Registration under " + clerks.size() + " concurrent clerks");
        line("");
        line(String.format(Locale.ROOT, "%d clerks (each a REGISTRY_CLERK of the institution, own thread) each register %d"
                + " outgoing letters through LetterManagement.register at once, series OUTGOING, year %d (%d numbers"
                + " already given this year): %d registered in %.1f s wall, **%.1f registrations/s**; per registration"
                + " p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms (waiting for a connection and the counter's"
                + " lock included); failed: %s", clerks.size(), PER_CLERK, today.getYear(), before, registered.size(),
                wall / 1e9, registered.size() / (wall / 1e9), PeopleSearchBenchmark.percentile(nanos, 50),
                PeopleSearchBenchmark.percentile(nanos, 95), PeopleSearchBenchmark.percentile(nanos, 99),
                nanos[nanos.length - 1] / 1e6, failures.isEmpty() ? "none" : failures));
        attempts.stream().filter(a -> a.failure() != null).limit(3)
                .forEach(a -> line("- clerk " + a.clerk() + ": " + a.failure()));
        line(String.format(Locale.ROOT, "Check: %s numbers now run 1..%d, counter at %d, every registered letter in the"
                + " registry under its number: %s", prefix, numbers.isEmpty() ? 0 : numbers.get(numbers.size() - 1),
                after, violations.isEmpty() ? "**yes, no duplicate, no gap, none lost**" : "**NO**: " + violations));
        if (!violations.isEmpty()) {
            throw new AssertionError("registry numbers under concurrent clerks: " + violations);
        }
    }

    private int lastNumber(UUID institution, int year) {
        List<Integer> last = jdbc.queryForList("select last_number from registry_counter where institution_id = ?"
                + " and series = 'OUTGOING' and registry_year = ?", Integer.class, institution, year);
        return last.isEmpty() ? 0 : last.get(0);
    }

    /** A change as a clerk saw it: the version it read, and the letter after it, or what went wrong. */
    record Change(int clerk, long read, LetterView after, Exception failure, String mark) {
    }

    /**
     * {@link #ROUNDS} rounds in which every clerk reads the same letter and at once records an outcome on it with the
     * version it read, then as many rounds correcting it: exactly the changes that succeeded must be applied, each
     * on top of the one before (no two from the same version), and every other clerk must be told the letter
     * changed.
     */
    private void sameLetter(HuquqUser head, List<HuquqUser> clerks, UUID counterpart, LocalDate today)
            throws Exception {
        LetterView target = as(clerks.get(0), () -> letters.register(LetterMother.outgoing(counterpart)
                .registeredOn(today).signedOn(today).sentOn(today).register()));
        line("");
        line("## " + clerks.size() + " clerks changing the same letter at once (" + target.reference() + ")");
        line("");
        line("Each round: every clerk reads the letter (`get`), then at once writes with the version it read. Every"
                + " change that is not applied must fail; the applied ones must follow one another (version + 1 each,"
                + " never two from one version), and the letter must hold exactly them.");
        line("");
        line("| change | rounds | attempts | applied | StaleVersionException | other failures | wall per round ms (mean) | check |");
        line("|---|---|---|---|---|---|---|---|");
        List<String> violations = new ArrayList<>();
        for (String kind : List.of("recordOutcome", "update")) {
            int applied = 0;
            int stale = 0;
            Map<String, Long> other = new TreeMap<>();
            long wall = 0;
            List<String> failures = new ArrayList<>();
            for (int round = 1; round <= ROUNDS; round++) {
                LetterView before = as(head, () -> letters.get(target.id()));
                CountDownLatch start = new CountDownLatch(1);
                ExecutorService pool = Executors.newFixedThreadPool(clerks.size());
                List<Future<Change>> futures = new ArrayList<>();
                for (int c = 0; c < clerks.size(); c++) {
                    int clerk = c;
                    String mark = kind + " by clerk " + c + " in round " + round;
                    futures.add(pool.submit(() -> {
                        start.await();
                        return as(clerks.get(clerk), () -> {
                            long read = letters.get(target.id()).version();
                            try {
                                LetterView after = kind.equals("recordOutcome")
                                        ? letters.recordOutcome(target.id(), read, new RecordOutcome(
                                                ReplyDeadlineOutcomeKind.ACKNOWLEDGED, today, mark, null))
                                        : letters.update(target.id(), read, LetterMother.outgoing(counterpart)
                                                .registeredOn(today).signedOn(today).sentOn(today).subject(mark)
                                                .details());
                                return new Change(clerk, read, after, null, mark);
                            } catch (RuntimeException e) {
                                return new Change(clerk, read, null, e, mark);
                            }
                        });
                    }));
                }
                long t0 = System.nanoTime();
                start.countDown();
                List<Change> changes = new ArrayList<>();
                for (Future<Change> future : futures) {
                    changes.add(future.get());
                }
                wall += System.nanoTime() - t0;
                pool.shutdown();
                LetterView after = as(head, () -> letters.get(target.id()));
                List<Change> succeeded = changes.stream().filter(ch -> ch.after() != null)
                        .sorted(java.util.Comparator.comparingLong(ch -> ch.after().version())).toList();
                applied += succeeded.size();
                for (Change change : changes) {
                    if (change.failure() instanceof StaleVersionException) {
                        stale++;
                    } else if (change.failure() != null) {
                        other.merge(change.failure().getClass().getSimpleName(), 1L, Long::sum);
                        if (failures.size() < 1) {
                            String message = String.valueOf(change.failure().getMessage());
                            failures.add(change.failure().getClass().getName() + ": "
                                    + message.substring(0, Math.min(message.length(), 120)) + "...");
                        }
                    }
                }
                // each applied change on top of the previous one, from the version its clerk read
                long version = before.version();
                for (Change change : succeeded) {
                    if (change.read() != version || change.after().version() != version + 1) {
                        violations.add(kind + " round " + round + ": clerk " + change.clerk() + " read version "
                                + change.read() + " and got " + change.after().version() + ", the letter was at "
                                + version);
                    }
                    version = change.after().version();
                }
                if (after.version() != before.version() + succeeded.size()) {
                    violations.add(kind + " round " + round + ": version " + before.version() + " -> "
                            + after.version() + " with " + succeeded.size() + " applied");
                }
                Set<String> marks = succeeded.stream().map(Change::mark).collect(Collectors.toSet());
                if (kind.equals("recordOutcome")) {
                    String suffix = " in round " + round;
                    List<String> notes = after.outcomes().stream().map(LetterOutcomeView::note)
                            .filter(note -> note != null && note.endsWith(suffix)).toList();
                    if (notes.size() != succeeded.size() || !marks.equals(new HashSet<>(notes))) {
                        violations.add("recordOutcome round " + round + ": outcomes recorded " + notes
                                + ", applied " + marks);
                    }
                } else if (!succeeded.isEmpty()
                        && !after.subject().equals(succeeded.get(succeeded.size() - 1).mark())) {
                    violations.add("update round " + round + ": the letter says \"" + after.subject()
                            + "\", the last applied change was \"" + succeeded.get(succeeded.size() - 1).mark() + "\"");
                }
            }
            line(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %s | %.0f | %s |", kind, ROUNDS,
                    ROUNDS * clerks.size(), applied, stale, other.isEmpty() ? "0" : other.toString(),
                    wall / 1e6 / ROUNDS, violations.stream().anyMatch(v -> v.startsWith(kind)) ? "**violated**"
                            : "exactly the applied ones, in order"));
            failures.forEach(f -> System.out.println(kind + " failure: " + f));
            if (!failures.isEmpty()) {
                otherFailures.put(kind, failures);
            }
        }
        otherFailures.forEach((kind, failures) -> line("- " + kind + ", other failures, e.g. `" + failures.get(0)
                + "`"));
        if (!violations.isEmpty()) {
            violations.forEach(this::line);
            throw new AssertionError("lost or doubly applied changes: " + violations);
        }
    }

    private final Map<String, List<String>> otherFailures = new TreeMap<>();

    /** The overdue list of one counterpart as a query of its own, without the catch-all {@code ? is null or ...}. */
    static final String OVERDUE_OF_COUNTERPART_WHERE = """
            from letter l1_0 where l1_0.institution_id=? and l1_0.counterpart_id=? and l1_0.awaiting_reply_by<?\
             and (l1_0.confidentiality in (?,?) or (l1_0.confidentiality=? and (?=true or l1_0.team_id in (?)))\
             or (l1_0.confidentiality=? and (?=true or l1_0.team_id in (?))))""";

    /** One query of an experiment, and its parameters for the i-th call. */
    record Probe(String what, String sql, java.util.function.IntFunction<Object[]> parameters, int sameAs) {

        Probe(String what, String sql, java.util.function.IntFunction<Object[]> parameters) {
            this(what, sql, parameters, -1);
        }
    }

    /**
     * Experiments, not the application's code: the overdue queries timed with plain JDBC (page 0 and its count, and
     * the same for one counterpart), before and after candidate indexes, and one counterpart's overdue list as a query
     * of its own. Runs last, since the indexes it creates stay.
     */
    private void whatIf(UUID institution, LetterGenerator generator, String owner, LocalDate today) {
        UUID noTeam = new UUID(0, 0);
        UUID[] cps = generator.counterpartIds();
        int warmup = Math.max(3, WHAT_IF_QUERIES / 10);
        int[] weighted = weightedDraws(generator, new Random(SEED + 99), WHAT_IF_QUERIES + warmup);
        List<Probe> probes = List.of(
                new Probe("overdue, page 0 (`select id, reference`)", OVERDUE_PAGE,
                        i -> overdueParameters(institution, today, noTeam, null, new Object[] { 0, 25 })),
                new Probe("the same, `order by l1_0.institution_id,l1_0.awaiting_reply_by,l1_0.id`",
                        OVERDUE_PAGE.replace("order by l1_0.awaiting_reply_by,",
                                "order by l1_0.institution_id,l1_0.awaiting_reply_by,"),
                        i -> overdueParameters(institution, today, noTeam, null, new Object[] { 0, 25 }), 0),
                new Probe("overdue, its count", OVERDUE_COUNT,
                        i -> overdueParameters(institution, today, noTeam, null, new Object[0])),
                new Probe("overdue of a counterpart drawn by letters, page 0", OVERDUE_PAGE,
                        i -> overdueParameters(institution, today, noTeam, cps[weighted[i]], new Object[] { 0, 25 })),
                new Probe("overdue of a counterpart drawn by letters, its count", OVERDUE_COUNT,
                        i -> overdueParameters(institution, today, noTeam, cps[weighted[i]], new Object[0])),
                new Probe("the same page 0 as a query of its own: `counterpart_id=?`, `order by l1_0.institution_id,"
                        + "l1_0.counterpart_id,l1_0.awaiting_reply_by,l1_0.id`",
                        "select l1_0.id, l1_0.reference " + OVERDUE_OF_COUNTERPART_WHERE + " order by"
                                + " l1_0.institution_id,l1_0.counterpart_id,l1_0.awaiting_reply_by,l1_0.id"
                                + " offset ? rows fetch first ? rows only",
                        i -> counterpartParameters(institution, cps[weighted[i]], today, noTeam, 0, 25), 3),
                new Probe("its count", "select count(*) " + OVERDUE_OF_COUNTERPART_WHERE,
                        i -> counterpartParameters(institution, cps[weighted[i]], today, noTeam), 4),
                new Probe("overdue of one owner, page 0", OVERDUE_PAGE,
                        i -> ownerParameters(institution, owner, today, noTeam, true, 0, 25)),
                new Probe("the same page 0 as a query of its own: `owner=?`, `order by l1_0.institution_id,"
                        + "l1_0.owner,l1_0.awaiting_reply_by,l1_0.id`",
                        "select l1_0.id, l1_0.reference " + OVERDUE_OF_OWNER_WHERE + " order by"
                                + " l1_0.institution_id,l1_0.owner,l1_0.awaiting_reply_by,l1_0.id"
                                + " offset ? rows fetch first ? rows only",
                        i -> ownerParameters(institution, owner, today, noTeam, false, 0, 25), 7),
                new Probe("its count", "select count(*) " + OVERDUE_OF_OWNER_WHERE,
                        i -> ownerParameters(institution, owner, today, noTeam, false)));
        // the owner's count through the catch-all costs what the count of the whole list costs: not repeated
        line("");
        line("## Experiments: candidate indexes (plain JDBC, as the head; not the application's code)");
        line("");
        line("Each query " + warmup + " times to warm up, then " + WHAT_IF_QUERIES + " times measured, each after a"
                + " change to one letter (untimed). Indexes are added one after the other and stay; the queries are"
                + " those of the measures above (with the overdue list's catch-alls `(? is null or"
                + " l1_0.counterpart_id=?)` and `(? is null or l1_0.owner=?)`), and one counterpart's and one owner's"
                + " list as queries of their own.");
        line("");
        line("A rewritten query is run first with the parameters of its first ten calls next to the application's"
                + " query, and must give the same letters in the same order (or the same count).");
        line("");
        line("| indexes | query | p50 ms | p95 ms | max ms | rows read (scanCount of the first call) |");
        line("|---|---|---|---|---|---|");
        record Step(String indexes, List<String> statements) {
        }
        List<Step> steps = List.of(
                new Step("as migrated (V43)", List.of()),
                new Step("ix_letter_awaiting replaced by (institution_id, awaiting_reply_by, id, confidentiality,"
                        + " team_id)", List.of("drop index ix_letter_awaiting",
                                "create index ix_bench_awaiting on letter (institution_id, awaiting_reply_by, id,"
                                        + " confidentiality, team_id)")),
                new Step("+ (institution_id, counterpart_id, awaiting_reply_by, id)", List.of(
                        "create index ix_bench_counterpart_awaiting on letter (institution_id, counterpart_id,"
                                + " awaiting_reply_by, id)")),
                new Step("+ (institution_id, owner, awaiting_reply_by, id)", List.of(
                        "create index ix_bench_owner_awaiting on letter (institution_id, owner, awaiting_reply_by,"
                                + " id)")));
        for (Step step : steps) {
            if (!step.statements().isEmpty()) {
                long t0 = System.nanoTime();
                step.statements().forEach(jdbc::execute);
                new LetterLoader(jdbc, transactions).analyze();
                line(String.format(Locale.ROOT, "| %s: done in %.1f s | | | | | |", step.indexes(),
                        (System.nanoTime() - t0) / 1e9));
            }
            for (Probe probe : probes) {
                String scan = scanCounts(probe.sql(), probe.parameters().apply(0));
                if (probe.sameAs() >= 0) {
                    Probe original = probes.get(probe.sameAs());
                    for (int i = 0; i < 10; i++) {
                        if (!query(probe.sql(), probe.parameters().apply(i)).equals(
                                query(original.sql(), original.parameters().apply(i)))) {
                            scan += "; **NOT the same letters as the application's query**";
                            break;
                        }
                    }
                }
                for (int i = 0; i < warmup; i++) {
                    changeALetter();
                    query(probe.sql(), probe.parameters().apply(i));
                }
                long[] nanos = new long[WHAT_IF_QUERIES];
                for (int i = 0; i < WHAT_IF_QUERIES; i++) {
                    Object[] parameters = probe.parameters().apply(warmup + i);
                    changeALetter();
                    long t0 = System.nanoTime();
                    query(probe.sql(), parameters);
                    nanos[i] = System.nanoTime() - t0;
                }
                Arrays.sort(nanos);
                line(String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f | %.1f | %s |", step.indexes(), probe.what(),
                        PeopleSearchBenchmark.percentile(nanos, 50), PeopleSearchBenchmark.percentile(nanos, 95),
                        nanos[nanos.length - 1] / 1e6, scan));
            }
        }
    }

    /** The overdue list of one owner as a query of its own. */
    static final String OVERDUE_OF_OWNER_WHERE = """
            from letter l1_0 where l1_0.institution_id=? and l1_0.owner=? and l1_0.awaiting_reply_by<?\
             and (l1_0.confidentiality in (?,?) or (l1_0.confidentiality=? and (?=true or l1_0.team_id in (?)))\
             or (l1_0.confidentiality=? and (?=true or l1_0.team_id in (?))))""";

    /** Parameters of the overdue list of one owner: the catch-all query's, or those of a query of its own. */
    private static Object[] ownerParameters(UUID institution, String owner, LocalDate today, UUID noTeam,
            boolean catchAll, Object... paging) {
        if (catchAll) {
            List<Object> parameters = new ArrayList<>(List.of(institution, today, "PUBLIC", "INTERNAL",
                    "CONFIDENTIAL", true, noTeam, "STRICTLY_CONFIDENTIAL", true, noTeam));
            parameters.add(null);
            parameters.add(null);
            parameters.add(owner);
            parameters.add(owner);
            parameters.addAll(Arrays.asList(paging));
            return parameters.toArray();
        }
        List<Object> parameters = new ArrayList<>(List.of(institution, owner, today, "PUBLIC", "INTERNAL",
                "CONFIDENTIAL", true, noTeam, "STRICTLY_CONFIDENTIAL", true, noTeam));
        parameters.addAll(Arrays.asList(paging));
        return parameters.toArray();
    }

    private static Object[] counterpartParameters(UUID institution, UUID counterpart, LocalDate today, UUID noTeam,
            Object... paging) {
        List<Object> parameters = new ArrayList<>(List.of(institution, counterpart, today, "PUBLIC", "INTERNAL",
                "CONFIDENTIAL", true, noTeam, "STRICTLY_CONFIDENTIAL", true, noTeam));
        parameters.addAll(Arrays.asList(paging));
        return parameters.toArray();
    }

    /** The first column of every row. */
    private List<String> query(String sql, Object[] parameters) {
        return jdbc.execute((ConnectionCallback<List<String>>) connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                List<String> rows = new ArrayList<>();
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        rows.add(result.getString(1));
                    }
                }
                return rows;
            }
        });
    }

    /** The index H2 chose and how many rows it read ("index: scanCount"), from EXPLAIN ANALYZE. */
    private String scanCounts(String sql, Object[] parameters) {
        String plan = plan(sql, parameters);
        java.util.regex.Matcher index = java.util.regex.Pattern.compile("/\\* (\\S+?): ").matcher(plan);
        java.util.regex.Matcher scan = java.util.regex.Pattern.compile("scanCount: (\\d+)").matcher(plan);
        String chosen = index.find() ? index.group(1) : "?";
        return chosen + ": " + (scan.find() ? scan.group(1) : "?") + (plan.contains("index sorted") ? ", index sorted"
                : "");
    }

    private static String sizes() throws IOException {
        StringBuilder sizes = new StringBuilder();
        try (var entries = Files.list(DATA_DIR)) {
            for (Path entry : entries.sorted().toList()) {
                sizes.append(sizes.isEmpty() ? "" : ", ").append(entry.getFileName()).append(' ').append(size(entry))
                        .append(" MiB");
            }
        }
        return sizes.toString();
    }

    private static long size(Path dir) throws IOException {
        if (Files.isRegularFile(dir)) {
            return Files.size(dir) >> 20;
        }
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum() >> 20;
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
