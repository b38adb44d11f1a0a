package org.huquq.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.huquq.bench.PersonGenerator.Generated;
import org.huquq.people.DocumentNumbers;
import org.huquq.people.NewDocument;
import org.huquq.people.RegisterPerson;
import org.huquq.people.domain.DuplicateDetector;
import org.huquq.people.matching.PersonName;
import org.huquq.shared.PartialDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The in-memory part of duplicate detection alone ({@link DuplicateDetector.Registry}: reading names, blocking,
 * scoring) on N generated persons fed straight from {@link PersonGenerator}, without the database: for sizes too
 * large to load through the service in a benchmark's time. {@link PeopleDuplicatesBenchmark} measures the whole
 * of {@code detect()} end to end at smaller N; together they give the figure at a million. Recall against the
 * planted pairs is computed here too. Parameters: {@code bench.persons} (default 1000000), {@code bench.seed},
 * {@code bench.out}. Run with {@code MODE=memory bench/people-duplicates.sh}.
 */
@Tag("benchmark")
class DuplicateDetectionScaleBenchmark {

    static final int N = Integer.getInteger("bench.persons", 1_000_000);
    static final long SEED = Long.getLong("bench.seed", 20261129L);

    private final StringBuilder report = new StringBuilder();

    @Test
    void blockAndScoreInMemory() throws IOException {
        PersonGenerator generator = new PersonGenerator(SEED, N);
        line("# Duplicate detection, in-memory part alone");
        line("");
        line(String.format(Locale.ROOT, "N=%d, seed=%d, %d cores, max heap %d MiB, java %s; load average at start %s",
                N, SEED, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"), loadAverage()));
        line("planted second entries carry the birth year of the first: " + PeopleDuplicatesBenchmark.CONSISTENT_BIRTH);
        Map<Integer, String> years = PeopleDuplicatesBenchmark.plantedBirthYears(generator);
        UUID[] ids = new UUID[N];
        DuplicateDetector.Registry registry = new DuplicateDetector.Registry();
        long generating = 0;
        long adding = 0;
        int chunk = 10_000;
        for (int from = 0; from < N; from += chunk) {
            long t0 = System.nanoTime();
            List<Generated> batch = generator.batch(from, from + chunk).stream()
                    .map(g -> PeopleDuplicatesBenchmark.planted(g, years)).toList();
            long t1 = System.nanoTime();
            for (Generated generated : batch) {
                UUID id = UUID.randomUUID();
                ids[generated.index()] = id;
                RegisterPerson command = generated.command();
                String birth = command.details().birthDate();
                registry.add(id, birth == null ? null : PartialDate.parse(birth),
                        command.names().stream().map(n -> new PersonName(n.family(), n.given(), n.patronymic(),
                                n.fullForm())).toList(),
                        command.documents().stream().map(NewDocument::number).map(DocumentNumbers::normalize)
                                .collect(Collectors.toSet()),
                        Set.of(), Set.copyOf(command.details().nationalities()));
            }
            long t2 = System.nanoTime();
            generating += t1 - t0;
            adding += t2 - t1;
            if ((from + chunk) % (N / 10) == 0) {
                System.out.printf(Locale.ROOT, "added %d / %d: %.1f s so far%n", from + chunk, N, adding / 1e9);
            }
        }
        System.gc();
        long heapAfterAdding = usedHeap();
        long t0 = System.nanoTime();
        List<DuplicateDetector.Found> found = registry.find(Set.of());
        long finding = System.nanoTime() - t0;
        Set<String> keys = new HashSet<>();
        found.forEach(f -> keys.add(f.personA() + ":" + f.personB()));
        int recalled = 0;
        for (int[] pair : generator.duplicatePairs()) {
            UUID a = ids[pair[0]];
            UUID b = ids[pair[1]];
            recalled += keys.contains(a.compareTo(b) < 0 ? a + ":" + b : b + ":" + a) ? 1 : 0;
        }
        line(String.format(Locale.ROOT, "reading profiles and blocking keys (Registry.add): %.1f s for %d persons"
                + " (generating them took %.1f s more, not counted)", adding / 1e9, N, generating / 1e9));
        line(String.format(Locale.ROOT, "heap live after adding (after a GC): %d MiB", heapAfterAdding >> 20));
        line(String.format(Locale.ROOT, "pairing and scoring (Registry.find): %.1f s, %d candidates; %s",
                finding / 1e9, found.size(), registry.stats()));
        line(String.format(Locale.ROOT, "recall of the %d planted pairs: %d (%.3f)", generator.duplicatePairs().size(),
                recalled, (double) recalled / generator.duplicatePairs().size()));
        line("load average at end: " + loadAverage());
        String out = System.getProperty("bench.out", "target/bench/people-duplicates-memory-" + N + ".md");
        Files.createDirectories(Path.of(out).toAbsolutePath().getParent());
        Files.writeString(Path.of(out), report.toString(), StandardCharsets.UTF_8);
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
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
