package org.huquq.detention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.huquq.audit.AuditAction;
import org.huquq.audit.AuditLog;
import org.huquq.audit.AuditOutcome;
import org.huquq.correspondence.CommunicationManagement;
import org.huquq.correspondence.LetterManagement;
import org.huquq.detention.domain.DetaineeRequest;
import org.huquq.detention.domain.DetaineeRequestRepository;
import org.huquq.detention.domain.PersonFacts;
import org.huquq.detention.domain.RequestStep;
import org.huquq.detention.domain.RequestStepRepository;
import org.huquq.identity.AccessPolicy;
import org.huquq.identity.AccessPolicy.ReadScope;
import org.huquq.identity.CurrentUser;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.IdentityManagement;
import org.huquq.identity.UserSummary;
import org.huquq.people.PersonManagement;
import org.huquq.people.PersonView;
import org.huquq.shared.AccessDeniedToWrite;
import org.huquq.shared.Confidentiality;
import org.huquq.shared.DateCursor;
import org.huquq.shared.Ids;
import org.huquq.shared.InvalidInputException;
import org.huquq.shared.InvalidInputException.FieldProblem;
import org.huquq.shared.KeysetPage;
import org.huquq.shared.NotFoundException;
import org.huquq.shared.Protection;
import org.huquq.shared.RecordNumbers;
import org.huquq.shared.StaleVersionException;
import org.huquq.shared.TypedText;
import org.huquq.shared.Vocabularies;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The requests detainees raise (to go home, for medical care, for food and water...), and the dated steps that are
 * their only way to change status, as commitments' follow-ups are. A request is as confidential as its person; one the
 * caller may not read does not exist for them. A request to go home is what a transfer file starts from.
 */
@Service
public class DetaineeRequestManagement {

    public static final int MAX_PAGE_SIZE = 100;

    public static final int COUNT_LIMIT = 1000;

    /** The vocabulary of kinds of request. */
    public static final String KINDS = "detainee-request-kind";

    /** The kind of request to serve the rest of a sentence at home. */
    public static final String TRANSFER_HOME = "TRANSFER_HOME";

    static final String AUDIT_TYPE = "DetaineeRequest";
    static final String STEP_AUDIT_TYPE = "DetaineeRequestStep";
    static final String REFERENCE_SERIES = "DETAINEE_REQUEST";

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Set<Confidentiality> OPEN = EnumSet.of(Confidentiality.PUBLIC, Confidentiality.INTERNAL);
    private static final Set<RequestStatus> FINAL = EnumSet.of(RequestStatus.SATISFIED, RequestStatus.REFUSED,
            RequestStatus.WITHDRAWN);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private final DetaineeRequestRepository requests;
    private final RequestStepRepository steps;
    private final DetentionManagement detentions;
    private final PersonManagement persons;
    private final LetterManagement letters;
    private final CommunicationManagement communications;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final IdentityManagement identity;
    private final Vocabularies vocabularies;
    private final EntityManager entityManager;
    private final RecordNumbers numbers;

    DetaineeRequestManagement(DetaineeRequestRepository requests, RequestStepRepository steps,
            DetentionManagement detentions, PersonManagement persons, LetterManagement letters,
            CommunicationManagement communications, AccessPolicy access, AuditLog audit, IdentityManagement identity,
            Vocabularies vocabularies, EntityManager entityManager, RecordNumbers numbers) {
        this.requests = requests;
        this.steps = steps;
        this.detentions = detentions;
        this.persons = persons;
        this.letters = letters;
        this.communications = communications;
        this.access = access;
        this.audit = audit;
        this.identity = identity;
        this.vocabularies = vocabularies;
        this.entityManager = entityManager;
        this.numbers = numbers;
    }

