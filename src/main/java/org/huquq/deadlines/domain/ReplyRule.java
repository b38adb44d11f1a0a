package org.huquq.deadlines.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.huquq.deadlines.ReplyRuleCountingStart;
import org.huquq.deadlines.ReplyRuleDayKind;
import org.huquq.deadlines.ReplyRuleDetails;
import org.huquq.deadlines.ReplyRuleNonWorkingEnd;
import org.huquq.deadlines.ReplyRuleOrigin;
import org.huquq.deadlines.ReplyRuleView;
import org.huquq.shared.Ids;

/**
 * A jurisdiction's rule for when an answer to a letter is due: a shared rule (no institution), shipped by the
 * migrations and read-only in the application, or an institution's own row, which is either its version of the shared
 * rule of the same code or a rule only it has. Never deleted, except an institution's version of a shared rule when the
 * institution goes back to the shared rule; its code never changes.
 */
@Entity
@Table(name = "reply_rule")
public class ReplyRule {

    @Id
    private UUID id;

    @Column(nullable = false, length = 40, updatable = false)
    private String code;

    /** The institution whose rule this is; null for a shared rule. */
    @Column(name = "institution_id", updatable = false)
    private UUID institutionId;

    @Column(name = "country_code", nullable = false, length = 2)
    private String countryCode;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "name_ru", nullable = false, length = 200)
    private String nameRu;

    @Column(name = "name_tg", nullable = false, length = 200)
    private String nameTg;

    @Column(name = "description_en", length = 4000)
    private String descriptionEn;

    @Column(name = "description_ru", length = 4000)
    private String descriptionRu;

    @Column(name = "description_tg", length = 4000)
    private String descriptionTg;

    @Column(name = "legal_basis", nullable = false, length = 500)
    private String legalBasis;

    @Enumerated(EnumType.STRING)
    @Column(name = "counting_start", nullable = false, length = 20)
    private ReplyRuleCountingStart countingStart;

    @Column(name = "delivery_days")
    private Integer deliveryDays;

    @Column(name = "registration_days")
    private Integer registrationDays;

    @Column(name = "answer_days", nullable = false)
    private int answerDays;

    @Enumerated(EnumType.STRING)
    @Column(name = "day_kind", nullable = false, length = 20)
    private ReplyRuleDayKind dayKind;

    @Column(name = "extension_max_count", nullable = false)
    private int extensionMaxCount;

    @Column(name = "extension_max_days")
    private Integer extensionMaxDays;

    @Column(name = "extension_needs_notice", nullable = false)
    private boolean extensionNeedsNotice;

    @Column(name = "forwarding_days")
    private Integer forwardingDays;

    @Column(name = "acknowledgement_stops_clock", nullable = false)
    private boolean acknowledgementStopsClock;

    @Enumerated(EnumType.STRING)
    @Column(name = "non_working_end", nullable = false, length = 30)
    private ReplyRuleNonWorkingEnd nonWorkingEnd;

    @Column(name = "long_overdue_days", nullable = false)
    private int longOverdueDays;

    @Column(nullable = false)
    private boolean deprecated;

    @Column(name = "default_for_received", nullable = false)
    private boolean defaultForReceived;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Version
    private long version;

    protected ReplyRule() {
    }

    /** A new rule of an institution, from checked details: its own, or its version of the shared rule of the code. */
    public ReplyRule(ReplyRuleDetails details, UUID institutionId, String by) {
        this.id = Ids.next();
        this.code = details.code();
        this.institutionId = institutionId;
        this.createdAt = Instant.now();
        this.createdBy = by;
        apply(details, by);
    }

    /** Replaces every stated fact but the code with checked {@code details}. */
    public void apply(ReplyRuleDetails details, String by) {
        this.countryCode = details.country();
        this.nameEn = details.nameEn().strip();
        this.nameRu = details.nameRu().strip();
        this.nameTg = details.nameTg().strip();
        this.descriptionEn = blankToNull(details.descriptionEn());
        this.descriptionRu = blankToNull(details.descriptionRu());
        this.descriptionTg = blankToNull(details.descriptionTg());
        this.legalBasis = details.legalBasis().strip();
        this.countingStart = details.countingStart();
        this.deliveryDays = details.deliveryDays();
        this.registrationDays = details.registrationDays();
        this.answerDays = details.answerDays();
        this.dayKind = details.dayKind();
        this.extensionMaxCount = details.extensionMaxCount() == null ? 0 : details.extensionMaxCount();
        this.extensionMaxDays = this.extensionMaxCount == 0 ? null : details.extensionMaxDays();
        this.extensionNeedsNotice = this.extensionMaxCount > 0 && Boolean.TRUE.equals(details.extensionNeedsNotice());
        this.forwardingDays = details.forwardingDays();
        this.acknowledgementStopsClock = Boolean.TRUE.equals(details.acknowledgementStopsClock());
        this.nonWorkingEnd = details.nonWorkingEnd();
        this.longOverdueDays = details.longOverdueDays();
        this.deprecated = Boolean.TRUE.equals(details.deprecated());
        this.defaultForReceived = Boolean.TRUE.equals(details.defaultForReceived());
        this.updatedAt = Instant.now();
        this.updatedBy = by;
    }

    public void setDeprecated(boolean deprecated, String by) {
        this.deprecated = deprecated;
        this.updatedAt = Instant.now();
        this.updatedBy = by;
    }

    /** No longer the rule of the country's own duty to reply (another rule of the country became it). */
    public void unmarkDefaultForReceived(String by) {
        this.defaultForReceived = false;
        this.updatedAt = Instant.now();
        this.updatedBy = by;
    }

    /**
     * The rule as its readers see it. An institution's version of a shared rule ({@code shared} not null) keeps the
     * shared rule's id, so that the rule is one record in the audit trail whichever version the institution has, and
     * counts its versions on from the shared rule's: a version read from the shared rule is stale once the institution
     * has its own.
     */
    public ReplyRuleView toView(ReplyRule shared) {
        ReplyRuleOrigin origin = institutionId == null ? ReplyRuleOrigin.SHARED
                : shared == null ? ReplyRuleOrigin.OWN : ReplyRuleOrigin.OWN_VERSION;
        return new ReplyRuleView(shared == null ? id : shared.id, code, countryCode, nameEn, nameRu, nameTg,
                descriptionEn, descriptionRu, descriptionTg, legalBasis, countingStart, deliveryDays, registrationDays,
                answerDays, dayKind, extensionMaxCount, extensionMaxDays, extensionNeedsNotice, forwardingDays,
                acknowledgementStopsClock, nonWorkingEnd, longOverdueDays, deprecated, defaultForReceived, origin,
                createdAt, createdBy, updatedAt, updatedBy, shared == null ? version : shared.version + 1 + version);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getCode() {
        return code;
    }

    public boolean isShared() {
        return institutionId == null;
    }

    public boolean isDeprecated() {
        return deprecated;
    }
}
