package org.huquq.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.huquq.audit.domain.AuditEntry;
import org.huquq.audit.domain.AuditEntryQueries;
import org.huquq.shared.Countries;
import org.huquq.shared.InstitutionMember;
import org.huquq.shared.InvalidInputException;
import org.huquq.shared.KeysetPage;
import org.huquq.shared.Vocabularies;
import org.huquq.shared.VocabularySummary;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail as people read it: an institution's entries newest first, filtered, in pages by keyset, each
 * saying in the reader's language what happened to which record. Records are named by the modules that keep them
 * ({@link AuditRecordLabels}), which withhold every record the reader may not read.
 */
@Service
public class AuditTrail {

    /** The largest page the trail serves. */
    public static final int MAX_PAGE_SIZE = 200;

    private static final String ADMINISTRATOR = "ROLE_ADMINISTRATOR";

    private final AuditEntryQueries queries;
    private final Map<String, AuditRecordLabels> labellers = new HashMap<>();
    private final List<AuditActorNames> actorNames;
    private final Vocabularies vocabularies;
    private final MessageSource messages;
    private final Clock clock;

    AuditTrail(AuditEntryQueries queries, List<AuditRecordLabels> labellers, List<AuditActorNames> actorNames,
            Vocabularies vocabularies, MessageSource messages, Clock clock) {
        this.queries = queries;
        this.actorNames = actorNames;
        this.vocabularies = vocabularies;
        this.messages = messages;
        this.clock = clock;
        for (AuditRecordLabels labeller : labellers) {
            for (String type : labeller.objectTypes()) {
                AuditRecordLabels other = this.labellers.put(type, labeller);
                if (other != null) {
                    throw new IllegalStateException("two beans name audited records of type " + type + ": "
                            + other.getClass().getName() + " and " + labeller.getClass().getName());
                }
            }
        }
    }

    /**
     * A page of the entries of the reader's institution that match {@code filter}, newest first, after the entry
     * {@code after} (the sequence number the {@code next} cursor of the page before holds; {@code null} for the first
     * page).
     * Entries written while a reader pages never shift the pages still to come: they are newer than the first page.
     *
     * @throws InvalidInputException on field {@code to} when the period ends before it starts
     */
    @Transactional(readOnly = true)
    public KeysetPage<AuditTrailEntry> page(InstitutionMember reader, AuditTrailFilter filter, Long after, int size,
            Locale locale) {
        if (filter.isPeriodReversed()) {
            throw new InvalidInputException("to", "audit.trail.filter.reversed");
        }
        int limit = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        Set<AuditAction> actions = actions(filter);
        if (actions != null && actions.isEmpty()) {
            return new KeysetPage<>(List.of(), null);
        }
        ZoneId zone = clock.getZone();
        Instant from = filter.from() == null ? null : filter.from().atStartOfDay(zone).toInstant();
        Instant until = filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay(zone).toInstant();
        List<AuditEntry> rows = queries.newestFirst(reader.institutionId().toString(), filter.user(), filter.kind(),
                actions, from, until, after, KeysetPage.fetchSize(limit));
        KeysetPage<AuditEntry> page = KeysetPage.of(rows, limit, entry -> Long.toString(entry.getSeq()));
        Map<String, Map<String, AuditRecordLabel>> labels = labels(page.items(), reader, locale);
        Map<String, String> names = displayNames(page.items(), reader);
        return page.map(entry -> entry(entry, labels, names, locale));
    }

    /** The kinds of record entries are about, named in the locale's language, for the kind filter. */
    public List<AuditRecordKind> kinds(Locale locale) {
        return AuditEntryWording.KINDS.entrySet().stream()
                .map(kind -> new AuditRecordKind(kind.getKey(), message(kind.getValue(), locale))).toList();
    }

    /** The actions to keep: {@code null} for any, empty when the filter's criteria contradict each other. */
    private static Set<AuditAction> actions(AuditTrailFilter filter) {
        if (!filter.sensitiveReadsOnly()) {
            return filter.action() == null ? null : EnumSet.of(filter.action());
        }
        Set<AuditAction> reads = EnumSet.copyOf(AuditAction.SENSITIVE_READS);
        if (filter.action() != null) {
            reads.retainAll(EnumSet.of(filter.action()));
        }
        return reads;
    }

    /** The labels of the page's records by kind and id: one call of each kind's labeller. */
    private Map<String, Map<String, AuditRecordLabel>> labels(List<AuditEntry> entries, InstitutionMember reader,
            Locale locale) {
        Map<String, Set<String>> idsByType = new LinkedHashMap<>();
        for (AuditEntry entry : entries) {
            if (entry.getObjectType() != null && entry.getObjectId() != null
                    && labellers.containsKey(entry.getObjectType())) {
                idsByType.computeIfAbsent(entry.getObjectType(), type -> new LinkedHashSet<>()).add(entry.getObjectId());
            }
        }
        Map<String, Map<String, AuditRecordLabel>> labels = new HashMap<>();
        idsByType.forEach((type, ids) -> labels.put(type,
                labellers.get(type).labels(type, Set.copyOf(ids), reader, locale)));
        labels.put("VocabularyTerm", termLabels(entries, locale));
        return labels;
    }

