package org.huquq.commitments;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.huquq.audit.AuditAction;
import org.huquq.audit.AuditLog;
import org.huquq.audit.AuditOutcome;
import org.huquq.commitments.domain.Commitment;
import org.huquq.commitments.domain.CommitmentRepository;
import org.huquq.commitments.domain.FollowUp;
import org.huquq.commitments.domain.FollowUpRepository;
import org.huquq.correspondence.CommunicationManagement;
import org.huquq.correspondence.LetterManagement;
import org.huquq.counterparts.CounterpartManagement;
import org.huquq.identity.AccessPolicy.ReadScope;
import org.huquq.identity.AccessPolicy;
import org.huquq.identity.CurrentUser;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.IdentityManagement;
import org.huquq.identity.TeamSummary;
import org.huquq.shared.AccessDeniedToWrite;
import org.huquq.shared.Confidentiality;
import org.huquq.shared.DateCursor;
import org.huquq.shared.Ids;
import org.huquq.shared.InvalidInputException.FieldProblem;
import org.huquq.shared.InvalidInputException;
import org.huquq.shared.KeysetPage;
import org.huquq.shared.NotFoundException;
import org.huquq.shared.NumberedPages;
import org.huquq.shared.RecordNumbers;
import org.huquq.shared.Protection;
import org.huquq.shared.StaleVersionException;
import org.huquq.shared.Vocabularies;
import org.huquq.shared.search.SearchAnalysis;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commitments and their follow-ups: record, change, read and find, always as the signed-in user. A commitment the
 * user may not read does not exist for them ({@link NotFoundException}), in lists, search and the no-step view too.
 * <p>
 * Its status is never set by hand: it is {@link CommitmentStatus#NO_INFORMATION} until the first follow-up, then the
 * status reported by the follow-up with the latest date (on one date, the last recorded). A follow-up is never
 * changed, and is added against the commitment's version like any change, so that two people reporting at once do
 * not both succeed unaware of each other. Input is normalised (NFC, trimmed) and checked as a whole: on any problem
 * an {@link InvalidInputException} names every field at fault and nothing is saved. Every change, and every read of
 * a confidential commitment, is audited in the same transaction.
 */
@Service
public class CommitmentManagement {

    public static final int MAX_PAGE_SIZE = 100;

    /** The vocabulary of kinds of commitment (pledge, acknowledgement of a violation...). */
    public static final String KINDS = "commitment-kind";

    /** The kind of commitment that only our own institution makes. */
    public static final String RECOMMENDATION = "RECOMMENDATION";

    /** Days without a reported step after which a commitment counts as silent, unless the caller says otherwise. */
    public static final int DEFAULT_SILENCE_DAYS = 90;

    static final String AUDIT_TYPE = "Commitment";
    /** The series of the institution's numbers that references are made of. */
    static final String REFERENCE_SERIES = "COMMITMENT";
    static final String FOLLOW_UP_AUDIT_TYPE = "CommitmentFollowUp";

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Pattern WHITESPACE = Pattern.compile("[\\t ]+");
    private static final Set<CommitmentStatus> FINAL = EnumSet.of(CommitmentStatus.IMPLEMENTED,
            CommitmentStatus.NOT_IMPLEMENTED, CommitmentStatus.WITHDRAWN);
    private static final Set<Confidentiality> OPEN = EnumSet.of(Confidentiality.PUBLIC, Confidentiality.INTERNAL);

    /** The bounds of the days commitments are made and go silent on: a range the lists' indexes serve. */
    private static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private final CommitmentRepository commitments;
    private final FollowUpRepository followUps;
    private final CounterpartManagement counterparts;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final IdentityManagement identity;
    private final Vocabularies vocabularies;
    private final EntityManager entityManager;
    private final Clock clock;
    private final LetterManagement letters;
    private final CommunicationManagement communications;
    private final RecordNumbers numbers;

    CommitmentManagement(CommitmentRepository commitments, FollowUpRepository followUps,
            CounterpartManagement counterparts, AccessPolicy access, AuditLog audit, IdentityManagement identity,
            Vocabularies vocabularies, EntityManager entityManager, Clock clock, LetterManagement letters,
            CommunicationManagement communications, RecordNumbers numbers) {
        this.numbers = numbers;
        this.letters = letters;
        this.communications = communications;
        this.commitments = commitments;
        this.followUps = followUps;
        this.counterparts = counterparts;
        this.access = access;
        this.audit = audit;
        this.identity = identity;
        this.vocabularies = vocabularies;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Records a commitment with the next reference ({@code CMT-000123}) and no follow-up yet.
     *
     * @throws InvalidInputException on any bad field, naming each
     * @throws AccessDeniedToWrite when the user's roles do not allow changes
     */
    @Transactional
    public CommitmentView create(CommitmentDetails details) {
        HuquqUser user = requireEditor();
        CommitmentDetails clean = check(user, null, details);
        String reference = String.format(Locale.ROOT, "CMT-%06d",
                numbers.next(user.institutionId(), REFERENCE_SERIES, RecordNumbers.EVERY_YEAR));
        Commitment commitment = new Commitment(user.institutionId(), reference, clean, user.username());
        // persist, not save: with its id already assigned, save would take it for an existing row and merge it
        entityManager.persist(commitment);
        commitments.flush();
        audit.record(AuditAction.CREATE, AUDIT_TYPE, commitment.getId(), AuditOutcome.SUCCESS,
                describe(reference, clean));
        return commitment.toView();
    }

    /**
     * Changes the stated facts of a commitment that the caller last saw at {@code expectedVersion}. The status is not
     * among them.
     *
     * @throws StaleVersionException when someone changed it, or reported a step on it, since
     * @throws NotFoundException when there is no such commitment the caller may read
     */
    @Transactional
    public CommitmentView update(UUID id, long expectedVersion, CommitmentDetails details) {
        HuquqUser user = CurrentUser.require();
        Commitment commitment = lockedForChange(user, id, expectedVersion);
        CommitmentDetails clean = check(user, commitment, details);
        commitment.apply(clean, user.username());
        flush(expectedVersion);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, commitment.getId(), AuditOutcome.SUCCESS,
                describe(commitment.getReference(), clean));
        return commitment.toView();
    }

    /**
     * Checks the details as {@link #create} and {@link #update} do, without saving: throws with every problem.
     * {@code id} is the commitment being changed, {@code null} for a new one. For a form that has problems of its
     * own (a picker's text naming no record), so that all are shown at once.
     *
     * @throws InvalidInputException on any bad field, naming each
     * @throws AccessDeniedToWrite when the user's roles do not allow changes
     */
    @Transactional(readOnly = true)
    public void validate(UUID id, CommitmentDetails details) {
        HuquqUser user = requireEditor();
        check(user, id == null ? null : readable(user, id), details);
    }

    /** A commitment the caller may read; reading a confidential one is audited. */
    @Transactional
    public CommitmentView get(UUID id) {
        HuquqUser user = CurrentUser.require();
        Commitment commitment = readable(user, id);
        if (commitment.confidentiality().isAuditedOnRead()) {
            audit.record(AuditAction.READ, AUDIT_TYPE, commitment.getId(), AuditOutcome.SUCCESS, null);
        }
        return commitment.toView();
    }

    /**
     * Records a step on a commitment the caller last saw at {@code expectedVersion}; the commitment's status follows
     * (see the class description) and its version moves on.
     *
     * @throws InvalidInputException on any bad field, naming each
     * @throws StaleVersionException when someone changed the commitment, or reported a step on it, since
     * @throws NotFoundException when there is no such commitment the caller may read
     */
    @Transactional
    public RecordedFollowUp addFollowUp(UUID id, long expectedVersion, FollowUpDetails details) {
        HuquqUser user = CurrentUser.require();
        Commitment commitment = lockedForChange(user, id, expectedVersion);
        FollowUpDetails clean = checkFollowUp(commitment, details);
        FollowUp followUp = new FollowUp(commitment.getId(), clean, user.username());
        entityManager.persist(followUp);
        commitment.recordStep(followUp, user.username());
        flush(expectedVersion);
        audit.record(AuditAction.CREATE, FOLLOW_UP_AUDIT_TYPE, followUp.getId(), AuditOutcome.SUCCESS,
                String.join(" | ", commitment.getReference(), clean.on().toString(), clean.status().name()));
        return new RecordedFollowUp(followUp.toView(), commitment.toView());
    }

    /** The follow-ups of a commitment the caller may read, the newest step first, in bounded pages. */
    @Transactional(readOnly = true)
    public FollowUpPage followUps(UUID id, int page, int size) {
        Commitment commitment = readable(CurrentUser.require(), id);
        int boundedSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int boundedPage = NumberedPages.page(page, boundedSize);
        Page<FollowUp> result = followUps.findNewestFirst(commitment.getId(),
                PageRequest.of(boundedPage, boundedSize));
        return new FollowUpPage(result.getContent().stream().map(FollowUp::toView).toList(), boundedPage,
                boundedSize, result.getTotalElements());
    }

    /** One follow-up of a commitment the caller may read. */
    @Transactional(readOnly = true)
    public FollowUpView followUp(UUID id, UUID followUpId) {
        Commitment commitment = readable(CurrentUser.require(), id);
        return followUps.findByIdAndCommitmentId(followUpId, commitment.getId()).map(FollowUp::toView)
                .orElseThrow(() -> new NotFoundException(FOLLOW_UP_AUDIT_TYPE, followUpId));
    }

    /**
     * The commitments the caller may read that match the filter's maker, kind, status and source, the most recently
     * made first, a keyset page of at most {@link #MAX_PAGE_SIZE} after {@code after} ({@code null} for the first),
     * with the count of all of them. Commitments recorded while a reader pages never shift the pages still to come.
     * Text is searched by {@link #search}, except among the commitments of one source, where it is not read.
     *
     * @throws IllegalArgumentException when the filter searches text
     */
    @Transactional(readOnly = true)
    public KeysetPage<CommitmentView> find(CommitmentFilter filter, DateCursor after, int size) {
        if (filter.searchesText()) {
            throw new IllegalArgumentException("text is searched by relevance, in numbered pages: search(...)");
        }
        ReadScope scope = access.readScope(CurrentUser.require());
        int limit = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        String kind = blankToNull(filter.kind());
        List<Commitment> rows = commitments.findReadable(scope.institutionId(), OPEN, Confidentiality.CONFIDENTIAL,
                scope.allConfidential(), Confidentiality.STRICTLY_CONFIDENTIAL, scope.allStrict(),
                scope.teamsForQuery(), filter.madeBy(), kind, filter.status(), filter.sourceId(), after == null,
                after == null ? LATEST : after.date(), after == null ? Ids.NONE : after.id(),
                PageRequest.of(0, KeysetPage.fetchSize(limit)));
        long total = commitments.countReadable(scope.institutionId(), OPEN, Confidentiality.CONFIDENTIAL,
                scope.allConfidential(), Confidentiality.STRICTLY_CONFIDENTIAL, scope.allStrict(),
                scope.teamsForQuery(), filter.madeBy(), kind, filter.status(), filter.sourceId());
        return KeysetPage.of(rows, limit, c -> DateCursor.of(c.getMadeOn(), c.getId()).toString())
                .map(Commitment::toView).counted(total, total);
    }

    /**
     * The commitments the caller may read that match the filter's text, best match first, in numbered pages of at
     * most {@link #MAX_PAGE_SIZE} from the search index (relevance has no column to seek by), no deeper than the
     * 10,000th: every word must match the words of the commitment, its summary, the speaker or the source
     * reference, as a whole word or its beginning; or the text is the reference.
     */
    @Transactional(readOnly = true)
    public CommitmentPage search(CommitmentFilter filter, int page, int size) {
        ReadScope scope = access.readScope(CurrentUser.require());
        int boundedSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int boundedPage = NumberedPages.page(page, boundedSize);
        if (!filter.searchesText() || !SearchAnalysis.isSearchable(filter.text())) {
            return new CommitmentPage(List.of(), boundedPage, boundedSize, 0);
        }
        return search(scope, filter, boundedPage, boundedSize);
    }

    /**
     * "No step reported": the commitments the caller may read, not in a final status (implemented, not implemented,
     * withdrawn), whose last follow-up, or whose making when there is none, is more than {@code days} days before
     * today; optionally only those made by one counterpart. The longest silent first, a keyset page after
     * {@code after} ({@code null} for the first), grouped by who made them, with the count of all of them.
     *
     * @throws InvalidInputException when {@code days} is negative
     */
    @Transactional(readOnly = true)
    public NoStepReport noStepReported(int days, UUID madeBy, DateCursor after, int size) {
        if (days < 0) {
            throw new InvalidInputException("days", "commitments.error.days");
        }
        ReadScope scope = access.readScope(CurrentUser.require());
        int limit = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        LocalDate today = today();
        // no earlier than the earliest date a query takes (PostgreSQL refuses a date millions of years back)
        LocalDate silentBefore = days >= ChronoUnit.DAYS.between(EARLIEST, today) ? EARLIEST : today.minusDays(days);
        List<Commitment> rows = commitments.findSilent(scope.institutionId(),
                after == null ? EARLIEST : after.date(), silentBefore, FINAL, OPEN, Confidentiality.CONFIDENTIAL,
                scope.allConfidential(), Confidentiality.STRICTLY_CONFIDENTIAL, scope.allStrict(),
                scope.teamsForQuery(), madeBy, after == null, after == null ? EARLIEST : after.date(),
                after == null ? Ids.NONE : after.id(), PageRequest.of(0, KeysetPage.fetchSize(limit)));
        long total = commitments.countSilent(scope.institutionId(), EARLIEST, silentBefore, FINAL, OPEN,
                Confidentiality.CONFIDENTIAL, scope.allConfidential(), Confidentiality.STRICTLY_CONFIDENTIAL,
                scope.allStrict(), scope.teamsForQuery(), madeBy);
        KeysetPage<Commitment> page = KeysetPage.of(rows, limit,
                c -> DateCursor.of(c.getSilentSince(), c.getId()).toString());
        Map<UUID, List<NoStepReport.Silent>> byMaker = new LinkedHashMap<>();
        for (Commitment commitment : page.items()) {
            CommitmentView view = commitment.toView();
            byMaker.computeIfAbsent(view.madeBy(), maker -> new ArrayList<>())
                    .add(new NoStepReport.Silent(view, view.daysWithoutStep(today)));
        }
        List<NoStepReport.Group> groups = byMaker.entrySet().stream()
                .map(group -> new NoStepReport.Group(group.getKey(), List.copyOf(group.getValue()))).toList();
        return new NoStepReport(days, today, groups, page.next(), total);
    }

    /** Today, as the module counts days: by the application's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** True when the signed-in user may record commitments. */
    public boolean canCreate() {
        return access.isEditor(CurrentUser.require());
    }

    /** True when the signed-in user may change this commitment and report steps on it. */
    public boolean canEdit(CommitmentView commitment) {
        HuquqUser user = CurrentUser.require();
        return access.canWrite(user,
                new Protection(user.institutionId(), commitment.confidentiality(), commitment.teamId()));
    }

    /** The teams a commitment can be assigned to. */
    @Transactional(readOnly = true)
    public List<TeamSummary> teams() {
        return identity.teams(CurrentUser.require().institutionId());
    }

    private CommitmentPage search(ReadScope scope, CommitmentFilter filter, int page, int size) {
        String text = filter.text().strip();
        // words with no letter or digit (a dash, a slash) analyse to nothing and would match nothing
        List<String> words = Pattern.compile("\\s+").splitAsStream(text)
                .filter(word -> word.codePoints().anyMatch(Character::isLetterOrDigit)).toList();
        SearchResult<Commitment> result = Search.session(entityManager).search(Commitment.class)
                .where((f, root) -> {
                    root.add(f.match().field("institutionId").matching(scope.institutionId()));
                    root.add(scope.toPredicate(f));
                    root.add(f.or().with(any -> {
                        any.add(f.match().field("reference").matching(text.toLowerCase(Locale.ROOT)).boost(10));
                        if (!words.isEmpty()) {
                            any.add(f.and().with(all -> words.forEach(word -> all.add(wordMatches(f, word)))));
                        }
                    }));
                    if (filter.madeBy() != null) {
                        root.add(f.match().field("madeBy").matching(filter.madeBy()));
                    }
                    if (!isBlank(filter.kind())) {
                        root.add(f.match().field("kind").matching(filter.kind().strip()));
                    }
                    if (filter.status() != null) {
                        root.add(f.match().field("status").matching(filter.status()));
                    }
                })
                .fetch(page * size, size);
        return new CommitmentPage(result.hits().stream().map(Commitment::toView).toList(), page, size,
                result.total().hitCount());
    }

    /** One word of the search text: a whole word, or the beginning of one, of the commitment's words. */
    private static SearchPredicate wordMatches(SearchPredicateFactory f, String word) {
        return f.or().with(any -> {
            any.add(f.match().fields("text", "summary", "madeByPerson", "sourceReference").matching(word).boost(3));
            any.add(f.match().fields("text_prefix", "summary_prefix").matching(word));
        }).toPredicate();
    }

    private HuquqUser requireEditor() {
        HuquqUser user = CurrentUser.require();
        if (!access.isEditor(user)) {
            throw new AccessDeniedToWrite("Your roles do not allow recording commitments");
        }
        return user;
    }

    private Commitment readable(HuquqUser user, UUID id) {
        return commitments.findByIdAndInstitutionId(id, user.institutionId())
                .filter(commitment -> access.canRead(user, commitment))
                .orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
    }

    /** The commitment, locked, once the caller may read and change it and has seen its current version. */
    private Commitment lockedForChange(HuquqUser user, UUID id, long expectedVersion) {
        Commitment commitment = commitments.findForUpdate(id, user.institutionId())
                .filter(found -> access.canRead(user, found))
                .orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
        if (!access.canWrite(user, commitment)) {
            throw new AccessDeniedToWrite("Your roles do not allow changing this commitment");
        }
        if (commitment.getVersion() != expectedVersion) {
            throw new StaleVersionException(expectedVersion, commitment.getVersion());
        }
        return commitment;
    }

    private void flush(long expectedVersion) {
        try {
            commitments.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new StaleVersionException(expectedVersion, expectedVersion + 1);
        }
    }

    /**
     * Normalises the details and checks every rule; returns the normalised details or throws with every problem
     * found. {@code existing} is the commitment being changed, {@code null} for a new one.
     */
    private CommitmentDetails check(HuquqUser user, Commitment existing, CommitmentDetails typed) {
        List<FieldProblem> problems = new ArrayList<>();
        String kind = required(line(typed.kind()), "kind", 60, problems);
        String madeByPerson = limited(line(typed.madeByPerson()), "madeByPerson", 300, problems);
        String sourceReference = limited(line(typed.sourceReference()), "sourceReference", 300, problems);
        String text = required(text(typed.text()), "text", 8000, problems);
        String language = required(line(typed.textLanguage()), "textLanguage", 3, problems);
        String summary = limited(text(typed.summary()), "summary", 2000, problems);
        LocalDate today = today();

        if (kind != null && !vocabularies.isActive(KINDS, kind)) {
            problems.add(new FieldProblem("kind", "commitments.error.kind"));
        }
        if (typed.madeBy() == null && typed.madeTo() == null) {
            problems.add(new FieldProblem("madeBy", "commitments.error.ourselves"));
        }
        checkCounterpart(typed.madeBy(), "madeBy", problems);
        checkCounterpart(typed.madeTo(), "madeTo", problems);
        if (typed.madeBy() != null && typed.madeBy().equals(typed.madeTo())) {
            problems.add(new FieldProblem("madeTo", "commitments.error.sameParty"));
        }
        if (RECOMMENDATION.equals(kind) && typed.madeBy() != null) {
            problems.add(new FieldProblem("madeBy", "commitments.error.recommendationOurs"));
        }
        if (typed.madeOn() == null) {
            problems.add(new FieldProblem("madeOn", "web.validation.required"));
        } else if (typed.madeOn().isAfter(today)) {
            problems.add(new FieldProblem("madeOn", "commitments.error.future"));
        } else if (existing != null) {
            followUps.firstStepOn(existing.getId()).filter(first -> first.isBefore(typed.madeOn()))
                    .ifPresent(first -> problems.add(new FieldProblem("madeOn", "commitments.error.madeAfterStep",
                            List.of(first.toString()))));
        }
        if (typed.sourceKind() == null) {
            problems.add(new FieldProblem("sourceKind", "web.validation.required"));
        }
        checkSource(typed.sourceKind(), typed.sourceId(), "sourceId", problems);
        if (language != null && !LANGUAGES.contains(language)) {
            problems.add(new FieldProblem("textLanguage", "commitments.error.language"));
        }
        if (typed.dueOn() != null && typed.madeOn() != null && typed.dueOn().isBefore(typed.madeOn())) {
            problems.add(new FieldProblem("dueOn", "commitments.error.dueBeforeMade"));
        }
        if (typed.confidentiality() == null) {
            problems.add(new FieldProblem("confidentiality", "web.validation.required"));
        }
        if (typed.teamId() != null
                && identity.teams(user.institutionId()).stream().noneMatch(t -> t.id().equals(typed.teamId()))) {
            problems.add(new FieldProblem("teamId", "commitments.error.team"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!access.canWrite(user, new Protection(user.institutionId(), typed.confidentiality(), typed.teamId()))) {
            // the user would lock themselves out of the record they are saving
            throw new InvalidInputException("confidentiality", "commitments.error.lockout");
        }
        return new CommitmentDetails(kind, typed.madeBy(), madeByPerson, typed.madeTo(), typed.madeOn(),
                typed.sourceKind(), typed.sourceId(), sourceReference, text, language, summary, typed.dueOn(),
                typed.confidentiality(), typed.teamId());
    }

    private FollowUpDetails checkFollowUp(Commitment commitment, FollowUpDetails typed) {
        List<FieldProblem> problems = new ArrayList<>();
        String actionTaken = required(text(typed.actionTaken()), "actionTaken", 4000, problems);
        String evidence = required(text(typed.evidence()), "evidence", 4000, problems);
        String reference = limited(line(typed.evidenceSourceReference()), "evidenceSourceReference", 300, problems);
        if (typed.on() == null) {
            problems.add(new FieldProblem("on", "web.validation.required"));
        } else if (typed.on().isBefore(commitment.getMadeOn())) {
            problems.add(new FieldProblem("on", "commitments.error.stepBeforeMade",
                    List.of(commitment.getMadeOn().toString())));
        } else if (typed.on().isAfter(today())) {
            problems.add(new FieldProblem("on", "commitments.error.future"));
        }
        checkSource(typed.evidenceSourceKind(), typed.evidenceSourceId(), "evidenceSourceId", problems);
        if (typed.status() == null) {
            problems.add(new FieldProblem("status", "web.validation.required"));
        } else if (!typed.status().isReportable()) {
            problems.add(new FieldProblem("status", "commitments.error.statusNotReportable"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new FollowUpDetails(typed.on(), typed.status(), actionTaken, evidence, typed.evidenceSourceKind(),
                typed.evidenceSourceId(), reference);
    }

    /**
     * A source named by id must be a letter (for LETTER) or a call or meeting (for CALL, MEETING) the caller may
     * read; other kinds of source are not records here yet and are cited by reference only.
     */
    private void checkSource(CommitmentSource kind, UUID id, String field, List<FieldProblem> problems) {
        if (id == null) {
            return;
        }
        boolean found = kind != null && switch (kind) {
            case LETTER -> letters.isReadable(id);
            case CALL, MEETING -> communications.isReadable(id);
            default -> false;
        };
        if (!found) {
            problems.add(new FieldProblem(field, "commitments.error.sourceNotFound"));
        }
    }

    /** A counterpart id must name a body of the caller's registry. */
    private void checkCounterpart(UUID id, String field, List<FieldProblem> problems) {
        if (id == null) {
            return;
        }
        try {
            counterparts.get(id);
        } catch (NotFoundException e) {
            problems.add(new FieldProblem(field, "commitments.error.counterpart"));
        }
    }

    private static String required(String value, String field, int max, List<FieldProblem> problems) {
        if (value == null) {
            problems.add(new FieldProblem(field, "web.validation.required"));
        }
        return limited(value, field, max, problems);
    }

    private static String limited(String value, String field, int max, List<FieldProblem> problems) {
        if (value != null && value.length() > max) {
            problems.add(new FieldProblem(field, "commitments.error.tooLong", List.of(max)));
        }
        return value;
    }

    /** NFC, trimmed, runs of spaces made one; {@code null} when blank. */
    private static String line(String typed) {
        String value = text(typed);
        return value == null ? null : WHITESPACE.matcher(value.replace('\n', ' ').replace('\r', ' ')).replaceAll(" ");
    }

    /** NFC and trimmed, line breaks kept (the words as said or written); {@code null} when blank. */
    private static String text(String typed) {
        if (typed == null) {
            return null;
        }
        String value = Normalizer.normalize(typed, Normalizer.Form.NFC).strip();
        return value.isEmpty() ? null : value;
    }

    private static String describe(String reference, CommitmentDetails details) {
        return String.join(" | ", reference, details.kind(), String.valueOf(details.madeBy()),
                String.valueOf(details.madeTo()), details.madeOn().toString(), details.sourceKind().name(),
                String.valueOf(details.dueOn()), details.confidentiality().name());
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return isBlank(value) ? null : value.strip();
    }
}
