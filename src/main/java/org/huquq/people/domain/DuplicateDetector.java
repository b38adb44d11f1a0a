package org.huquq.people.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.huquq.people.matching.NameFolding;
import org.huquq.people.matching.NameKey;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Finds possible duplicates over a whole registry: persons are grouped by blocking keys (the roots of every pair of
 * words of every name variant, and every document number), and only persons sharing a block are scored.
 */
@Component
public class DuplicateDetector {

    private static final int PAGE = 1000;
    /** Blocks larger than this are common name pairs that say little; their pairs are left to other keys. */
    private static final int MAX_BLOCK = 200;

    private final PersonRepository persons;

    DuplicateDetector(PersonRepository persons) {
        this.persons = persons;
    }

    /** A scored pair, lower id first. */
    public record Found(UUID personA, UUID personB, DuplicateScorer.Score score) {
    }

    public List<Found> detect(UUID institutionId, Set<NotDuplicate.Pair> excluded) {
        Map<UUID, DuplicateScorer.Profile> profiles = new HashMap<>();
        Map<String, List<UUID>> blocks = new HashMap<>();
        UUID after = new UUID(0, 0); // the smallest id in the database's (unsigned) order
        List<Person> page = persons.findActiveAfter(institutionId, after, PageRequest.of(0, PAGE));
        while (!page.isEmpty()) {
            for (Person person : page) {
                DuplicateScorer.Profile profile = profile(person);
                profiles.put(person.getId(), profile);
                for (String key : blockingKeys(person)) {
                    blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(person.getId());
                }
            }
            after = page.get(page.size() - 1).getId();
            page = persons.findActiveAfter(institutionId, after, PageRequest.of(0, PAGE));
        }
        Set<String> seen = new HashSet<>();
        List<Found> found = new ArrayList<>();
        for (List<UUID> block : blocks.values()) {
            if (block.size() < 2 || block.size() > MAX_BLOCK) {
                continue;
            }
            for (int i = 0; i < block.size(); i++) {
                for (int j = i + 1; j < block.size(); j++) {
                    UUID a = block.get(i).compareTo(block.get(j)) < 0 ? block.get(i) : block.get(j);
                    UUID b = a.equals(block.get(i)) ? block.get(j) : block.get(i);
                    if (a.equals(b) || !seen.add(a + ":" + b) || excluded.contains(new NotDuplicate.Pair(a, b))) {
                        continue;
                    }
                    DuplicateScorer.Score score = DuplicateScorer.score(profiles.get(a), profiles.get(b));
                    if (score.value() >= DuplicateScorer.THRESHOLD) {
                        found.add(new Found(a, b, score));
                    }
                }
            }
        }
        return found;
    }

    private static DuplicateScorer.Profile profile(Person person) {
        return new DuplicateScorer.Profile(person.getId(),
                person.getNames().stream().map(n -> new org.huquq.people.matching.PersonName(n.getFamilyName(),
                        n.getGivenName(), n.getPatronymic(), n.getFullForm())).toList(),
                person.getBirthDate(),
                person.getDocumentNumbers().stream().collect(Collectors.toSet()),
                person.getContactNames().stream().map(name -> NameKey.of(name).text()).collect(Collectors.toSet()),
                Set.copyOf(person.getNationalities()));
    }

    private static Set<String> blockingKeys(Person person) {
        Set<String> keys = new HashSet<>();
        for (PersonName name : person.getNames()) {
            List<String> roots = NameKey.of(name.getFullForm()).skeletons().stream()
                    .filter(word -> word.length() >= 2).map(NameFolding::root).distinct().sorted().toList();
            for (int i = 0; i < roots.size(); i++) {
                for (int j = i + 1; j < roots.size(); j++) {
                    keys.add("n:" + roots.get(i) + "|" + roots.get(j));
                }
            }
        }
        person.getDocumentNumbers().forEach(number -> keys.add("d:" + number));
        return keys;
    }
}
