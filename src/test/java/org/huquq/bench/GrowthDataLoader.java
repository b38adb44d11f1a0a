package org.huquq.bench;

import static org.huquq.support.TestUsers.as;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.huquq.bench.LetterGenerator.Counterpart;
import org.huquq.counterparts.CounterpartManagement;
import org.huquq.counterparts.CounterpartMother;
import org.huquq.deadlines.ReplyDeadlines;
import org.huquq.deadlines.ReplyRuleManagement;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.IdentityManagement;
import org.huquq.identity.Role;
import org.huquq.people.PersonManagement;
import org.huquq.people.RegisterPerson;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Grows the data directory of a stopped Huquq (issue 9, "Cost that grows with the data"): beside what is there (the
 * demo), a new institution with {@code bench.persons} persons (through {@link PersonManagement#registerAll}, so
 * indexed) and {@code bench.letters} letters over {@code bench.counterparts} counterparts (written with JDBC batches
 * by {@link LetterLoader}, not indexed). {@code bench/growth.sh} measures the demo office's pages before and after.
 * Never part of {@code ./mvnw verify} (tag "benchmark"). Needs {@code bench.dataDir}.
 */
@Tag("benchmark")
@SpringBootTest
class GrowthDataLoader {

    static final int PERSONS = Integer.getInteger("bench.persons", 100_000);
    static final int LETTERS = Integer.getInteger("bench.letters", 100_000);
    static final int COUNTERPARTS = Integer.getInteger("bench.counterparts", 1_000);
    static final int BATCH = Integer.getInteger("bench.batch", 2_000);
    static final long SEED = Long.getLong("bench.seed", 20261207L);

    @Autowired
    IdentityManagement identity;

    @Autowired
    PersonManagement persons;

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

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        String dir = System.getProperty("bench.dataDir");
        if (dir == null || !Files.isDirectory(Path.of(dir))) {
            throw new IllegalStateException("bench.dataDir must name the data directory of a stopped Huquq");
        }
        registry.add("huquq.data-dir", () -> dir);
    }

    @Test
    void growBesideTheDemo() {
        String code = "bulk-" + UUID.randomUUID().toString().substring(0, 6);
        UUID institution = identity.createInstitution(code, "Bulk institution " + code, "TJ", "tg");
        List<UUID> teams = List.of(users.team(institution, "Migrants"), users.team(institution, "Detention"));
        HuquqUser head = users.user(institution, Role.HEAD);
        HuquqUser officer = users.user(institution, Role.CASE_OFFICER, teams.get(0));

        long t0 = System.nanoTime();
        PersonGenerator people = new PersonGenerator(SEED, PERSONS);
        for (int from = 0; from < PERSONS; from += BATCH) {
            List<RegisterPerson> batch = people.batch(from, Math.min(PERSONS, from + BATCH)).stream()
                    .map(PersonGenerator.Generated::command).toList();
            identity.runAsSystem(institution, () -> persons.registerAll(batch));
            System.out.printf(Locale.ROOT, "persons: %d / %d (%.0f/s)%n", Math.min(PERSONS, from + BATCH), PERSONS,
                    Math.min(PERSONS, from + BATCH) / ((System.nanoTime() - t0) / 1e9));
        }

        List<Counterpart> bodies = new ArrayList<>(COUNTERPARTS);
        for (int i = 0; i < COUNTERPARTS; i++) {
            String number = String.join("-", String.valueOf(i).split(""));
            UUID id = as(head, () -> counterparts.create(CounterpartMother.ministry().in("RU")
                    .named("Body " + number, "Учреждение " + number, "Муассисаи " + number).build())).id();
            bodies.add(new Counterpart(id, "RU"));
        }
        LetterGenerator letters = new LetterGenerator(SEED, LETTERS, bodies, teams,
                List.of(head.username(), officer.username()), LocalDate.now(),
                LetterGenerator.arithmetic(deadlines, as(head, () -> rules.rules())));
        LetterLoader loader = new LetterLoader(jdbc, transactions);
        LetterLoader.Written written = loader.load(institution, bodies.stream().map(Counterpart::id).toList(),
                letters, BATCH, done -> {
                    if (done % (BATCH * 10) == 0) {
                        System.out.printf(Locale.ROOT, "letters: %d / %d%n", done, LETTERS);
                    }
                });
        loader.analyze();
        System.out.printf(Locale.ROOT, "grown: institution %s, %d persons, %d counterparts, %d letters in %.0f s%n",
                code, PERSONS, COUNTERPARTS, written.letters(), (System.nanoTime() - t0) / 1e9);
    }
}
