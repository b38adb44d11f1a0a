package org.huquq.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.huquq.shared.domain.Term;
import org.huquq.shared.domain.TermRepository;
import org.huquq.shared.domain.TermWithdrawal;
import org.huquq.shared.domain.TermWithdrawalRepository;
import org.huquq.shared.domain.VocabularyRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Controlled vocabularies for select lists and validation: built-in terms seeded by migrations, plus terms an
 * institution's administrators add. Every method answers for the acting user's institution (built-in terms
 * only when no one is signed in). A term is never deleted; a deprecated term is no longer offered
 * ({@link #activeTerms}, {@link #isActive}) but its {@link #label} still resolves for the records that use it.
 * Deprecating a built-in term withdraws it for the administrator's institution only.
 */
@Service
@Transactional(readOnly = true)
public class Vocabularies {

    /** The shape of a term code: upper-case letters, digits and underscores, starting with a letter. */
    public static final Pattern TERM_CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,59}");

    private static final String AUDIT_TYPE = "VocabularyTerm";

    private final VocabularyRepository vocabularies;
    private final TermRepository terms;
    private final TermWithdrawalRepository withdrawals;
    private final ApplicationEventPublisher events;

    Vocabularies(VocabularyRepository vocabularies, TermRepository terms, TermWithdrawalRepository withdrawals,
            ApplicationEventPublisher events) {
        this.vocabularies = vocabularies;
        this.terms = terms;
        this.withdrawals = withdrawals;
        this.events = events;
    }

    /** Every vocabulary, by code. */
    public List<VocabularySummary> vocabularies() {
        return vocabularies.findAllByOrderByCode().stream()
                .map(v -> new VocabularySummary(v.getCode(), v.getNameEn(), v.getNameRu(), v.getNameTg()))
                .toList();
    }

    /** One vocabulary; a {@link NotFoundException} when there is none with this code. */
    public VocabularySummary vocabulary(String code) {
        return vocabularies.findById(code)
                .map(v -> new VocabularySummary(v.getCode(), v.getNameEn(), v.getNameRu(), v.getNameTg()))
                .orElseThrow(() -> new NotFoundException("vocabulary", code));
    }

    /** Every term of the vocabulary, deprecated ones included, in sort order (for administration). */
    public List<VocabularyTerm> terms(String vocabulary) {
        vocabulary(vocabulary);
        UUID institution = actingInstitution().orElse(null);
        Set<UUID> withdrawn = withdrawn(institution);
        return terms.findVisible(vocabulary, institution).stream().map(t -> view(t, withdrawn)).toList();
    }

    /**
     * The terms to offer in a select list, in the vocabulary's sort order, without deprecated ones, labelled in
     * the locale's language.
     */
    public List<TermOption> activeTerms(String vocabulary, Locale locale) {
        return terms(vocabulary).stream().filter(t -> !t.deprecated())
                .map(t -> new TermOption(t.code(), t.label(locale))).toList();
    }

    /**
     * The label of a term in the locale's language, deprecated terms included; the code itself when the
     * vocabulary has no such term (so that a record never shows a blank).
     */
    public String label(String vocabulary, String code, Locale locale) {
        return find(vocabulary, code).map(t -> t.label(locale)).orElse(code);
    }

    /**
     * The label of every term of the vocabulary, deprecated ones included, by code: for list pages that show many
     * records, in one query instead of one {@link #label} call per row.
     */
    public Map<String, String> labels(String vocabulary, Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        terms.findVisible(vocabulary, actingInstitution().orElse(null))
                .forEach(t -> labels.put(t.getCode(), Multilingual.pick(locale, t.getLabelEn(), t.getLabelRu(),
                        t.getLabelTg())));
        return labels;
    }

    /** True when the term exists for the acting institution and is not deprecated: valid for a new record. */
    public boolean isActive(String vocabulary, String code) {
        return find(vocabulary, code).filter(t -> !t.deprecated()).isPresent();
    }

    /** The term with this code, deprecated or not. */
    public Optional<VocabularyTerm> find(String vocabulary, String code) {
        if (code == null) {
            return Optional.empty();
        }
        UUID institution = actingInstitution().orElse(null);
        return terms.findVisible(vocabulary, code, institution).map(t -> view(t, withdrawn(institution)));
    }

    /**
     * Adds a term for the administrator's institution, audited in the same transaction.
     *
     * @throws DuplicateTermException when a built-in or institution term already has the code
     * @throws IllegalArgumentException when the code or a label is malformed
     */
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional
    public VocabularyTerm addTerm(String vocabulary, NewTerm term) {
        vocabulary(vocabulary);
        UUID institution = requireInstitution();
        if (term.code() == null || !TERM_CODE.matcher(term.code()).matches()) {
            throw new IllegalArgumentException("a term code is upper case, such as SPECIAL_REGIME");
        }
        requireLabel(term.labelEn());
        requireLabel(term.labelRu());
        requireLabel(term.labelTg());
        if (terms.findVisible(vocabulary, term.code(), institution).isPresent()) {
            throw new DuplicateTermException(vocabulary, term.code());
        }
        int sortOrder = term.sortOrder() != null ? term.sortOrder() : terms.maxSortOrder(vocabulary) + 10;
        Term saved = terms.saveAndFlush(new Term(vocabulary, institution, term.code(), term.labelEn().trim(),
                term.labelRu().trim(), term.labelTg().trim(), sortOrder));
        events.publishEvent(new AuditableChange("CREATE", AUDIT_TYPE, saved.getId().toString(),
                vocabulary + "/" + saved.getCode()));
        return view(saved, Set.of());
    }

    /**
     * Deprecates a term or brings it back, for the administrator's institution, audited in the same transaction;
     * nothing happens (and nothing is audited) when the term is already in that state. A built-in term is
     * withdrawn for this institution only.
     */
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional
    public void setDeprecated(String vocabulary, String code, boolean deprecated) {
        UUID institution = requireInstitution();
        Term term = terms.findVisible(vocabulary, code, institution)
                .orElseThrow(() -> new NotFoundException("term", vocabulary + "/" + code));
        if (term.isBuiltIn()) {
            Optional<TermWithdrawal> withdrawal = withdrawals.findByTermIdAndInstitutionId(term.getId(), institution);
            if (withdrawal.isPresent() == deprecated) {
                return;
            }
            if (deprecated) {
                withdrawals.save(new TermWithdrawal(term.getId(), institution));
            } else {
                withdrawals.delete(withdrawal.get());
            }
        } else {
            if (term.isDeprecated() == deprecated) {
                return;
            }
            term.setDeprecated(deprecated);
        }
        events.publishEvent(new AuditableChange("UPDATE", AUDIT_TYPE, term.getId().toString(),
                vocabulary + "/" + code + (deprecated ? " deprecated" : " in use again")));
    }

    private static void requireLabel(String label) {
        if (label == null || label.isBlank() || label.trim().length() > 200) {
            throw new IllegalArgumentException("every label is required, at most 200 characters");
        }
    }

    private Set<UUID> withdrawn(UUID institution) {
        return institution == null ? Set.of() : withdrawals.findTermIds(institution);
    }

    private static VocabularyTerm view(Term t, Set<UUID> withdrawn) {
        return new VocabularyTerm(t.getVocabularyCode(), t.getCode(), t.getLabelEn(), t.getLabelRu(),
                t.getLabelTg(), t.getSortOrder(), t.isDeprecated() || withdrawn.contains(t.getId()), t.isBuiltIn());
    }

    private static Optional<UUID> actingInstitution() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof InstitutionMember member) {
            return Optional.of(member.institutionId());
        }
        return Optional.empty();
    }

    private static UUID requireInstitution() {
        return actingInstitution().orElseThrow(() -> new IllegalStateException("no signed-in user"));
    }
}
