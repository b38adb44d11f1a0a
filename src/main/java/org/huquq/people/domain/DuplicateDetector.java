package org.huquq.people.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntUnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.huquq.people.matching.NameKey;
import org.huquq.people.matching.NameSimilarity;
import org.huquq.shared.PartialDate;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds possible duplicates over a whole registry: persons are grouped by blocking keys (the roots of every pair of
 * words of every name variant, and every document number), and only persons sharing a block are scored. The size of
 * a name block is how many persons of the registry bear that name; the scorer weighs a shared name by it.
 *
 * <p>Built for a million persons: what the scorer needs is read with projection queries (no entities), every distinct
 * word is folded once, blocks are a sorted array of (key hash, person) numbers rather than a map of lists, the pairs
 * to score are deduplicated by sorting, and scoring runs on all cores.
 */
@Component
public class DuplicateDetector {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DuplicateDetector.class);
    private static final int PAGE = 5000;
    /** Blocks larger than this are common name pairs that say little; their pairs are left to other keys. */
    private static final int MAX_BLOCK = 200;
    /** Persons are numbered in the low bits of a block entry, key hashes in the others. */
    private static final int PERSON_BITS = 24;
    private static final long PERSON_MASK = (1L << PERSON_BITS) - 1;
    private static final int NO_YEAR = Integer.MIN_VALUE;

    private final PersonRepository persons;

    DuplicateDetector(PersonRepository persons) {
        this.persons = persons;
    }

    /** How many blocks of two persons or more, how many of them too large to pair, the largest, and pairs scored. */
    public static final class Stats {
        private long blocks;
        private long split;
        private long oversized;
        private long largest;
        private long pairs;

        @Override
        public String toString() {
            return blocks + " blocks of 2 or more (largest " + largest + "), " + split + " of them over " + MAX_BLOCK
                    + " split by year of birth, " + oversized + " parts still over " + MAX_BLOCK + " left out; " + pairs
                    + " distinct pairs scored";
        }
    }

    /** A scored pair, lower id first. */
    public record Found(UUID personA, UUID personB, DuplicateScorer.Score score) {
    }

    public List<Found> detect(UUID institutionId, Set<NotDuplicate.Pair> excluded) {
        long started = System.nanoTime();
        Registry registry = new Registry();
        UUID after = new UUID(0, 0); // the smallest id in the database's (unsigned) order
        List<ProfileRows.PersonRow> page = persons.findProfileRowsAfter(institutionId, after, PageRequest.of(0, PAGE));
        while (!page.isEmpty()) {
            UUID last = page.get(page.size() - 1).id();
            Map<UUID, List<ProfileRows.NameRow>> names = persons.findProfileNames(institutionId, after, last).stream()
                    .collect(Collectors.groupingBy(ProfileRows.NameRow::personId));
            Map<UUID, Set<String>> documents = values(persons.findProfileDocuments(institutionId, after, last));
            Map<UUID, Set<String>> contacts = values(persons.findProfileContacts(institutionId, after, last));
            Map<UUID, Set<String>> nationalities = values(persons.findProfileNationalities(institutionId, after, last));
            for (ProfileRows.PersonRow row : page) {
                registry.add(row.id(), row.birthDate(), names.getOrDefault(row.id(), List.of()).stream()
                        .map(n -> new org.huquq.people.matching.PersonName(n.family(), n.given(), n.patronymic(),
                                n.fullForm()))
                        .toList(), documents.getOrDefault(row.id(), Set.of()), contacts.getOrDefault(row.id(), Set.of()),
                        nationalities.getOrDefault(row.id(), Set.of()));
            }
            after = last;
            page = persons.findProfileRowsAfter(institutionId, after, PageRequest.of(0, PAGE));
        }
        long read = System.nanoTime();
        List<Found> found = registry.find(excluded);
        LOG.info("Duplicate detection over {} persons: read in {} ms, paired and scored in {} ms; {}; {} candidates",
                registry.size(), (read - started) / 1_000_000, (System.nanoTime() - read) / 1_000_000,
                registry.stats(), found.size());
        return found;
    }

    /**
     * The persons of a registry as detection holds them in memory: a profile each, and an entry per blocking key. Fed
     * by {@link DuplicateDetector#detect}; public so that a benchmark can measure the in-memory part alone at sizes
     * too large to load through the service in its time. Not thread-safe while filling.
     */
    public static final class Registry {
        private final List<UUID> ids = new ArrayList<>();
        private final List<DuplicateScorer.Profile> profiles = new ArrayList<>();
        private final NameSimilarity.Reader reader = new NameSimilarity.Reader();
        private LongList entries = new LongList();
        private final Stats stats = new Stats();

        /** What the last {@link #find} did. */
        public Stats stats() {
            return stats;
        }

        /**
         * Adds a person.
         *
         * @param documents normalised document numbers
         * @param contacts family contacts' names as written
         */
        public void add(UUID id, PartialDate birthDate, List<org.huquq.people.matching.PersonName> names,
                Set<String> documents, Set<String> contacts, Set<String> nationalities) {
            int index = ids.size();
            if (index > PERSON_MASK) {
                throw new IllegalStateException("more than " + PERSON_MASK + " persons to compare");
            }
            ids.add(id);
            long[] nameKeys = nameKeys(reader, names);
            profiles.add(new DuplicateScorer.Profile(id, names.stream().map(reader::prepare).toList(), birthDate,
                    documents, contacts.isEmpty() ? Set.of()
                            : contacts.stream().map(name -> NameKey.of(name).text()).collect(Collectors.toSet()),
                    nationalities, nameKeys));
            for (long key : nameKeys) {
                entries.add((key << PERSON_BITS) | index);
            }
            for (String number : documents) {
                entries.add((hash("d:" + number) << PERSON_BITS) | index);
            }
        }

        public int size() {
            return ids.size();
        }

        /**
         * Scores every pair sharing a block, on all cores, a shared name weighed by how many persons of this registry
         * bear it (the size of its block); the pairs reaching the threshold, lower id first.
         */
        public List<Found> find(Set<NotDuplicate.Pair> excluded) {
            long[] sorted = entries.sorted();
            entries = new LongList();
            DuplicateScorer.NameFrequency frequency = BlockSizes.of(sorted);
            long[] pairs = pairs(sorted, i -> {
                PartialDate birth = profiles.get(i).birthDate();
                return birth == null ? NO_YEAR : birth.year();
            }, stats);
            stats.pairs = pairs.length;
            return IntStream.range(0, pairs.length).parallel().mapToObj(k -> {
                int i = (int) (pairs[k] >>> 32);
                int j = (int) pairs[k];
                if (ids.get(i).compareTo(ids.get(j)) > 0) {
                    int swap = i;
                    i = j;
                    j = swap;
                }
                UUID a = ids.get(i);
                UUID b = ids.get(j);
                if (!excluded.isEmpty() && excluded.contains(new NotDuplicate.Pair(a, b))) {
                    return null;
                }
                DuplicateScorer.Score score = DuplicateScorer.scoreAtLeast(profiles.get(i), profiles.get(j),
                        DuplicateScorer.THRESHOLD, frequency);
                return score != null ? new Found(a, b, score) : null;
            }).filter(java.util.Objects::nonNull).toList();
        }
    }

    /**
     * The score of one pair of persons of an institution, to explain a pair. Without the registry's name frequencies
     * (detection works them out over the whole registry): a name counts fully, so the score is at least what
     * detection gives the pair.
     */
    @Transactional(readOnly = true)
    public Optional<DuplicateScorer.Score> score(UUID institutionId, UUID a, UUID b) {
        Optional<Person> first = persons.findByIdAndInstitutionId(a, institutionId);
        Optional<Person> second = persons.findByIdAndInstitutionId(b, institutionId);
        if (first.isEmpty() || second.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(DuplicateScorer.score(profile(first.get()), profile(second.get())));
    }

    private static DuplicateScorer.Profile profile(Person person) {
        return DuplicateScorer.Profile.of(person.getId(),
                person.getNames().stream().map(n -> new org.huquq.people.matching.PersonName(n.getFamilyName(),
                        n.getGivenName(), n.getPatronymic(), n.getFullForm())).toList(),
                person.getBirthDate(),
                person.getDocumentNumbers().stream().collect(Collectors.toSet()),
                person.getContactNames().stream().map(name -> NameKey.of(name).text()).collect(Collectors.toSet()),
                Set.copyOf(person.getNationalities()));
    }

    private static Map<UUID, Set<String>> values(List<ProfileRows.ValueRow> rows) {
        Map<UUID, Set<String>> values = new HashMap<>();
        for (ProfileRows.ValueRow row : rows) {
            values.computeIfAbsent(row.personId(), id -> new java.util.HashSet<>(2)).add(row.value());
        }
        return values;
    }

    /**
     * The name blocks of a person, as {@linkplain #hash hashes}, sorted, each once: for every name, every pair of
     * distinct roots of its words of at least two letters (sorted, so that name order does not matter). Its document
     * numbers are blocks too, of their own.
     */
    static long[] nameKeys(NameSimilarity.Reader reader, List<org.huquq.people.matching.PersonName> names) {
        return nameBlockingKeys(reader, names).stream().mapToLong(DuplicateDetector::hash).sorted().distinct()
                .toArray();
    }

    private static Set<String> nameBlockingKeys(NameSimilarity.Reader reader,
            List<org.huquq.people.matching.PersonName> names) {
        Set<String> keys = new LinkedHashSet<>();
        for (org.huquq.people.matching.PersonName name : names) {
            List<String> roots = reader.words(name.fullForm()).stream().map(NameSimilarity.Word::skeleton).distinct()
                    .filter(skeleton -> skeleton.length() >= 2)
                    .map(skeleton -> org.huquq.people.matching.NameFolding.root(skeleton)).distinct().sorted().toList();
            for (int i = 0; i < roots.size(); i++) {
                for (int j = i + 1; j < roots.size(); j++) {
                    keys.add("n:" + roots.get(i) + "|" + roots.get(j));
                }
            }
        }
        return keys;
    }

    /**
     * How many persons share each block of two or more: how many persons of the registry bear a name, read off the
     * sorted blocks. Two persons who share several name blocks (given and family name, family name and patronymic)
     * are weighed by the smallest, the most specific thing they share.
     */
    static final class BlockSizes implements DuplicateScorer.NameFrequency {
        private final long[] keys;
        private final int[] sizes;

        private BlockSizes(long[] keys, int[] sizes) {
            this.keys = keys;
            this.sizes = sizes;
        }

        /** The sizes of the blocks of sorted (key hash, person) entries. */
        static BlockSizes of(long[] entries) {
            LongList keys = new LongList();
            List<Integer> sizes = new ArrayList<>();
            int start = 0;
            while (start < entries.length) {
                long key = entries[start] >>> PERSON_BITS;
                int end = start + 1;
                while (end < entries.length && entries[end] >>> PERSON_BITS == key) {
                    end++;
                }
                if (end - start >= 2) {
                    keys.add(entries[start] & ~PERSON_MASK); // in the entries' (signed) order, unlike the bare hash
                    sizes.add(end - start);
                }
                start = end;
            }
            return new BlockSizes(keys.toArray(), sizes.stream().mapToInt(Integer::intValue).toArray());
        }

        @Override
        public int bearers(DuplicateScorer.Profile a, DuplicateScorer.Profile b) {
            long[] x = a.nameKeys();
            long[] y = b.nameKeys();
            int fewest = 0;
            for (int i = 0, j = 0; i < x.length && j < y.length;) {
                if (x[i] < y[j]) {
                    i++;
                } else if (x[i] > y[j]) {
                    j++;
                } else {
                    int at = Arrays.binarySearch(keys, x[i] << PERSON_BITS);
                    if (at >= 0 && (fewest == 0 || sizes[at] < fewest)) {
                        fewest = sizes[at];
                    }
                    i++;
                    j++;
                }
            }
            return fewest;
        }
    }

    /**
     * The pairs of persons sharing a block of two to {@link #MAX_BLOCK} persons, each once, as (lower index, higher
     * index) in a long, sorted. A larger block (a common given and family name) is split by year of birth: two dated
     * persons born in different years have no compatible birth date, and without a shared document (a block of its
     * own) they cannot reach the threshold, so nothing is lost; the undated persons of the block join every year. Only
     * what is still too large after that is left out.
     */
    private static long[] pairs(long[] entries, IntUnaryOperator yearOf, Stats stats) {
        LongList pairs = new LongList();
        int start = 0;
        while (start < entries.length) {
            long key = entries[start] >>> PERSON_BITS;
            int end = start + 1;
            while (end < entries.length && entries[end] >>> PERSON_BITS == key) {
                end++;
            }
            int size = end - start;
            stats.blocks += size >= 2 ? 1 : 0;
            stats.largest = Math.max(stats.largest, size);
            int[] members = new int[size];
            for (int x = start; x < end; x++) {
                members[x - start] = (int) (entries[x] & PERSON_MASK);
            }
            if (size >= 2 && size <= MAX_BLOCK) {
                addPairs(members, pairs);
            } else if (size > MAX_BLOCK) {
                stats.split++;
                Map<Integer, List<Integer>> byYear = new HashMap<>();
                List<Integer> undated = new ArrayList<>();
                for (int member : members) {
                    int year = yearOf.applyAsInt(member);
                    (year == NO_YEAR ? undated : byYear.computeIfAbsent(year, y -> new ArrayList<>())).add(member);
                }
                if (byYear.isEmpty()) {
                    byYear.put(NO_YEAR, new ArrayList<>());
                }
                for (List<Integer> year : byYear.values()) {
                    year.addAll(undated);
                    if (year.size() <= MAX_BLOCK) {
                        addPairs(year.stream().mapToInt(Integer::intValue).toArray(), pairs);
                    } else {
                        stats.oversized++;
                    }
                }
            }
            start = end;
        }
        long[] sorted = pairs.sorted();
        int unique = 0;
        for (int k = 0; k < sorted.length; k++) {
            if (k == 0 || sorted[k] != sorted[k - 1]) {
                sorted[unique++] = sorted[k];
            }
        }
        return Arrays.copyOf(sorted, unique);
    }

    private static void addPairs(int[] members, LongList pairs) {
        for (int x = 0; x < members.length; x++) {
            for (int y = x + 1; y < members.length; y++) {
                long i = members[x];
                long j = members[y];
                if (i != j) {
                    pairs.add(i < j ? (i << 32) | j : (j << 32) | i);
                }
            }
        }
    }

    /**
     * A 40-bit hash of a blocking key (64-bit FNV-1a, mixed, top bits). Two keys with one hash only merge two blocks:
     * more pairs are scored, none is lost unless the merged block grows past the limit; with a few million keys a
     * collision is expected about once per run.
     */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int k = 0; k < key.length(); k++) {
            h ^= key.charAt(k);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h >>> PERSON_BITS;
    }

    /** A growable array of longs. */
    private static final class LongList {
        private long[] values = new long[1024];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, values.length + (values.length >> 1));
            }
            values[size++] = value;
        }

        long[] sorted() {
            long[] sorted = toArray();
            Arrays.parallelSort(sorted);
            return sorted;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
