package org.huquq.deadlines;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.huquq.audit.AuditAction;
import org.huquq.audit.AuditLog;
import org.huquq.audit.AuditOutcome;
import org.huquq.deadlines.domain.ReplyRule;
import org.huquq.deadlines.domain.ReplyRuleRepository;
import org.huquq.identity.CurrentUser;
import org.huquq.identity.HuquqUser;
import org.huquq.shared.Countries;
import org.huquq.shared.InvalidInputException.FieldProblem;
import org.huquq.shared.InvalidInputException;
import org.huquq.shared.NotFoundException;
import org.huquq.shared.StaleVersionException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The jurisdictions' reply-deadline rules as each institution has them. The rules the migrations ship are shared by
 * every institution and read-only here; an institution's administrator who changes one changes the institution's own
 * version of it (copied from the shared rule on the first change), which only that institution reads, counts under and
 * sees in its audit trail, and which it may drop to go back to the shared rule ({@link #reset}). A rule an
 * administrator creates is the institution's own. Every method answers for the acting user's institution (shared rules
 * only when no one is signed in), except {@link #rules(UUID)}, which jobs call for each institution in turn.
 * <p>
 * A rule is never deleted (letters keep its code), only deprecated; every change is audited in the same transaction,
 * in the chain of the institution it changes. Bad input is an {@link InvalidInputException} naming each wrong field,
 * with nothing saved.
 */
@Service
@Transactional(readOnly = true)
public class ReplyRuleManagement {

    /** The shape of a rule code: upper-case Latin letters, digits and hyphens, starting with a letter. */
    public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9-]{1,39}");

    static final String AUDIT_TYPE = "ReplyRule";

    private static final int MAX_TRANSIT_OR_REGISTRATION_DAYS = 365;
    private static final int MAX_PERIOD_DAYS = 3650;
    private static final int MAX_EXTENSIONS = 10;

    private final ReplyRuleRepository rules;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    ReplyRuleManagement(ReplyRuleRepository rules, AuditLog audit, ApplicationEventPublisher events) {
        this.events = events;
        this.rules = rules;
        this.audit = audit;
    }

    /** Every rule of the acting user's institution, deprecated ones included, by country and code. */
    public List<ReplyRuleView> rules() {
        return rules(actingInstitution());
    }

    /**
     * Every rule of an institution, deprecated ones included, by country and code: each shared rule or the
     * institution's version of it, and the institution's own rules; the shared rules only for a null institution.
     */
    public List<ReplyRuleView> rules(UUID institutionId) {
        Map<String, List<ReplyRule>> byCode = rules.findVisible(institutionId).stream()
                .collect(Collectors.groupingBy(ReplyRule::getCode, LinkedHashMap::new, Collectors.toList()));
        return byCode.values().stream().map(rows -> Versions.of(rows).view())
                .sorted(Comparator.comparing(ReplyRuleView::country).thenComparing(ReplyRuleView::code)).toList();
    }

    /** The rules to offer for a new letter: not deprecated, by country and code. */
    public List<ReplyRuleView> activeRules() {
        return rules().stream().filter(rule -> !rule.deprecated()).toList();
    }

    /** The rule with this code, deprecated or not, as the acting user's institution has it. */
    public Optional<ReplyRuleView> find(String code) {
        return code == null ? Optional.empty() : versions(code, actingInstitution()).map(Versions::view);
    }

    /**
     * The rule under which offices in this country answer the letters they receive, unless a letter names another:
     * the one rule of the country marked {@link ReplyRuleView#defaultForReceived()} in the acting user's institution,
     * when it is in use. Empty for a country without one (or no country), where each letter we owe an answer to needs
     * its rule or date by hand.
     */
    public Optional<ReplyRuleView> defaultForReceived(String country) {
        if (country == null || country.isBlank()) {
            return Optional.empty();
        }
        return rules().stream().filter(r -> r.country().equals(country) && r.defaultForReceived() && !r.deprecated())
                .findFirst();
    }

    /** The rule with this code; a {@link NotFoundException} when there is none. */
    public ReplyRuleView rule(String code) {
        return find(code).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, code));
    }

    /** Adds a rule of the administrator's institution, which no other institution sees; audited. */
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional
    public ReplyRuleView create(ReplyRuleDetails details) {
        HuquqUser user = CurrentUser.require();
        List<FieldProblem> problems = problems(details);
        if (details.code() == null || details.code().isBlank()) {
            problems.add(0, new FieldProblem("code", "deadlines.replyRule.error.required"));
        } else if (!CODE.matcher(details.code()).matches()) {
            problems.add(0, new FieldProblem("code", "deadlines.replyRule.error.codeFormat"));
        } else if (ReplyDeadlines.BY_HAND.equals(details.code())) {
            problems.add(0, new FieldProblem("code", "deadlines.replyRule.error.codeReserved"));
        } else if (versions(details.code(), user.institutionId()).isPresent()) {
            problems.add(0, new FieldProblem("code", "deadlines.replyRule.error.codeTaken"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ReplyRule rule = rules.saveAndFlush(new ReplyRule(details, user.institutionId(), user.username()));
        ReplyRuleView view = rule.toView(null);
        audit.record(AuditAction.CREATE, AUDIT_TYPE, view.id(), AuditOutcome.SUCCESS, describe(view));
        unmarkOthers(view, user);
        return view;
    }

    /**
     * Changes a rule that the caller last saw at {@code expectedVersion}, for the administrator's institution only: a
     * shared rule is copied into the institution's own version, which other institutions never read. Audited in the
     * same transaction, in the institution's chain. The code never changes: a body that names another code is
     * rejected. The reply-by dates of the institution's letters under the rule are derived again in the same
     * transaction ({@link ReplyRuleChanged}), so that its lists and letters agree with the rule as it now stands.
     */
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional
    public ReplyRuleView update(String code, long expectedVersion, ReplyRuleDetails details) {
        HuquqUser user = CurrentUser.require();
        Versions versions = current(code, user, expectedVersion);
        List<FieldProblem> problems = problems(details);
        if (details.code() != null && !details.code().isBlank() && !details.code().equals(code)) {
            problems.add(0, new FieldProblem("code", "deadlines.replyRule.error.codeFixed"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ReplyRule own = own(versions, user);
        own.apply(details, user.username());
        rules.flush();
        ReplyRuleView view = own.toView(versions.shared());
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, view.id(), AuditOutcome.SUCCESS, describe(view));
        unmarkOthers(view, user);
        events.publishEvent(new ReplyRuleChanged(code, user.institutionId()));
        return view;
    }

    /**
     * Deprecates a rule for the administrator's institution (no longer offered for its new letters; letters that use
     * it keep it) or brings it back, audited in the same transaction; nothing happens when it is already in that state.
     */
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional
    public ReplyRuleView setDeprecated(String code, long expectedVersion, boolean deprecated) {
        HuquqUser user = CurrentUser.require();
        Versions versions = current(code, user, expectedVersion);
        if (versions.current().isDeprecated() == deprecated) {
            return versions.view();
        }
        ReplyRule own = own(versions, user);
        own.setDeprecated(deprecated, user.username());
        rules.flush();
        ReplyRuleView view = own.toView(versions.shared());
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, view.id(), AuditOutcome.SUCCESS,
                code + (deprecated ? " deprecated" : " in use again"));
        return view;
    }

    /**
     * Drops the administrator's institution's version of a shared rule, last seen at {@code expectedVersion}, so that
     * the institution counts under the shared rule again; audited, and the institution's letters under the rule are
     * derived again, as after a change. Nothing happens when the institution has no version of its own.
     *
     * @throws InvalidInputException naming {@code code} when the rule is the institution's own, with no shared rule
     */
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional
    public ReplyRuleView reset(String code, long expectedVersion) {
        HuquqUser user = CurrentUser.require();
        Versions versions = current(code, user, expectedVersion);
        if (versions.shared() == null) {
            throw new InvalidInputException("code", "deadlines.replyRule.error.noSharedRule");
        }
        if (versions.own() == null) {
            return versions.view();
        }
        rules.delete(versions.own());
        rules.flush();
        ReplyRuleView view = versions.shared().toView(null);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, view.id(), AuditOutcome.SUCCESS,
                code + " back to the shared rule | " + describe(view));
        unmarkOthers(view, user);
        events.publishEvent(new ReplyRuleChanged(code, user.institutionId()));
        return view;
    }

    /** The rule as the user's institution has it, when the caller last saw it at {@code expectedVersion}. */
    private Versions current(String code, HuquqUser user, long expectedVersion) {
        Versions versions = versions(code, user.institutionId())
                .orElseThrow(() -> new NotFoundException(AUDIT_TYPE, code));
        long version = versions.view().version();
        if (version != expectedVersion) {
            throw new StaleVersionException(expectedVersion, version);
        }
        return versions;
    }

    private Optional<Versions> versions(String code, UUID institutionId) {
        List<ReplyRule> rows = rules.findVisible(code, institutionId);
        return rows.isEmpty() ? Optional.empty() : Optional.of(Versions.of(rows));
    }

    /** The institution's own row of the rule, copied from the shared rule when it has none yet. */
    private ReplyRule own(Versions versions, HuquqUser user) {
        if (versions.own() != null) {
            return versions.own();
        }
        return rules.saveAndFlush(new ReplyRule(versions.shared().toView(null).toDetails(), user.institutionId(),
                user.username()));
    }

    /**
     * A country has one rule for the letters its offices receive, in each institution: marking one unmarks the
     * institution's others, each change audited. Letters registered under the old one keep it; only new letters take
     * the new one.
     */
    private void unmarkOthers(ReplyRuleView marked, HuquqUser user) {
        if (!marked.defaultForReceived()) {
            return;
        }
        for (ReplyRuleView other : rules(user.institutionId())) {
            if (other.defaultForReceived() && other.country().equals(marked.country())
                    && !other.code().equals(marked.code())) {
                Versions versions = versions(other.code(), user.institutionId()).orElseThrow();
                own(versions, user).unmarkDefaultForReceived(user.username());
                audit.record(AuditAction.UPDATE, AUDIT_TYPE, other.id(), AuditOutcome.SUCCESS,
                        other.code() + " no longer the default for received letters: " + marked.code() + " is");
            }
        }
        rules.flush();
    }

    /** The institution of the signed-in user; null when no one is signed in. */
    static UUID actingInstitution() {
        return CurrentUser.find().map(HuquqUser::institutionId).orElse(null);
    }

    /** The shared rule of a code and an institution's own row of it, either of which may be missing. */
    private record Versions(ReplyRule shared, ReplyRule own) {

        static Versions of(List<ReplyRule> rows) {
            return new Versions(rows.stream().filter(ReplyRule::isShared).findFirst().orElse(null),
                    rows.stream().filter(r -> !r.isShared()).findFirst().orElse(null));
        }

        ReplyRule current() {
            return own != null ? own : shared;
        }

        ReplyRuleView view() {
            return own != null ? own.toView(shared) : shared.toView(null);
        }
    }

    private static List<FieldProblem> problems(ReplyRuleDetails d) {
        List<FieldProblem> problems = new ArrayList<>();
        if (d.country() == null || d.country().isBlank()) {
            problems.add(required("country"));
        } else if (!Countries.isValid(d.country())) {
            problems.add(new FieldProblem("country", "deadlines.replyRule.error.country"));
        }
        text(problems, "nameEn", d.nameEn(), true, 200);
        text(problems, "nameRu", d.nameRu(), true, 200);
        text(problems, "nameTg", d.nameTg(), true, 200);
        text(problems, "descriptionEn", d.descriptionEn(), false, 4000);
        text(problems, "descriptionRu", d.descriptionRu(), false, 4000);
        text(problems, "descriptionTg", d.descriptionTg(), false, 4000);
        text(problems, "legalBasis", d.legalBasis(), true, 500);
        if (d.countingStart() == null) {
            problems.add(required("countingStart"));
        }
        boolean needsDelivery = d.countingStart() != null && d.countingStart() != ReplyRuleCountingStart.SENT;
        days(problems, "deliveryDays", d.deliveryDays(), needsDelivery, 0, MAX_TRANSIT_OR_REGISTRATION_DAYS,
                "deadlines.replyRule.error.days0to365");
        days(problems, "registrationDays", d.registrationDays(),
                d.countingStart() == ReplyRuleCountingStart.REGISTERED, 0, MAX_TRANSIT_OR_REGISTRATION_DAYS,
                "deadlines.replyRule.error.days0to365");
        days(problems, "answerDays", d.answerDays(), true, 1, MAX_PERIOD_DAYS,
                "deadlines.replyRule.error.days1to3650");
        if (d.dayKind() == null) {
            problems.add(required("dayKind"));
        }
        days(problems, "extensionMaxCount", d.extensionMaxCount(), false, 0, MAX_EXTENSIONS,
                "deadlines.replyRule.error.extensionCount");
        boolean extensible = d.extensionMaxCount() != null && d.extensionMaxCount() > 0;
        if (extensible) {
            days(problems, "extensionMaxDays", d.extensionMaxDays(), true, 1, MAX_PERIOD_DAYS,
                    "deadlines.replyRule.error.days1to3650");
        }
        days(problems, "forwardingDays", d.forwardingDays(), false, 1, MAX_TRANSIT_OR_REGISTRATION_DAYS,
                "deadlines.replyRule.error.days1to365");
        if (d.nonWorkingEnd() == null) {
            problems.add(required("nonWorkingEnd"));
        }
        days(problems, "longOverdueDays", d.longOverdueDays(), true, 1, MAX_PERIOD_DAYS,
                "deadlines.replyRule.error.days1to3650");
        return problems;
    }

    private static void text(List<FieldProblem> problems, String field, String value, boolean required, int max) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(required(field));
            }
        } else if (value.strip().length() > max) {
            problems.add(new FieldProblem(field, "deadlines.replyRule.error.tooLong" + max));
        }
    }

    private static void days(List<FieldProblem> problems, String field, Integer value, boolean required, int min,
            int max, String rangeKey) {
        if (value == null) {
            if (required) {
                problems.add(required(field));
            }
        } else if (value < min || value > max) {
            problems.add(new FieldProblem(field, rangeKey));
        }
    }

    private static FieldProblem required(String field) {
        return new FieldProblem(field, "deadlines.replyRule.error.required");
    }

    private static String describe(ReplyRuleView r) {
        return String.join(" | ", r.code(), r.country(), r.countingStart().name(), "answer " + r.answerDays(),
                r.dayKind().name(), "extensions " + r.extensionMaxCount() + "x" + r.extensionMaxDays()
                        + (r.extensionNeedsNotice() ? " with notice" : ""),
                "forwarding " + r.forwardingDays(), "acknowledgement stops clock " + r.acknowledgementStopsClock(),
                r.nonWorkingEnd().name(), "long overdue " + r.longOverdueDays(), r.deprecated() ? "deprecated" : "active",
                r.defaultForReceived() ? "default for received letters" : "not default for received letters",
                r.legalBasis());
    }
}