    /** Vocabulary terms by their entry's detail, labelled by the vocabularies: a query per vocabulary on the page. */
    private Map<String, AuditRecordLabel> termLabels(List<AuditEntry> entries, Locale locale) {
        Map<String, AuditRecordLabel> labels = new HashMap<>();
        Set<String> vocabularyCodes = new HashSet<>();
        for (AuditEntry entry : entries) {
            String[] term = "VocabularyTerm".equals(entry.getObjectType())
                    ? AuditEntryWording.vocabularyTerm(entry.getDetail()) : null;
            if (term != null) {
                vocabularyCodes.add(term[0]);
            }
        }
        if (vocabularyCodes.isEmpty()) {
            return labels;
        }
        Map<String, String> vocabularyNames = new HashMap<>();
        for (VocabularySummary vocabulary : vocabularies.vocabularies()) {
            vocabularyNames.put(vocabulary.code(), vocabulary.name(locale));
        }
        boolean administrator = isAdministrator();
        for (String vocabulary : vocabularyCodes) {
            Map<String, String> terms = vocabularies.labels(vocabulary, locale);
            terms.forEach((code, label) -> labels.put(vocabulary + "/" + code,
                    AuditRecordLabel.of(label + " (" + vocabularyNames.getOrDefault(vocabulary, vocabulary) + ")",
                            administrator ? "/admin/vocabularies/" + vocabulary : null)));
        }
        return labels;
    }

    private Map<String, String> displayNames(List<AuditEntry> entries, InstitutionMember reader) {
        Set<String> usernames = new HashSet<>();
        entries.forEach(entry -> usernames.add(entry.getActor()));
        Map<String, String> names = new HashMap<>();
        actorNames.forEach(source -> names.putAll(source.displayNames(reader.institutionId(), usernames)));
        return names;
    }

    private AuditTrailEntry entry(AuditEntry entry, Map<String, Map<String, AuditRecordLabel>> labels,
            Map<String, String> names, Locale locale) {
        String type = entry.getObjectType();
        AuditRecordLabel label = label(entry, labels, locale);
        String kindName = message(AuditEntryWording.kindKey(type), locale);
        String what = message(AuditEntryWording.eventKey(type, entry.getAction(), entry.getDetail()), locale);
        String sentence;
        if (label != null && label.restricted()) {
            sentence = message("audit.entry.sentenceRestricted", locale, kindName, what);
        } else if (label != null && label.label() != null) {
            sentence = message("audit.entry.sentence", locale, kindName, label.label(), what);
        } else {
            sentence = message("audit.entry.sentenceUnnamed", locale, kindName, what);
        }
        boolean readable = label != null && !label.restricted();
        String actorName = "system".equals(entry.getActor()) ? message("audit.actor.system", locale)
                : names.get(entry.getActor());
        return new AuditTrailEntry(entry.getSeq(), entry.getOccurredAt(), entry.getActor(), actorName,
                entry.getAction(), type, kindName, readable ? label.label() : null, readable ? label.href() : null,
                label != null && label.restricted(), what, sentence, entry.getAction().isSensitiveRead(),
                entry.getOutcome(), message("audit.outcome." + entry.getOutcome().name(), locale),
                entry.getRemoteAddress(), readable ? entry.getDetail() : null);
    }

    /** The entry's record as the reader may see it; {@code null} when it cannot be named. */
    private AuditRecordLabel label(AuditEntry entry, Map<String, Map<String, AuditRecordLabel>> labels,
            Locale locale) {
        String type = entry.getObjectType();
        if (type == null) {
            return null;
        }
        switch (type) {
        case "VocabularyTerm": {
            String[] term = AuditEntryWording.vocabularyTerm(entry.getDetail());
            return term == null ? null : labels.get(type).get(term[0] + "/" + term[1]);
        }
        case "CalendarDay": {
            String[] day = AuditEntryWording.calendarDay(entry.getDetail());
            return day == null || !Countries.isValid(day[0]) ? null
                    : AuditRecordLabel.of(Countries.name(day[0], locale) + " " + day[2],
                    isAdministrator() ? "/admin/calendars/" + day[0] + "?year=" + day[1] : null);
        }
        case "ApiToken":
            return entry.getDetail() == null || entry.getDetail().isBlank() ? null
                    : AuditRecordLabel.of(entry.getDetail(), null);
        default:
            Map<String, AuditRecordLabel> ofType = labels.get(type);
            return ofType == null || entry.getObjectId() == null ? null : ofType.get(entry.getObjectId());
        }
    }

    private static boolean isAdministrator() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream().anyMatch(a -> ADMINISTRATOR.equals(a.getAuthority()));
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /** The kinds of record the modules name, for a test that each one has words. */
    List<String> labelledTypes() {
        return new ArrayList<>(labellers.keySet());
    }
}
