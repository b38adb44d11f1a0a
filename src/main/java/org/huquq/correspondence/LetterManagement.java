package org.huquq.correspondence;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.huquq.audit.AuditAction;
import org.huquq.audit.AuditDetails;
import org.huquq.audit.AuditLog;
import org.huquq.audit.AuditOutcome;
import org.huquq.correspondence.domain.AwaitingQuery;
import org.huquq.correspondence.domain.Letter;
import org.huquq.correspondence.domain.LetterRepository;
import org.huquq.correspondence.domain.ScorecardOutcome;
import org.huquq.correspondence.domain.ScorecardRow;
import org.huquq.counterparts.CounterpartManagement;
import org.huquq.deadlines.ReplyDeadline;
import org.huquq.deadlines.ReplyDeadlineFacts;
import org.huquq.deadlines.ReplyDeadlineOutcome;
import org.huquq.deadlines.ReplyDeadlineOutcomeKind;
import org.huquq.deadlines.ReplyDeadlineStatus;
import org.huquq.deadlines.ReplyDeadlines;
import org.huquq.deadlines.ReplyRuleChanged;
import org.huquq.deadlines.ReplyRuleManagement;
import org.huquq.deadlines.ReplyRuleView;
import org.huquq.identity.AccessPolicy.ReadScope;
import org.huquq.identity.AccessPolicy;
import org.huquq.identity.CurrentUser;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.IdentityManagement;
import org.huquq.identity.TeamSummary;
import org.huquq.identity.UserSummary;
import org.huquq.people.PersonManagement;
import org.huquq.places.PlaceManagement;
import org.huquq.shared.AccessDeniedToWrite;
import org.huquq.shared.Confidentiality;
import org.huquq.shared.DateCursor;
import org.huquq.shared.Ids;
import org.huquq.shared.InvalidInputException.FieldProblem;
import org.huquq.shared.InvalidInputException;
import org.huquq.shared.KeysetPage;
import org.huquq.shared.NotFoundException;
import org.huquq.shared.NumberedPages;
import org.huquq.shared.Protection;
import org.huquq.shared.StaleVersionException;
import org.huquq.shared.Vocabularies;
import org.huquq.shared.files.FileNames;
import org.huquq.shared.files.FileStore;
import org.huquq.shared.files.FileTypes;
import org.huquq.shared.files.StoredFile;
import org.huquq.shared.search.LatinKey;
import org.huquq.shared.search.SearchAnalysis;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry of letters, always as the signed-in user: register (with a registry number without gaps), correct,
 * record what came of an outgoing letter, read and list. A letter the user may not read does not exist for them
 * ({@link NotFoundException}); every change, and every read of a confidential letter, is audited in the same
 * transaction. The reply-by date and the reply state are derived from the letter's facts, never entered: of the
 * answer we await to an outgoing letter, and of the answer we owe to an incoming one (our own duty to reply, under
 * the rule of our country's letters received unless the letter names another).
 */
@Service
public class LetterManagement {

    public static final int MAX_PAGE_SIZE = 100;

    /** Lists count their letters up to this many, and say "at least" beyond. */
    public static final int COUNT_LIMIT = 1000;

    /** The bounds of a registration period that is not given: every letter's date lies between them. */
    private static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    /** The vocabulary of channels a letter travels by. */
    public static final String CHANNELS = "letter-channel";

    static final String AUDIT_TYPE = "Letter";
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(LetterManagement.class);
    private static final String ERROR = "correspondence.letter.error.";
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final int MAX_CHAIN = 1000;
    private static final int MAX_LINKS = 50;

    /** The largest file kept with a letter: a long scan at a fair resolution. */
    public static final long MAX_ATTACHMENT_BYTES = 25L * 1024 * 1024;

    private final LetterRepository letters;
    private final CounterpartManagement counterparts;
    private final RegistryNumbers numbers;
    private final ReplyDeadlines deadlines;
    private final ReplyRuleManagement rules;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final IdentityManagement identity;
    private final Vocabularies vocabularies;
    private final PersonManagement persons;
    private final PlaceManagement places;
    private final EntityManager entityManager;
    private final FileStore files;
    private final MessageSource messages;

    LetterManagement(LetterRepository letters, CounterpartManagement counterparts, RegistryNumbers numbers,
            ReplyDeadlines deadlines, ReplyRuleManagement rules, AccessPolicy access, AuditLog audit,
            IdentityManagement identity, Vocabularies vocabularies, PersonManagement persons,
            PlaceManagement places, EntityManager entityManager, FileStore files, MessageSource messages) {
        this.files = files;
        this.messages = messages;
        this.letters = letters;
        this.counterparts = counterparts;
        this.numbers = numbers;
        this.deadlines = deadlines;
        this.rules = rules;
        this.access = access;
        this.audit = audit;
        this.identity = identity;
        this.vocabularies = vocabularies;
        this.persons = persons;
        this.places = places;
        this.entityManager = entityManager;
    }

    /**
     * Registers a letter under the next number of its series and year. A letter answering one that expects an
     * answer records the outcome {@code answerKind} on it, in the same transaction; our own letter in reply to one
     * awaiting our answer records an answer in substance when no {@code answerKind} is given.
     */
    @Transactional
    public LetterView register(RegisterLetter command) {
        HuquqUser user = CurrentUser.require();
        LocalDate today = LocalDate.now();
        LocalDate registeredOn = command.registeredOn() == null ? today : command.registeredOn();
        List<FieldProblem> problems = new ArrayList<>();
        LetterDetails details = withOurRule(user, command.direction(), normalise(user, command.details()), problems);
        UUID id = Letter.newId();
        if (registeredOn.isAfter(today)) {
            problems.add(new FieldProblem("registeredOn", ERROR + "future"));
        }
        Letter answered = validate(user, id, command.direction(), details, command.answerKind(), today, null,
                problems);
        checkNotRegisteredBefore(user, command.direction(), details, problems);
        ReplyDeadline deadline = replyDeadline(command.direction(), registeredOn, details, problems, null);
        throwIfAny(problems);
        checkProtection(user, details);

        String reference = numbers.next(user.institutionId(), command.direction().series(), registeredOn.getYear());
        Letter letter = new Letter(id, user.institutionId(), command.direction(), reference, registeredOn, details,
                threadOf(user, id, details), user.username());
        derive(letter, deadline, today);
        entityManager.persist(letter);
        audit.record(AuditAction.CREATE, AUDIT_TYPE, id, AuditOutcome.SUCCESS, describe(letter, details));
        ReplyDeadlineOutcomeKind answerKind = answerKind(user, command, answered);
        if (answerKind != null) {
            recordOn(user, answered, new RecordOutcome(answerKind, letter.datedOn() != null
                    ? letter.datedOn() : registeredOn, null, id), today);
        }
        entityManager.flush();
        return view(letter, deadline, today);
    }

    /**
     * Corrects the facts of a letter the caller last saw at {@code expectedVersion}. Our duty to answer an incoming
     * letter, once registered, is not undone by a correction that leaves it out (it ends with an outcome: answered,
     * refused, forwarded, or no answer expected); a correction that states it may change its rule, date or
     * extensions.
     */
    @Transactional
    public LetterView update(UUID id, long expectedVersion, LetterDetails changed) {
        HuquqUser user = CurrentUser.require();
        Letter letter = writable(user, id);
        if (letter.getVersion() != expectedVersion) {
            throw new StaleVersionException(expectedVersion, letter.getVersion());
        }
        LocalDate today = LocalDate.now();
        LetterDetails details = normalise(user, changed);
        if (letter.getDirection() == LetterDirection.INCOMING && letter.expectsReply() && !details.expectsReply()) {
            details = details.withReply(true, letter.getReplyRule(), letter.getReplyBySetByHand(),
                    letter.extensions());
        }
        List<FieldProblem> problems = new ArrayList<>();
        details = withOurRule(user, letter.getDirection(), details, problems);
        validate(user, id, letter.getDirection(), details, null, today, letter, problems);
        ReplyDeadline deadline = replyDeadline(letter.getDirection(), letter.getRegisteredOn(), details, problems,
                letter);
        throwIfAny(problems);
        checkProtection(user, details);
        UUID oldThread = letter.getThreadId();
        letter.apply(details, threadOf(user, id, details), user.username());
        derive(letter, deadline, today);
        if (!letter.getThreadId().equals(oldThread)) {
            moveFollowers(letter);
        }
        flush(expectedVersion);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, id, AuditOutcome.SUCCESS, describe(letter, details));
        return view(letter, deadline, today);
    }

    /**
     * Records what came of a letter's request for an answer (theirs to our letter, or ours to theirs); outcomes are
     * never changed afterwards.
     */
    @Transactional
    public LetterView recordOutcome(UUID id, long expectedVersion, RecordOutcome outcome) {
        HuquqUser user = CurrentUser.require();
        Letter letter = writable(user, id);
        if (letter.getVersion() != expectedVersion) {
            throw new StaleVersionException(expectedVersion, letter.getVersion());
        }
        LocalDate today = LocalDate.now();
        recordOn(user, letter, outcome, today);
        flush(expectedVersion);
        return view(letter, deadlineOf(letter), today);
    }

    /**
     * Says that the sender of an incoming letter expects our answer: the letter gets its reply-by date under the rule
     * of the letters received in our country, and joins the overdue list and reminders when it passes. Audited as a
     * correction; nothing changes when it already expects our answer.
     */
    @Transactional
    public LetterView expectOurAnswer(UUID id, long expectedVersion) {
        HuquqUser user = CurrentUser.require();
        Letter letter = writable(user, id);
        if (letter.getDirection() != LetterDirection.INCOMING) {
            throw new InvalidInputException("expectsReply", ERROR + "ourAnswerOnlyToIncoming");
        }
        if (letter.expectsReply()) {
            return view(letter, deadlineOf(letter), LocalDate.now());
        }
        return update(id, expectedVersion, letter.toView(null, null).details().withReply(true, null, null,
                List.of()));
    }

    /** Keeps a translation with its original letter. */
    @Transactional
    public LetterView addTranslation(UUID id, long expectedVersion, LetterTranslationView translation) {
        HuquqUser user = CurrentUser.require();
        Letter letter = writable(user, id);
        if (letter.getVersion() != expectedVersion) {
            throw new StaleVersionException(expectedVersion, letter.getVersion());
        }
        List<FieldProblem> problems = new ArrayList<>();
        String language = blankToNull(translation.language());
        if (language == null || !LANGUAGE.matcher(language).matches()) {
            problems.add(new FieldProblem("language", ERROR + "language"));
        } else if (language.equals(letter.getLanguage()) || letter.hasTranslationIn(language)) {
            problems.add(new FieldProblem("language", ERROR + "translationExists"));
        }
        if (blankToNull(translation.body()) == null) {
            problems.add(new FieldProblem("body", ERROR + "translationBodyRequired"));
        }
        if (blankToNull(translation.translator()) == null) {
            problems.add(new FieldProblem("translator", ERROR + "translatorRequired"));
        }
        LocalDate today = LocalDate.now();
        if (translation.translatedOn() == null) {
            problems.add(new FieldProblem("translatedOn", ERROR + "translatedOnRequired"));
        } else if (translation.translatedOn().isAfter(today)) {
            problems.add(new FieldProblem("translatedOn", ERROR + "future"));
        }
        throwIfAny(problems);
        letter.addTranslation(new LetterTranslationView(language, blankToNull(translation.subject()),
                translation.body().strip(), translation.translator().strip(), translation.translatedOn()),
                user.username());
        flush(expectedVersion);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, id, AuditOutcome.SUCCESS, "translation " + language);
        return view(letter, deadlineOf(letter), today);
    }

    /**
     * Keeps a scan or file with the letter: stored once under its SHA-256, its type sniffed from the content and
     * refused when the name claims another one, or when it is not a document type, empty or larger than
     * {@link #MAX_ATTACHMENT_BYTES}.
     */
    @Transactional
    public LetterView attach(UUID id, long expectedVersion, InputStream content, String fileName) {
        HuquqUser user = CurrentUser.require();
        Letter letter = writable(user, id);
        if (letter.getVersion() != expectedVersion) {
            throw new StaleVersionException(expectedVersion, letter.getVersion());
        }
        String name = FileNames.clean(fileName);
        if (name == null || name.length() > 255) {
            throw new InvalidInputException(FileStore.FIELD, ERROR + "fileName");
        }
        StoredFile stored = files.store(content, name, FileTypes.DOCUMENTS, MAX_ATTACHMENT_BYTES);
        letter.addAttachment(name, stored.sha256(), stored.size(), stored.mediaType(), user.username());
        flush(expectedVersion);
        // the file by its digest: its name may say what the letter is about
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, id, AuditOutcome.SUCCESS, "attachment sha256 " + stored.sha256());
        return view(letter, deadlineOf(letter), LocalDate.now());
    }

    /** One of the letter's files, to read; the read is audited, as a file is the letter itself. */
    @Transactional
    public LetterFile attachment(UUID id, int index) {
        HuquqUser user = CurrentUser.require();
        Letter letter = readable(user, id);
        List<LetterAttachmentView> attachments = letter.toView(null, null).attachments();
        if (index < 0 || index >= attachments.size()) {
            throw new NotFoundException(AUDIT_TYPE, id + "/attachments/" + index);
        }
        LetterAttachmentView attachment = attachments.get(index);
        audit.record(AuditAction.READ, AUDIT_TYPE, id, AuditOutcome.SUCCESS, "attachment sha256 " + attachment.sha256());
        return new LetterFile(attachment, files.open(attachment.sha256()));
    }

    /** A letter the caller may read, with its reply state today; reading a confidential one is audited. */
    @Transactional
    public LetterView get(UUID id) {
        HuquqUser user = CurrentUser.require();
        Letter letter = readable(user, id);
        if (letter.confidentiality().isAuditedOnRead()) {
            audit.record(AuditAction.READ, AUDIT_TYPE, id, AuditOutcome.SUCCESS, null);
        }
        return view(letter, deadlineOf(letter), LocalDate.now());
    }

    /**
     * A follow-up to an outgoing letter still awaiting an answer, drafted from the template in the letter's own
     * language (English when there is none in it): it cites every unanswered letter of the chain to the same
     * counterpart, oldest first, by number and date.
     */
    @Transactional(readOnly = true)
    public FollowUpDraft followUpDraft(UUID id) {
        HuquqUser user = CurrentUser.require();
        Letter letter = readable(user, id);
        LocalDate today = LocalDate.now();
        LetterView view = view(letter, deadlineOf(letter), today);
        if (view.direction() != LetterDirection.OUTGOING || view.replyStatus() == null
                || !view.replyStatus().state().isOpen()) {
            throw new InvalidInputException("followsUpId", ERROR + "nothingToFollowUp");
        }
        Locale language = Locale.forLanguageTag(letter.getLanguage());
        DateTimeFormatter dates = DateTimeFormatter.ofPattern("d MMMM yyyy", language);
        List<String> cited = chain(id).stream()
                .filter(l -> l.direction() == LetterDirection.OUTGOING && l.counterpartId().equals(view.counterpartId())
                        && l.state() != null && l.state().isOpen() && l.sentOn() != null)
                .map(l -> messages.getMessage("correspondence.followUp.citation",
                        new Object[] { l.reference(), dates.format(l.sentOn()) }, language))
                .toList();
        String subject = messages.getMessage("correspondence.followUp.subject", new Object[] { view.subject() },
                language);
        String body = messages.getMessage("correspondence.followUp.body",
                new Object[] { String.join(", ", cited), view.subject() }, language);
        return new FollowUpDraft(id, view.reference(), view.counterpartId(), letter.getLanguage(), subject, body,
                view.replyRule(), cited);
    }

    /** Whether a letter with this id exists for the caller (for records that cite it); not audited. */
    @Transactional(readOnly = true)
    public boolean isReadable(UUID id) {
        HuquqUser user = CurrentUser.require();
        return letters.findByIdAndInstitutionId(id, user.institutionId())
                .filter(letter -> access.canRead(user, letter)).isPresent();
    }

    /** The id of the letter with this registry number, if the caller may read it. */
    @Transactional(readOnly = true)
    public java.util.Optional<UUID> findByReference(String reference) {
        HuquqUser user = CurrentUser.require();
        if (reference == null || reference.isBlank()) {
            return java.util.Optional.empty();
        }
        return letters.findByInstitutionIdAndReference(user.institutionId(),
                reference.strip().toUpperCase(java.util.Locale.ROOT))
                .filter(letter -> access.canRead(user, letter)).map(Letter::getId);
    }

    /** The letter's chain (the letters it answers or follows up, and theirs), as far as the caller may read it. */
    @Transactional(readOnly = true)
    public List<LetterSummary> chain(UUID id) {
        HuquqUser user = CurrentUser.require();
        Letter letter = readable(user, id);
        ReadScope scope = access.readScope(user);
        return summaries(letters.findThread(user.institutionId(), letter.getThreadId(), OPEN_LEVELS,
                Confidentiality.CONFIDENTIAL, scope.allConfidential(), Confidentiality.STRICTLY_CONFIDENTIAL,
                scope.allStrict(), scope.teamsForQuery(), PageRequest.of(0, MAX_CHAIN)), LocalDate.now());
    }

    /**
     * The newest letters the caller may read that are linked to a person, a place or another letter: at most
     * {@code limit}, and one more if there are more (the caller shows {@code limit} and says others exist).
     */
    @Transactional(readOnly = true)
    public List<LetterSummary> linkedTo(LetterLinkKind kind, UUID targetId, int limit) {
        HuquqUser user = CurrentUser.require();
        ReadScope scope = access.readScope(user);
        int bounded = Math.max(1, Math.min(limit, MAX_PAGE_SIZE));
        return summaries(letters.findReadableLinkedTo(user.institutionId(), OPEN_LEVELS, Confidentiality.CONFIDENTIAL,
                scope.allConfidential(), Confidentiality.STRICTLY_CONFIDENTIAL, scope.allStrict(),
                scope.teamsForQuery(), kind, targetId, PageRequest.of(0, bounded + 1)), LocalDate.now());
    }

    /**
     * The letters the caller may read that match the filter's direction, counterpart and registration period, newest
     * registration first, a keyset page after {@code after} ({@code null} for the first), counted up to
     * {@link #COUNT_LIMIT}. Letters registered while a reader pages never shift the pages still to come. Text is
     * searched by {@link #search}. A period that ends before it starts is refused ({@link InvalidInputException} on
     * {@code to}).
     *
     * @throws IllegalArgumentException when the filter has text
     */
    @Transactional(readOnly = true)
    public KeysetPage<LetterSummary> find(LetterFilter filter, DateCursor after, int size) {
        if (filter.hasText()) {
            throw new IllegalArgumentException("text is searched by relevance, in numbered pages: search(...)");
        }
        HuquqUser user = CurrentUser.require();
        checkPeriod(filter.from(), filter.to());
        int limit = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        ReadScope scope = access.readScope(user);
        LocalDate from = filter.from() == null ? EARLIEST : filter.from();
        LocalDate to = filter.to() == null ? LATEST : filter.to();
        // a period that ends at the cursor: the database seeks there, and reads no letter of the pages before
        LocalDate upTo = after == null || after.date().isAfter(to) ? to : after.date();
        List<Letter> found = letters.findReadable(user.institutionId(), OPEN_LEVELS, Confidentiality.CONFIDENTIAL,
                scope.allConfidential(), Confidentiality.STRICTLY_CONFIDENTIAL, scope.allStrict(),
                scope.teamsForQuery(), filter.direction(), filter.counterpartId(), from, upTo, after == null,
                after == null ? upTo : after.date(), after == null ? Ids.NONE : after.id(),
                PageRequest.of(0, KeysetPage.fetchSize(limit)));
        int counted = letters.findReadableIds(user.institutionId(), OPEN_LEVELS, Confidentiality.CONFIDENTIAL,
                scope.allConfidential(), Confidentiality.STRICTLY_CONFIDENTIAL, scope.allStrict(),
                scope.teamsForQuery(), filter.direction(), filter.counterpartId(), from, to,
                PageRequest.of(0, COUNT_LIMIT + 1)).size();
        KeysetPage<Letter> page = KeysetPage.of(found, limit,
                letter -> DateCursor.of(letter.getRegisteredOn(), letter.getId()).toString());
        return summarised(page, LocalDate.now()).counted(counted, COUNT_LIMIT);
    }

    /**
     * The letters the caller may read whose subject, summary or either number holds the filter's text, best match
     * first, in numbered pages from the search index (relevance has no column to seek by), with the filter's
     * direction, counterpart and period; counted up to {@link #COUNT_LIMIT}. A period that ends before it starts is
     * refused ({@link InvalidInputException} on {@code to}).
     */
    @Transactional(readOnly = true)
    public LetterPage search(LetterFilter filter, int page, int size) {
        ReadScope scope = access.readScope(CurrentUser.require());
        checkPeriod(filter.from(), filter.to());
        int boundedSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int boundedPage = NumberedPages.page(page, boundedSize);
        if (!filter.hasText() || !SearchAnalysis.isSearchable(filter.text())) {
            return new LetterPage(List.of(), boundedPage, boundedSize, 0, true);
        }
        return search(scope, filter, boundedPage, boundedSize, LocalDate.now());
    }

    /**
     * Letters the caller may read whose answer is still awaited past their reply-by date on {@code on}, longest
     * overdue first, both ways: outgoing letters they owe us an answer to, and incoming ones we owe an answer to;
     * optionally of one counterpart or one owner. A keyset page after {@code after} ({@code null} for the first),
     * counted up to {@link #COUNT_LIMIT}.
     */
    @Transactional(readOnly = true)
    public KeysetPage<LetterSummary> overdue(LocalDate on, UUID counterpartId, String owner, DateCursor after,
            int size) {
        return overdue(on, null, counterpartId, owner, after, size);
    }

    /**
     * As {@link #overdue(LocalDate, UUID, String, DateCursor, int)}, of one direction when {@code direction} is
     * given: {@link LetterDirection#OUTGOING} for the answers they owe us, {@link LetterDirection#INCOMING} for ours.
     */
    @Transactional(readOnly = true)
    public KeysetPage<LetterSummary> overdue(LocalDate on, LetterDirection direction, UUID counterpartId,
            String owner, DateCursor after, int size) {
        HuquqUser user = CurrentUser.require();
        int limit = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        ReadScope scope = access.readScope(user);
        LocalDate day = on == null ? LocalDate.now() : on;
        AwaitingQuery query = new AwaitingQuery(user.institutionId(), day, OPEN_LEVELS, scope.allConfidential(),
                scope.allStrict(), scope.teamsForQuery(), direction, counterpartId, blankToNull(owner));
        List<Letter> found = letters.awaiting(query, after, KeysetPage.fetchSize(limit));
        int counted = letters.countAwaiting(query, COUNT_LIMIT + 1);
        KeysetPage<Letter> page = KeysetPage.of(found, limit,
                letter -> DateCursor.of(letter.getAwaitingReplyBy(), letter.getId()).toString());
        return summarised(page, day).counted(counted, COUNT_LIMIT);
    }

    /** A page of letters as summaries, with their reply states on {@code on}. */
    private KeysetPage<LetterSummary> summarised(KeysetPage<Letter> page, LocalDate on) {
        return new KeysetPage<>(summaries(page.items(), on), page.next());
    }

    /**
     * The counterpart's scorecard for letters dated from {@code from} to {@code to}, with reply states as of
     * {@code on}: every letter of the period the caller may read counts, read as a projection in two queries.
     */
    @Transactional(readOnly = true)
    public Scorecard scorecard(UUID counterpartId, LocalDate from, LocalDate to, LocalDate on) {
        HuquqUser user = CurrentUser.require();
        if (!counterparts.exists(counterpartId)) {
            throw new NotFoundException("Counterpart", counterpartId);
        }
        checkPeriod(from, to);
        LocalDate day = on == null ? LocalDate.now() : on;
        LocalDate last = to == null ? day : to;
        LocalDate first = from == null ? last.minusYears(5).withDayOfYear(1) : from;
        if (first.isAfter(last)) {
            // a start after the day the period ends by default (today, or the day asked about)
            throw new InvalidInputException("from", ERROR + "periodReversed");
        }
        ReadScope scope = access.readScope(user);
        List<ScorecardRow> rows = letters.findExchanged(user.institutionId(), counterpartId, first, last,
                OPEN_LEVELS, Confidentiality.CONFIDENTIAL, scope.allConfidential(),
                Confidentiality.STRICTLY_CONFIDENTIAL, scope.allStrict(), scope.teamsForQuery());
        Map<UUID, List<ReplyDeadlineOutcome>> outcomes = letters.findExchangedOutcomes(user.institutionId(),
                counterpartId, first, last).stream().collect(Collectors.groupingBy(ScorecardOutcome::letterId,
                        Collectors.mapping(ScorecardOutcome::toOutcome, Collectors.toList())));
        Map<String, ReplyRuleView> byCode = rules.rules().stream()
                .collect(Collectors.toMap(ReplyRuleView::code, Function.identity()));
        List<Scorecards.Entry> entries = rows.stream().map(row -> new Scorecards.Entry(row, row.expectsReply()
                ? ReplyDeadlines.status(byCode.get(row.replyRule()), row.replyBy(),
                        outcomes.getOrDefault(row.id(), List.of()), day)
                : null)).toList();
        return Scorecards.of(counterpartId, first, last, day, entries);
    }


    /**
     * Derives again the reply-by dates of the institution's letters under a rule it changed, in the transaction that
     * changed it (by a member of that institution, whose version of the rule the arithmetic reads), a page at a time.
     * Other institutions' letters keep their dates: the change is not theirs.
     */
    @EventListener
    void on(ReplyRuleChanged changed) {
        LocalDate today = LocalDate.now();
        UUID after = new UUID(0, 0);
        while (true) {
            List<UUID> ids = letters.findIdsUnderRule(changed.institutionId(), changed.code(), after,
                    PageRequest.of(0, 500));
            if (ids.isEmpty()) {
                return;
            }
            for (Letter letter : letters.findAllById(ids)) {
                try {
                    derive(letter, deadlineOf(letter), today);
                } catch (InvalidInputException e) {
                    // the letter's facts no longer fit the rule (say, an extension it now forbids): its page says
                    // so when opened; its stored dates stay as they were
                    log.warn("letter {} no longer fits rule {}: {}", letter.getReference(), changed.code(),
                            e.problems());
                }
            }
            letters.flush();
            entityManager.clear();
            after = ids.get(ids.size() - 1);
        }
    }

    public boolean canCreate() {
        return access.isEditor(CurrentUser.require());
    }

    public boolean canEdit(LetterView letter) {
        HuquqUser user = CurrentUser.require();
        return access.canWrite(user, new Protection(user.institutionId(), letter.confidentiality(), letter.teamId()));
    }

    /** The teams a letter can be assigned to. */
    @Transactional(readOnly = true)
    public List<TeamSummary> teams() {
        return identity.teams(CurrentUser.require().institutionId());
    }

    /** The active users of the caller's institution, who can own a letter. */
    @Transactional(readOnly = true)
    public List<UserSummary> owners() {
        return identity.users(CurrentUser.require().institutionId()).stream().filter(UserSummary::enabled).toList();
    }

    private static final Set<Confidentiality> OPEN_LEVELS = EnumSet.of(Confidentiality.PUBLIC,
            Confidentiality.INTERNAL);

    private LetterPage search(ReadScope scope, LetterFilter filter, int page, int size, LocalDate today) {
        SearchResult<Letter> result = Search.session(entityManager).search(Letter.class)
                .where((f, root) -> {
                    root.add(f.match().field("institutionId").matching(scope.institutionId()));
                    root.add(scope.toPredicate(f));
                    root.add(textMatches(f, filter.text()));
                    if (filter.direction() != null) {
                        root.add(f.match().field("direction").matching(filter.direction()));
                    }
                    if (filter.counterpartId() != null) {
                        root.add(f.match().field("counterpartId").matching(filter.counterpartId()));
                    }
                    if (filter.from() != null || filter.to() != null) {
                        root.add(f.range().field("registeredOn").between(filter.from(), filter.to()));
                    }
                })
                .totalHitCountThreshold(COUNT_LIMIT)
                .fetch(page * size, size);
        return new LetterPage(summaries(result.hits(), today), page, size,
                result.total().isHitCountExact() ? result.total().hitCount()
                        : Math.max(COUNT_LIMIT, result.total().hitCountLowerBound()),
                result.total().isHitCountExact());
    }

    /**
     * Search text against a letter: either number whole (best), or every word as a part of either number
     * ("OUT-2025", "0005"), or every word in the subject or summary, as typed or in another script ("Krokus" for
     * "Крокус"), whole or as the start of a word. Text without a letter or digit matches nothing.
     */
    private static SearchPredicate textMatches(SearchPredicateFactory f, String typed) {
        String text = typed.strip();
        List<String> words = Arrays.stream(text.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty()) {
            return f.matchNone().toPredicate();
        }
        return f.or().with(any -> {
            any.add(f.match().fields("reference", "theirReference").matching(text).boost(10));
            any.add(f.and().with(all -> words.forEach(word -> all.add(
                    f.match().fields("reference_parts", "theirReference_parts").matching(word)))).boost(5));
            any.add(f.and().with(all -> words.forEach(word -> {
                String latin = LatinKey.of(word);
                all.add(f.or().with(either -> {
                    either.add(f.match().fields("subject", "summary").matching(word).boost(2));
                    if (!latin.isEmpty()) {
                        either.add(f.match().field("text_latin").matching(latin));
                        either.add(f.match().field("text_latin_prefix").matching(latin).boost(0.5f));
                    }
                }));
            })));
        }).toPredicate();
    }

    private List<LetterSummary> summaries(List<Letter> found, LocalDate on) {
        List<ReplyDeadlineStatus> statuses = statuses(found, on);
        List<LetterSummary> summaries = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            summaries.add(found.get(i).toSummary(statuses.get(i)));
        }
        return summaries;
    }

    /** Each letter's reply state on {@code on} (null for one that expects no answer), the rules looked up once. */
    private List<ReplyDeadlineStatus> statuses(List<Letter> found, LocalDate on) {
        Map<String, ReplyRuleView> byCode = rules.rules().stream()
                .collect(Collectors.toMap(ReplyRuleView::code, Function.identity()));
        return found.stream().map(letter -> statusOf(letter, byCode, on)).toList();
    }

    private static ReplyDeadlineStatus statusOf(Letter letter, Map<String, ReplyRuleView> rules, LocalDate on) {
        if (!letter.expectsReply()) {
            return null;
        }
        return ReplyDeadlines.status(rules.get(letter.getReplyRule()), letter.getReplyBy(), letter.outcomes(), on);
    }

    private void recordOn(HuquqUser user, Letter letter, RecordOutcome outcome, LocalDate today) {
        if (!access.canWrite(user, letter)) {
            throw new AccessDeniedToWrite("Your roles do not allow changing this letter");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (!letter.expectsReply()) {
            problems.add(new FieldProblem("kind", ERROR + "noAnswerExpected"));
        }
        if (outcome.kind() == null) {
            problems.add(new FieldProblem("kind", ERROR + "outcomeKindRequired"));
        }
        if (outcome.on() == null) {
            problems.add(new FieldProblem("on", ERROR + "outcomeDateRequired"));
        } else if (outcome.on().isAfter(today)) {
            problems.add(new FieldProblem("on", ERROR + "future"));
        } else if (letter.datedOn() != null && outcome.on().isBefore(letter.datedOn())) {
            problems.add(new FieldProblem("on", ERROR + "outcomeBeforeLetter",
                    List.of(letter.getReference(), letter.datedOn())));
        }
        if (outcome.answerLetterId() != null && !outcome.answerLetterId().equals(letter.getId())) {
            Letter answer = letters.findByIdAndInstitutionId(outcome.answerLetterId(), user.institutionId())
                    .filter(found -> access.canRead(user, found)).orElse(null);
            if (answer == null) {
                problems.add(new FieldProblem("answerLetterId", ERROR + "letterNotFound"));
            }
        }
        throwIfAny(problems);
        letter.recordOutcome(outcome.kind(), outcome.on(), blankToNull(outcome.note()), outcome.answerLetterId(),
                user.username());
        // a forwarding may move the reply-by date; any outcome may end the wait
        derive(letter, deadlineOf(letter), today);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, letter.getId(), AuditOutcome.SUCCESS,
                "outcome " + outcome.kind() + " on " + outcome.on());
    }

    /**
     * Writes the changes of a letter read at {@code expectedVersion}; another writer who read the same version and
     * saved first makes this one stale, as a stale If-Match would.
     */
    private void flush(long expectedVersion) {
        try {
            letters.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new StaleVersionException(expectedVersion, expectedVersion + 1);
        }
    }

    /** Stores the derived reply-by date, and whether an answer is still awaited as of today. */
    private void derive(Letter letter, ReplyDeadline deadline, LocalDate today) {
        if (deadline == null) {
            letter.derived(null, null);
            return;
        }
        ReplyDeadlineStatus now = deadlines.status(letter.getReplyRule(), deadline.replyBy(), letter.outcomes(),
                today);
        letter.derived(deadline.replyBy(), now.respondedOn());
    }

    /** The reply-by date of the answer the letter expects (theirs or ours), or null for none or not sent yet. */
    private ReplyDeadline deadlineOf(Letter letter) {
        if (!letter.expectsReply()) {
            return null;
        }
        if (letter.getDirection() == LetterDirection.INCOMING) {
            return deadlines.replyByUs(letter.getReplyRule(), letter.replyFacts());
        }
        return letter.getSentOn() == null ? null : deadlines.replyBy(letter.getReplyRule(), letter.replyFacts());
    }

    /**
     * The reply-by date the details give (null when no answer is expected or our letter is not sent yet), with the
     * rule's problems renamed to the letter's fields; {@code existing} contributes its recorded forwarding.
     */
    private ReplyDeadline replyDeadline(LetterDirection direction, LocalDate registeredOn, LetterDetails details,
            List<FieldProblem> problems, Letter existing) {
        if (direction == null || !details.expectsReply() || details.replyRule() == null) {
            // a missing rule was reported by withOurRule
            return null;
        }
        boolean ours = direction == LetterDirection.INCOMING;
        if (!ours && details.sentOn() == null) {
            return null;
        }
        LocalDate forwardedOn = existing == null ? null : existing.replyFacts().forwardedOn();
        ReplyDeadlineFacts facts = Letter.replyFacts(direction, details, registeredOn, forwardedOn);
        try {
            return ours ? deadlines.replyByUs(details.replyRule(), facts)
                    : deadlines.replyBy(details.replyRule(), facts);
        } catch (InvalidInputException e) {
            e.problems().stream().map(p -> new FieldProblem(letterField(direction, p.field()), p.messageKey(),
                    p.arguments())).filter(p -> !problems.contains(p)).forEach(problems::add);
            return null;
        }
    }

    /** The letter's field a fact of the reply-by arithmetic comes from; an incoming letter's are our own dates. */
    private static String letterField(LetterDirection direction, String deadlineField) {
        return switch (deadlineField) {
            case "rule" -> "replyRule";
            case "setByHand" -> "replyBySetByHand";
            case "registeredOn" -> direction == LetterDirection.INCOMING ? "registeredOn" : "recipientRegisteredOn";
            case "deliveredOn" -> direction == LetterDirection.INCOMING ? "receivedOn" : "deliveredOn";
            default -> deadlineField;
        };
    }

    /**
     * The details with the rule of our own answer filled in: for an incoming letter that expects our answer and names
     * no rule, the rule of the letters received in our institution's country; a problem when there is none.
     */
    private LetterDetails withOurRule(HuquqUser user, LetterDirection direction, LetterDetails details,
            List<FieldProblem> problems) {
        if (!details.expectsReply() || details.replyRule() != null) {
            return details;
        }
        if (direction != LetterDirection.INCOMING) {
            problems.add(new FieldProblem("replyRule", ERROR + "replyRuleRequired"));
            return details;
        }
        java.util.Optional<ReplyRuleView> ours = identity.institutionCountry(user.institutionId())
                .flatMap(rules::defaultForReceived);
        if (ours.isEmpty()) {
            problems.add(new FieldProblem("replyRule", ERROR + "noRuleForReceived"));
            return details;
        }
        return details.withReply(true, ours.get().code(), details.replyBySetByHand(), details.extensions());
    }

    /**
     * The outcome a new letter records on the letter it answers: the one stated; else, for our own letter in reply to
     * one still awaiting our answer, an answer in substance (when the caller may change that letter); else none.
     */
    private ReplyDeadlineOutcomeKind answerKind(HuquqUser user, RegisterLetter command, Letter answered) {
        if (answered == null || command.answerKind() != null) {
            return answered == null ? null : command.answerKind();
        }
        boolean ourAnswer = command.direction() == LetterDirection.OUTGOING
                && answered.getDirection() == LetterDirection.INCOMING && answered.isAwaitingAnswer();
        return ourAnswer && access.canWrite(user, answered) ? ReplyDeadlineOutcomeKind.ANSWERED : null;
    }

    /**
     * Checks every fact; returns the readable letter this one answers, or null. Problems are collected, not thrown,
     * so that the caller reports all of them at once.
     */
    private Letter validate(HuquqUser user, UUID id, LetterDirection direction, LetterDetails details,
            ReplyDeadlineOutcomeKind answerKind, LocalDate today, Letter existing, List<FieldProblem> problems) {
        if (direction == null) {
            problems.add(new FieldProblem("direction", ERROR + "directionRequired"));
            throwIfAny(problems);
        }
        if (details.counterpartId() == null) {
            problems.add(new FieldProblem("counterpartId", ERROR + "counterpartRequired"));
        } else if (!counterparts.exists(details.counterpartId())) {
            problems.add(new FieldProblem("counterpartId", ERROR + "counterpartNotFound"));
        }
        if (details.subject() == null) {
            problems.add(new FieldProblem("subject", ERROR + "subjectRequired"));
        }
        if (details.channel() == null) {
            problems.add(new FieldProblem("channel", ERROR + "channelRequired"));
        } else if (vocabularies.find(CHANNELS, details.channel()).isEmpty()) {
            problems.add(new FieldProblem("channel", ERROR + "channel"));
        }
        if (details.language() == null || !LANGUAGE.matcher(details.language()).matches()) {
            problems.add(new FieldProblem("language", ERROR + "language"));
        }
        checkDates(direction, details, today, problems);
        Letter answered = related(user, id, "inReplyToId", details.inReplyToId(), problems);
        if (answered != null) {
            if (answered.getDirection() == direction) {
                problems.add(new FieldProblem("inReplyToId", ERROR + "answersSameDirection",
                        List.of(answered.getReference())));
            }
            LocalDate dated = datedOn(details);
            if (dated != null && answered.datedOn() != null && dated.isBefore(answered.datedOn())) {
                problems.add(new FieldProblem(details.sentOn() != null ? "sentOn" : "theirDate",
                        ERROR + "answerBeforeLetter", List.of(answered.getReference(), answered.datedOn())));
            }
        }
        if (answerKind != null) {
            if (answered == null || !answered.expectsReply()) {
                problems.add(new FieldProblem("answerKind", ERROR + "answerKindWithoutLetter"));
            } else if (!access.canWrite(user, answered)) {
                problems.add(new FieldProblem("answerKind", ERROR + "answeredNotWritable"));
            }
        }
        Letter followed = related(user, id, "followsUpId", details.followsUpId(), problems);
        if (followed != null && followed.getDirection() != direction) {
            // ours follow up ours (a reminder we sent), theirs follow up theirs (a reminder they sent)
            problems.add(new FieldProblem("followsUpId", ERROR + "followsUpOtherSide"));
        }
        checkNoCycle(user, id, details, problems);
        checkLinks(user, id, details, existing, problems);
        if (details.owner() != null && owners().stream().noneMatch(u -> u.username().equals(details.owner()))) {
            problems.add(new FieldProblem("owner", ERROR + "owner"));
        }
        if (details.teamId() != null
                && identity.teams(user.institutionId()).stream().noneMatch(t -> t.id().equals(details.teamId()))) {
            problems.add(new FieldProblem("teamId", ERROR + "team"));
        }
        return answered;
    }

    private static void checkDates(LetterDirection direction, LetterDetails details, LocalDate today,
            List<FieldProblem> problems) {
        Map<String, LocalDate> dates = new java.util.LinkedHashMap<>();
        dates.put("theirDate", details.theirDate());
        dates.put("signedOn", details.signedOn());
        dates.put("sentOn", details.sentOn());
        dates.put("deliveredOn", details.deliveredOn());
        dates.put("receivedOn", details.receivedOn());
        dates.put("recipientRegisteredOn", details.recipientRegisteredOn());
        dates.forEach((field, date) -> {
            if (date != null && date.isAfter(today)) {
                problems.add(new FieldProblem(field, ERROR + "future"));
            }
        });
        if (details.signedOn() != null && details.sentOn() != null && details.sentOn().isBefore(details.signedOn())) {
            problems.add(new FieldProblem("sentOn", ERROR + "sentBeforeSigned"));
        }
        if (details.sentOn() != null && details.receivedOn() != null
                && details.receivedOn().isBefore(details.sentOn())) {
            problems.add(new FieldProblem("receivedOn", ERROR + "receivedBeforeSent"));
        }
        if (direction == LetterDirection.INCOMING && details.theirDate() != null && details.receivedOn() != null
                && details.receivedOn().isBefore(details.theirDate())) {
            problems.add(new FieldProblem("receivedOn", ERROR + "receivedBeforeDated"));
        }
    }

    /** The letter named by a relation field, readable by the caller and not this letter itself; else a problem. */
    private Letter related(HuquqUser user, UUID id, String field, UUID relatedId, List<FieldProblem> problems) {
        if (relatedId == null) {
            return null;
        }
        if (relatedId.equals(id)) {
            problems.add(new FieldProblem(field, ERROR + "itself"));
            return null;
        }
        Letter related = letters.findByIdAndInstitutionId(relatedId, user.institutionId())
                .filter(found -> access.canRead(user, found)).orElse(null);
        if (related == null) {
            problems.add(new FieldProblem(field, ERROR + "letterNotFound"));
        }
        return related;
    }

    /**
     * Refuses a letter that would answer or follow up one of its own successors: walking up from the letters it
     * answers and follows up must never reach it.
     */
    private void checkNoCycle(HuquqUser user, UUID id, LetterDetails details, List<FieldProblem> problems) {
        for (String field : List.of("inReplyToId", "followsUpId")) {
            UUID start = field.equals("inReplyToId") ? details.inReplyToId() : details.followsUpId();
            Set<UUID> seen = new HashSet<>();
            List<UUID> pending = new ArrayList<>();
            if (start != null && !start.equals(id)) {
                pending.add(start);
            }
            while (!pending.isEmpty() && seen.size() < MAX_CHAIN) {
                UUID next = pending.remove(pending.size() - 1);
                if (next.equals(id)) {
                    problems.add(new FieldProblem(field, ERROR + "cycle"));
                    break;
                }
                if (seen.add(next)) {
                    letters.findByIdAndInstitutionId(next, user.institutionId()).ifPresent(letter -> {
                        if (letter.getInReplyToId() != null) {
                            pending.add(letter.getInReplyToId());
                        }
                        if (letter.getFollowsUpId() != null) {
                            pending.add(letter.getFollowsUpId());
                        }
                    });
                }
            }
        }
    }

    /**
     * Checks that every newly linked person, place and letter exists for the caller. Links the letter already has are
     * not checked again: a user who may not see one of them keeps it when correcting the letter.
     */
    private void checkLinks(HuquqUser user, UUID id, LetterDetails details, Letter existing,
            List<FieldProblem> problems) {
        if (details.personIds().size() + details.placeIds().size() + details.letterIds().size() > MAX_LINKS) {
            problems.add(new FieldProblem("personIds", ERROR + "tooManyLinks", List.of(MAX_LINKS)));
            return;
        }
        checkNew("personIds", details.personIds(), existing, LetterLinkKind.PERSON,
                target -> exists(() -> persons.get(target)), ERROR + "personNotFound", problems);
        checkNew("placeIds", details.placeIds(), existing, LetterLinkKind.PLACE,
                target -> exists(() -> places.get(target)), ERROR + "placeNotFound", problems);
        checkNew("letterIds", details.letterIds(), existing, LetterLinkKind.LETTER,
                target -> !target.equals(id) && letters.findByIdAndInstitutionId(target, user.institutionId())
                        .filter(found -> access.canRead(user, found)).isPresent(),
                ERROR + "letterNotFound", problems);
    }

    private static void checkNew(String field, List<UUID> targets, Letter existing, LetterLinkKind kind,
            java.util.function.Predicate<UUID> found, String messageKey, List<FieldProblem> problems) {
        List<UUID> linked = existing == null ? List.of() : existing.linked(kind);
        for (int i = 0; i < targets.size(); i++) {
            if (!linked.contains(targets.get(i)) && !found.test(targets.get(i))) {
                problems.add(new FieldProblem(field + "[" + i + "]", messageKey));
            }
        }
    }

    private static boolean exists(Runnable read) {
        try {
            read.run();
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    /**
     * Refuses a second registration of the same incoming letter, naming the first one to a user who may read it; to
     * others the number is not told, as it would say what another team keeps.
     */
    private void checkNotRegisteredBefore(HuquqUser user, LetterDirection direction, LetterDetails details,
            List<FieldProblem> problems) {
        if (direction != LetterDirection.INCOMING || details.theirReference() == null
                || details.theirDate() == null || details.counterpartId() == null) {
            return;
        }
        letters.findFirstByInstitutionIdAndDirectionAndCounterpartIdAndTheirReferenceAndTheirDate(
                user.institutionId(), direction, details.counterpartId(), details.theirReference(),
                details.theirDate())
                .ifPresent(first -> problems.add(access.canRead(user, first)
                        ? new FieldProblem("theirReference", ERROR + "alreadyRegistered", List.of(first.getReference()))
                        : new FieldProblem("theirReference", ERROR + "alreadyRegisteredUnreadable")));
    }

    private void checkProtection(HuquqUser user, LetterDetails details) {
        if (!access.isEditor(user)) {
            throw new AccessDeniedToWrite("Your roles do not allow registering letters");
        }
        if (!access.canWrite(user, new Protection(user.institutionId(), details.confidentiality(),
                details.teamId()))) {
            // the user would lock themselves out of the letter they are saving
            throw new InvalidInputException("confidentiality", ERROR + "lockout");
        }
    }

    /** The chain a letter joins: that of the letter it answers, else of the one it follows up, else its own. */
    private UUID threadOf(HuquqUser user, UUID id, LetterDetails details) {
        UUID parent = details.inReplyToId() != null ? details.inReplyToId() : details.followsUpId();
        if (parent == null) {
            return id;
        }
        return letters.findByIdAndInstitutionId(parent, user.institutionId()).map(Letter::getThreadId).orElse(id);
    }

    /** After a letter moved to another chain, moves the letters that answer or follow it up, and theirs. */
    private void moveFollowers(Letter moved) {
        List<Letter> pending = new ArrayList<>(letters.findNext(moved.getId()));
        Set<UUID> seen = new HashSet<>();
        while (!pending.isEmpty() && seen.size() < MAX_CHAIN) {
            Letter next = pending.remove(pending.size() - 1);
            if (seen.add(next.getId())) {
                next.moveToThread(moved.getThreadId());
                pending.addAll(letters.findNext(next.getId()));
            }
        }
    }

    private Letter readable(HuquqUser user, UUID id) {
        return letters.findByIdAndInstitutionId(id, user.institutionId())
                .filter(letter -> access.canRead(user, letter))
                .orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
    }

    private Letter writable(HuquqUser user, UUID id) {
        Letter letter = readable(user, id);
        if (!access.canWrite(user, letter)) {
            throw new AccessDeniedToWrite("Your roles do not allow changing this letter");
        }
        return letter;
    }

    private LetterView view(Letter letter, ReplyDeadline deadline, LocalDate on) {
        ReplyDeadlineStatus status = letter.expectsReply()
                ? deadlines.status(letter.getReplyRule(), deadline == null ? null : deadline.replyBy(),
                        letter.outcomes(), on)
                : null;
        return letter.toView(deadline, status);
    }

    /** Trims text, drops blanks, de-duplicates links and takes the caller as owner when none is named. */
    private static LetterDetails normalise(HuquqUser user, LetterDetails d) {
        String owner = blankToNull(d.owner());
        return new LetterDetails(d.counterpartId(), blankToNull(d.theirReference()), d.theirDate(), d.signedOn(),
                d.sentOn(), d.deliveredOn(), d.receivedOn(), blankToNull(d.channel()), blankToNull(d.signatory()),
                blankToNull(d.subject()), blankToNull(d.summary()), blankToNull(d.body()),
                blankToNull(d.language()) == null ? null : d.language().strip().toLowerCase(java.util.Locale.ROOT),
                d.inReplyToId(), d.followsUpId(), d.expectsReply(), blankToNull(d.replyRule()),
                d.replyBySetByHand(), d.recipientRegisteredOn(), d.extensions(), distinct(d.personIds()),
                distinct(d.placeIds()), distinct(d.letterIds()), owner == null ? user.username() : owner,
                d.confidentiality(), d.teamId());
    }

    private static List<UUID> distinct(List<UUID> ids) {
        return ids.stream().filter(Objects::nonNull).distinct().toList();
    }

    private static LocalDate datedOn(LetterDetails details) {
        return details.sentOn() != null ? details.sentOn()
                : details.signedOn() != null ? details.signedOn() : details.theirDate();
    }

    /** The letter's number, the fields given and the level: never its subject, text or their number. */
    private static String describe(Letter letter, LetterDetails details) {
        return String.join(" | ", letter.getReference(), letter.getDirection().name(),
                AuditDetails.fieldsGiven(details), "level " + details.confidentiality());
    }

    private static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A period that ends before it starts is a mistake to show beside its end, not an empty answer. */
    static void checkPeriod(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException("to", ERROR + "periodReversed");
        }
    }
}
