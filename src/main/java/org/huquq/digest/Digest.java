package org.huquq.digest;

import java.time.LocalDate;
import java.util.List;

/**
 * What a head of office or team lead is told on {@code on}: one section for the whole office (heads) and one per
 * team they lead. Empty when they receive no digest or nothing is overdue.
 */
public record Digest(LocalDate on, List<DigestSection> sections) {

    public Digest {
        sections = List.copyOf(sections);
    }

    /** Whether there is nothing to tell: no section, or nothing overdue and no silent commitment in any. */
    public boolean isEmpty() {
        return sections.stream().allMatch(DigestSection::isEmpty);
    }

    /** How many letters are overdue in all sections, counting a letter once per section. */
    public long overdueLetters() {
        return sections.stream().mapToLong(section -> section.theyOweUs() + section.weOwe()).sum();
    }
}