    /**
     * Records a request with the next reference ({@code REQ-000123}), received and with no step yet.
     *
     * @throws InvalidInputException on any bad field, naming each
     * @throws AccessDeniedToWrite when the user's roles do not allow changes
     */
    @Transactional
    public RequestView create(RequestDetails details) {
        HuquqUser user = requireEditor();
        Checked checked = check(user, details);
        String reference = String.format(Locale.ROOT, "REQ-%06d",
                numbers.next(user.institutionId(), REFERENCE_SERIES, RecordNumbers.EVERY_YEAR));
        DetaineeRequest request = new DetaineeRequest(user.institutionId(), reference, checked.details(),
                checked.person(), user.username());
        entityManager.persist(request);
        requests.flush();
        audit.record(AuditAction.CREATE, AUDIT_TYPE, request.getId(), AuditOutcome.SUCCESS,
                describe(request));
        return request.toView();
    }

    /**
     * Changes the stated facts of a request the caller last saw at {@code expectedVersion}; its status is not among
     * them.
     */
    @Transactional
    public RequestView update(UUID id, long expectedVersion, RequestDetails details) {
        HuquqUser user = CurrentUser.require();
        DetaineeRequest request = lockedForChange(user, id, expectedVersion);
        Checked checked = check(user, details);
        request.apply(checked.details(), checked.person(), user.username());
        flush(expectedVersion);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, request.getId(), AuditOutcome.SUCCESS, describe(request));
        return request.toView();
    }

    /** Checks the details as {@link #create} does, without saving. */
    @Transactional(readOnly = true)
    public void validate(RequestDetails details) {
        check(requireEditor(), details);
    }

    /** A request the caller may read; reading a confidential one is audited. */
    @Transactional
    public RequestView get(UUID id) {
        HuquqUser user = CurrentUser.require();
        DetaineeRequest request = readable(user, id);
        if (request.confidentiality().isAuditedOnRead()) {
            audit.record(AuditAction.READ, AUDIT_TYPE, request.getId(), AuditOutcome.SUCCESS, null);
        }
        return request.toView();
    }

    /**
     * Records a step on a request the caller last saw at {@code expectedVersion}: its status follows the step with
     * the latest date, and its version moves on.
     */
    @Transactional
    public RequestView addStep(UUID id, long expectedVersion, RequestStepDetails details) {
        HuquqUser user = CurrentUser.require();
        DetaineeRequest request = lockedForChange(user, id, expectedVersion);
        List<FieldProblem> problems = new ArrayList<>();
        String note = TypedText.checkedText(details.note(), "note", 4000, problems);
        if (note == null) {
            problems.add(new FieldProblem("note", "web.validation.required"));
        }
        if (details.on() == null) {
            problems.add(new FieldProblem("on", "web.validation.required"));
        } else if (details.on().isBefore(request.getAskedOn())) {
            problems.add(new FieldProblem("on", "detention.error.stepBeforeAsked",
                    List.of(request.getAskedOn().toString())));
        } else if (details.on().isAfter(detentions.today())) {
            problems.add(new FieldProblem("on", "detention.error.future"));
        }
        if (details.status() == null) {
            problems.add(new FieldProblem("status", "web.validation.required"));
        } else if (!details.status().isReportable()) {
            problems.add(new FieldProblem("status", "detention.error.statusNotReportable"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        RequestStep step = new RequestStep(request.getId(), new RequestStepDetails(details.on(), details.status(),
                note), user.username());
        entityManager.persist(step);
        request.recordStep(step, user.username());
        flush(expectedVersion);
        audit.record(AuditAction.CREATE, STEP_AUDIT_TYPE, step.getId(), AuditOutcome.SUCCESS,
                String.join(" | ", request.getReference(), details.on().toString(), details.status().name()));
        return request.toView();
    }

    /** The steps of a request the caller may read, the latest first. */
    @Transactional(readOnly = true)
    public List<RequestStepView> steps(UUID id) {
        DetaineeRequest request = readable(CurrentUser.require(), id);
        return steps.findNewestFirst(request.getId()).stream().map(RequestStep::toView).toList();
    }

    /**
     * The requests the caller may read that match the filter, the most recently asked first, a keyset page after
     * {@code after} ({@code null} for the first), counted up to {@link #COUNT_LIMIT}.
     */
    @Transactional(readOnly = true)
    public KeysetPage<RequestView> find(RequestFilter filter, DateCursor after, int size) {
        HuquqUser user = CurrentUser.require();
        int limit = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        if (!access.canSeeIdentities(user)) {
            return new KeysetPage<RequestView>(List.of(), null).counted(0, COUNT_LIMIT);
        }
        ReadScope scope = access.readScope(user);
        String kind = TypedText.line(filter.kind());
        List<DetaineeRequest> rows = requests.findReadable(user.institutionId(), OPEN, Confidentiality.CONFIDENTIAL,
                scope.allConfidential(), Confidentiality.STRICTLY_CONFIDENTIAL, scope.allStrict(),
                scope.teamsForQuery(), kind, filter.status(), filter.open(), FINAL, filter.personId(),
                filter.sourceId(), after == null, after == null ? LATEST : after.date(),
                after == null ? Ids.NONE : after.id(), PageRequest.of(0, KeysetPage.fetchSize(limit)));
        int counted = requests.findReadableIds(user.institutionId(), OPEN, Confidentiality.CONFIDENTIAL,
                scope.allConfidential(), Confidentiality.STRICTLY_CONFIDENTIAL, scope.allStrict(),
                scope.teamsForQuery(), kind, filter.status(), filter.open(), FINAL, filter.personId(),
                filter.sourceId(), PageRequest.of(0, COUNT_LIMIT + 1)).size();
        return KeysetPage.of(rows, limit, r -> DateCursor.of(r.getAskedOn(), r.getId()).toString())
                .map(DetaineeRequest::toView).counted(counted, COUNT_LIMIT);
    }

    /** The users of the caller's institution a request can be owned by. */
    @Transactional(readOnly = true)
    public List<UserSummary> owners() {
        return identity.users(CurrentUser.require().institutionId());
    }

    public boolean canCreate() {
        return access.isEditor(CurrentUser.require());
    }

    public boolean canEdit(RequestView request) {
        HuquqUser user = CurrentUser.require();
        return access.canWrite(user, new Protection(user.institutionId(), request.confidentiality(),
                request.teamId()));
    }

    /** Takes a person's new number, name and confidentiality onto their requests. */
    @Transactional
    public void personChanged(PersonView person) {
        List<DetaineeRequest> found = requests.findByPersonId(person.id());
        if (!found.isEmpty()) {
            PersonFacts facts = PersonFacts.of(person, null);
            found.forEach(request -> request.describe(facts));
        }
    }

    /** Moves the requests of {@code fromPerson} to {@code toPerson}, or back when a merge is undone. */
    @Transactional
    public void personsMerged(UUID fromPerson, UUID toPerson, boolean undo) {
        List<DetaineeRequest> moved = undo ? requests.findByRecordedPersonId(fromPerson).stream()
                .filter(request -> request.getPersonId().equals(toPerson)).toList()
                : requests.findByPersonId(fromPerson);
        UUID target = undo ? fromPerson : toPerson;
        if (moved.isEmpty()) {
            return;
        }
        PersonView person = persons.readable(List.of(target)).get(target);
        if (person != null) {
            PersonFacts facts = PersonFacts.of(person, null);
            moved.forEach(request -> request.moveTo(target, facts));
        }
    }

    private HuquqUser requireEditor() {
        HuquqUser user = CurrentUser.require();
        if (!access.isEditor(user)) {
            throw new AccessDeniedToWrite("Your roles do not allow recording requests");
        }
        return user;
    }

    private DetaineeRequest readable(HuquqUser user, UUID id) {
        if (!access.canSeeIdentities(user)) {
            throw new NotFoundException(AUDIT_TYPE, id);
        }
        return requests.findByIdAndInstitutionId(id, user.institutionId())
                .filter(request -> access.canRead(user, request))
                .orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
    }

    private DetaineeRequest lockedForChange(HuquqUser user, UUID id, long expectedVersion) {
        if (!access.canSeeIdentities(user)) {
            throw new NotFoundException(AUDIT_TYPE, id);
        }
        DetaineeRequest request = requests.findForUpdate(id, user.institutionId())
                .filter(found -> access.canRead(user, found))
                .orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
        if (!access.canWrite(user, request)) {
            throw new AccessDeniedToWrite("Your roles do not allow changing this request");
        }
        if (request.getVersion() != expectedVersion) {
            throw new StaleVersionException(expectedVersion, request.getVersion());
        }
        return request;
    }

    private void flush(long expectedVersion) {
        try {
            requests.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new StaleVersionException(expectedVersion, expectedVersion + 1);
        }
    }

    private record Checked(RequestDetails details, PersonFacts person) {
    }

    private Checked check(HuquqUser user, RequestDetails typed) {
        List<FieldProblem> problems = new ArrayList<>();
        PersonView person = null;
        if (typed.personId() == null) {
            problems.add(new FieldProblem("personId", "web.validation.required"));
        } else {
            person = persons.readable(List.of(typed.personId())).get(typed.personId());
            if (person == null || person.mergedInto() != null) {
                problems.add(new FieldProblem("personId", "detention.error.person"));
                person = null;
            } else if (!access.canWrite(user, new Protection(user.institutionId(), person.confidentiality(),
                    person.teamId()))) {
                problems.add(new FieldProblem("personId", "detention.error.personNotWritable"));
            }
        }
        if (typed.detentionId() != null) {
            boolean ofThePerson = detentions.isReadable(typed.detentionId()) && person != null
                    && person.id().equals(detentions.get(typed.detentionId()).personId());
            if (!ofThePerson) {
                problems.add(new FieldProblem("detentionId", "detention.error.detentionOfAnother"));
            }
        }
        String kind = TypedText.checkedLine(typed.kind(), "kind", 60, problems);
        if (kind == null) {
            problems.add(new FieldProblem("kind", "web.validation.required"));
        } else if (!vocabularies.isActive(KINDS, kind)) {
            problems.add(new FieldProblem("kind", "detention.error.requestKind"));
        }
        String askedBy = TypedText.checkedLine(typed.askedBy(), "askedBy", 300, problems);
        if (typed.askedOn() == null) {
            problems.add(new FieldProblem("askedOn", "web.validation.required"));
        } else if (typed.askedOn().isAfter(detentions.today())) {
            problems.add(new FieldProblem("askedOn", "detention.error.future"));
        }
        if (typed.raisedIn() == null) {
            problems.add(new FieldProblem("raisedIn", "web.validation.required"));
        }
        String sourceReference = TypedText.checkedLine(typed.sourceReference(), "sourceReference", 300, problems);
        if (typed.sourceId() != null) {
            boolean found = typed.raisedIn() != null && switch (typed.raisedIn()) {
                case LETTER -> letters.isReadable(typed.sourceId());
                case CALL -> communications.isReadable(typed.sourceId());
                default -> false;
            };
            if (!found) {
                problems.add(new FieldProblem("sourceId", "detention.error.sourceNotFound"));
            }
        }
        String words = TypedText.checkedText(typed.words(), "words", 8000, problems);
        if (words == null) {
            problems.add(new FieldProblem("words", "web.validation.required"));
        }
        String language = TypedText.checkedLine(typed.wordsLanguage(), "wordsLanguage", 3, problems);
        if (language == null) {
            problems.add(new FieldProblem("wordsLanguage", "web.validation.required"));
        } else if (language.length() <= 3 && !LANGUAGES.contains(language)) {
            problems.add(new FieldProblem("wordsLanguage", "detention.error.language"));
        }
        if (typed.ownerId() != null && identity.findUser(user.institutionId(), typed.ownerId()).isEmpty()) {
            problems.add(new FieldProblem("ownerId", "detention.error.owner"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        RequestDetails clean = new RequestDetails(typed.personId(), typed.detentionId(), kind, askedBy,
                typed.askedOn(), typed.raisedIn(), typed.raisedIn() == RaisedIn.LETTER
                        || typed.raisedIn() == RaisedIn.CALL ? typed.sourceId() : null,
                sourceReference, words, language, typed.ownerId());
        return new Checked(clean, PersonFacts.of(person, null));
    }

    /** What the audit trail keeps of a request: its number, kind and day, never who asked or what they said. */
    private static String describe(DetaineeRequest request) {
        return String.join(" | ", request.getReference(), request.getKind(), request.getAskedOn().toString());
    }
}
