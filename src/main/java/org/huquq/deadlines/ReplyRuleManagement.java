package org.huquq.deadlines;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.huquq.audit.AuditAction;
import org.huquq.audit.AuditLog;
import org.huquq.audit.AuditOutcome;
import org.huquq.deadlines.domain.ReplyRule;
import org.huquq.deadlines.domain.ReplyRuleRepository;
import org.huquq.identity.CurrentUser;
import org.huquq.shared.Countries;
import org.huquq.shared.InvalidInputException.FieldProblem;
import org.huquq.shared.InvalidInputException;
import org.huquq.shared.NotFoundException;
import org.huquq.shared.StaleVersionException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The jurisdictions' reply-deadline rules: global reference data that every signed-in user reads and only
 * administrators change. A rule is never deleted (letters keep its code), only deprecated; every change is audited
 * in the same transaction. Bad input is an {@link InvalidInputException} naming each wrong field, with nothing
 * saved.
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

    private final org.springframework.context.ApplicationEventPublisher events;

    ReplyRuleManagement(ReplyRuleRepository rules, AuditLog audit,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.rules = rules;
        this.audit = audit;
    }

    /** Every rule, deprecated ones included, by country and code. */
    public List<ReplyRuleView> rules() {
        return rules.findAllByOrderByCountryCodeAscCodeAsc().stream().map(ReplyRule::toView).toList();
    }

    /** The rules to offer for a new letter: not deprecated, by country and code. */
    public List<ReplyRuleView> activeRules() {
        return rules().stream().filter(rule -> !rule.deprecated()).toList();
    }

    /** The rule with this code, deprecated or not. */
    public Optional<ReplyRuleView> find(String code) {
        return code == null ? Optional.empty() : rules.findByCode(code).map(ReplyRule::toView);
    }

    /**
     * The rule under which offices in this country answer the letters they receive, unless a letter names another:
     * the one rule of the country marked {@link ReplyRuleView#defaultForReceived()}, when it is in use. Empty for a
     * country without one (or no country), where each letter we owe an answer to needs its rule or date by hand.
     */
    public Optional<ReplyRuleView> defaultForReceived(String country) {
        if (country == null || country.isBlank()) {
            return Optional.empty();
        }
        return rules.findByCountryCodeAndDefaultForReceivedTrue(country).stream().filter(r -> !r.isDeprecated())
                .map(ReplyRule::toView).findFirst();
    }

    /** The rule with this code; a {@link NotFoundException} when there is none. */
    public ReplyRuleView rule(String code) {
        return find(code).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, code));
    }

    /** Adds a rule, audited in the same transaction. */
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional
    public ReplyRuleView create(ReplyRuleDetails details) {
        List<FieldProblem> problems = problems(details);
        if (details.code() == null || details.code().isBlank()) {
            problems.add(0, new FieldProblem("code", "deadlines.replyRule.error.required"));
        } else if (!CODE.matcher(details.code()).matches()) {
            problems.add(0, new FieldProblem("code", "deadlines.replyRule.error.codeFormat"));
        } else if (ReplyDeadlines.BY_HAND.equals(details.code())) {
            problems.add(0, new FieldProblem("code", "deadlines.replyRule.error.codeReserved"));
        } else if (rules.existsByCode(details.code())) {
            problems.add(0, new FieldProblem("code", "deadlines.replyRule.error.codeTaken"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ReplyRule rule = rules.saveAndFlush(new ReplyRule(details, CurrentUser.require().username()));
        audit.record(AuditAction.CREATE, AUDIT_TYPE, rule.getId(), AuditOutcome.SUCCESS, describe(rule.toView()));
        unmarkOthers(rule);
        return rule.toView();
    }

    /**
     * Changes a rule that the caller last saw at {@code expectedVersion}, audited in the same transaction. The code
     * never changes: a body that names another code is rejected. Letters whose reply-by date was computed before
     * keep it. The reply-by dates of every letter under the rule are derived again in the same transaction, so
     * that lists and letters agree with the rule as it now stands.
     */
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional
    public ReplyRuleView update(String code, long expectedVersion, ReplyRuleDetails details) {
        ReplyRule rule = rules.findByCode(code).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, code));
        if (rule.getVersion() != expectedVersion) {
            throw new StaleVersionException(expectedVersion, rule.getVersion());
        }
        List<FieldProblem> problems = problems(details);
        if (details.code() != null && !details.code().isBlank() && !details.code().equals(code)) {
            problems.add(0, new FieldProblem("code", "deadlines.replyRule.error.codeFixed"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        rule.apply(details, CurrentUser.require().username());
        rules.flush();
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, rule.getId(), AuditOutcome.SUCCESS, describe(rule.toView()));
        unmarkOthers(rule);
        events.publishEvent(new ReplyRuleChanged(code));
        return rule.toView();
    }

    /**
     * Deprecates a rule (no longer offered for new letters; letters that use it keep it) or brings it back, audited
     * in the same transaction; nothing happens when it is already in that state.
     */
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional
    public ReplyRuleView setDeprecated(String code, long expectedVersion, boolean deprecated) {
        ReplyRule rule = rules.findByCode(code).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, code));
        if (rule.getVersion() != expectedVersion) {
            throw new StaleVersionException(expectedVersion, rule.getVersion());
        }
        if (rule.isDeprecated() == deprecated) {
            return rule.toView();
        }
        rule.setDeprecated(deprecated, CurrentUser.require().username());
        rules.flush();
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, rule.getId(), AuditOutcome.SUCCESS,
                code + (deprecated ? " deprecated" : " in use again"));
        return rule.toView();
    }

    /**
     * A country has one rule for the letters its offices receive: marking one unmarks the others, each change
     * audited. Letters registered under the old one keep it; only new letters take the new one.
     */
    private void unmarkOthers(ReplyRule marked) {
        if (!marked.isDefaultForReceived()) {
            return;
        }
        for (ReplyRule other : rules.findByCountryCodeAndDefaultForReceivedTrue(marked.getCountryCode())) {
            if (!other.getId().equals(marked.getId())) {
                other.unmarkDefaultForReceived(CurrentUser.require().username());
                audit.record(AuditAction.UPDATE, AUDIT_TYPE, other.getId(), AuditOutcome.SUCCESS,
                        other.getCode() + " no longer the default for received letters: " + marked.getCode() + " is");
            }
        }
        rules.flush();
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
