package org.huquq.correspondence;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

import org.huquq.audit.AuditAction;
import org.huquq.audit.AuditLog;
import org.huquq.audit.AuditOutcome;
import org.huquq.correspondence.LinkedPerson;
import org.huquq.correspondence.LinkedPlace;
import org.huquq.correspondence.domain.Communication;
import org.huquq.correspondence.domain.CommunicationRepository;
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
import org.huquq.shared.RecordNumbers;
import org.huquq.shared.Protection;
import org.huquq.shared.StaleVersionException;
import org.huquq.shared.TypedText;
import org.huquq.shared.Vocabularies;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The communications log: calls and meetings with counterpart institutions (the phone call that replaced a failed
 * visit), recorded, changed, read and listed as the signed-in user. A call the user may not read does not exist for
 * them ({@link NotFoundException}), in the list as on its own. Linked persons and places are checked and shown
 * through their modules: one the user may not see is refused as not found when linking, left out when showing, and
 * kept when someone who cannot see it changes the call. Input is normalised (NFC, trimmed) and checked as a whole: on
 * any problem an {@link InvalidInputException} names every field at fault and nothing is saved. Every change, and
 * every read of a confidential call, is audited in the same transaction.
 */
@Service
public class CommunicationManagement {

    public static final int MAX_PAGE_SIZE = 100;

    /** At most this many participants per call or meeting. */
    public static final int MAX_PARTICIPANTS = 30;

    /** At most this many linked persons, and as many linked places, per call or meeting. */
    public static final int MAX_LINKS = 20;

    /** How many calls and meetings a counterpart's page lists. */
    public static final int LATEST_WITH_COUNTERPART = 5;

    /** The vocabulary of kinds of communication (phone call, video call, meeting...). */
    public static final String KINDS = "communication-kind";

    static final String AUDIT_TYPE = "Communication";
    /** The series of the institution's numbers that references are made of. */
    static final String REFERENCE_SERIES = "CALL";

    /**
     * The latest calendar date anywhere on earth: a call made today in Dushanbe is not in the future for a server
     * that still counts yesterday in UTC.
     */
    private static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(14);

    /** No call is recorded before this day, nor, for the list's date range, after the other. */
    private static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST_DATE = LocalDate.of(9999, 12, 31);
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Set<Confidentiality> OPEN_LEVELS = EnumSet.of(Confidentiality.PUBLIC,
            Confidentiality.INTERNAL);

    private final CommunicationRepository communications;
    private final CounterpartManagement counterparts;
    private final LinkedRecords links;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final IdentityManagement identity;
    private final Vocabularies vocabularies;
    private final EntityManager entityManager;
    private final RecordNumbers numbers;

    CommunicationManagement(CommunicationRepository communications, CounterpartManagement counterparts,
            LinkedRecords links, AccessPolicy access, AuditLog audit, IdentityManagement identity,
            Vocabularies vocabularies, EntityManager entityManager, RecordNumbers numbers) {
        this.numbers = numbers;
        this.communications = communications;
        this.counterparts = counterparts;
        this.links = links;
        this.access = access;
        this.audit = audit;
        this.identity = identity;
        this.vocabularies = vocabularies;
        this.entityManager = entityManager;
    }

    /**
     * Records a call or meeting with the next reference ({@code CALL-000123}).
     *
     * @throws InvalidInputException on any bad field, including a counterpart, person or place the user cannot see
     *         ({@code personIds[0]}: not found), and a confidentiality level and team that would lock the user out
     * @throws AccessDeniedToWrite when the user's roles do not allow changes
     */
    @Transactional
    public CommunicationView create(CommunicationDetails details) {
        HuquqUser user = requireEditor();
        Checked checked = check(user, details);
        String reference = String.format(Locale.ROOT, "CALL-%06d",
                numbers.next(user.institutionId(), REFERENCE_SERIES, RecordNumbers.EVERY_YEAR));
        Communication communication = new Communication(user.institutionId(), reference, checked.details(),
                user.username());
        // persist, not save: with its id already assigned, save would take it for an existing row and merge it
        entityManager.persist(communication);
        communications.flush();
        CommunicationView view = communication.toView(checked.persons(), checked.places());
        audit.record(AuditAction.CREATE, AUDIT_TYPE, communication.getId(), AuditOutcome.SUCCESS,
                describe(reference, checked.details()));
        return view;
    }

    /**
     * Changes a call or meeting that the caller last saw at {@code expectedVersion}. Linked persons and places the
     * caller cannot see stay linked.
     *
     * @throws StaleVersionException when someone changed it since
     * @throws NotFoundException when the caller may not read it
     * @throws AccessDeniedToWrite when the caller may read but not change it
     */
    @Transactional
    public CommunicationView update(UUID id, long expectedVersion, CommunicationDetails details) {
        HuquqUser user = requireEditor();
        Communication communication = readable(user, id);
        if (!access.canWrite(user, communication)) {
            throw new AccessDeniedToWrite("Your roles do not allow changing this call or meeting");
        }
        if (communication.getVersion() != expectedVersion) {
            throw new StaleVersionException(expectedVersion, communication.getVersion());
        }
        Checked checked = check(user, details);
        List<UUID> keptPersons = communication.personIds().stream()
                .filter(person -> !checked.details().personIds().contains(person) && links.person(person).isEmpty())
                .toList();
        List<UUID> keptPlaces = communication.placeIds().stream()
                .filter(place -> !checked.details().placeIds().contains(place) && links.place(place).isEmpty())
                .toList();
        communication.apply(checked.details(), keptPersons, keptPlaces, user.username());
        communications.flush();
        CommunicationView view = communication.toView(checked.persons(), checked.places());
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, communication.getId(), AuditOutcome.SUCCESS,
                describe(communication.getReference(), checked.details()));
        return view;
    }

    /** Whether a call or meeting with this id exists for the caller (for records that cite it); not audited. */
    @Transactional(readOnly = true)
    public boolean isReadable(UUID id) {
        HuquqUser user = CurrentUser.require();
        return communications.findByIdAndInstitutionId(id, user.institutionId())
                .filter(communication -> access.canRead(user, communication)).isPresent();
    }

    /** A call or meeting the caller may read, with the linked records they may see; a confidential read is audited. */
    @Transactional
    public CommunicationView get(UUID id) {
        HuquqUser user = CurrentUser.require();
        Communication communication = readable(user, id);
        CommunicationView view = communication.toView(visible(communication.personIds(), this::linkedPerson),
                visible(communication.placeIds(), this::linkedPlace));
        if (communication.confidentiality().isAuditedOnRead()) {
            audit.record(AuditAction.READ, AUDIT_TYPE, communication.getId(), AuditOutcome.SUCCESS, null);
        }
        return view;
    }

    /**
     * The calls and meetings the caller may read that match the filter, newest first (by day, then time of day,
     * those without one first, as the latest of their day, then id), a keyset page of at most {@link #MAX_PAGE_SIZE} after {@code after}
     * ({@code null} for the first). Not counted: that would read every matching row of a log of a million calls.
     * Calls recorded while a reader pages never shift the pages still to come. A period that ends before it starts
     * is refused ({@link InvalidInputException} on {@code to}).
     */
    @Transactional(readOnly = true)
    public KeysetPage<CommunicationSummary> find(CommunicationFilter filter, DateCursor after, int size) {
        HuquqUser user = CurrentUser.require();
        LetterManagement.checkPeriod(filter.from(), filter.to());
        int limit = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        ReadScope scope = access.readScope(user);
        String kind = filter.kind() == null || filter.kind().isBlank() ? null : filter.kind().strip();
        LocalDate from = filter.from() == null ? EARLIEST_DATE : filter.from();
        LocalDate to = filter.to() == null ? LATEST_DATE : filter.to();
        // a period that ends at the cursor: the database seeks there, and reads no call of the pages before
        LocalDate upTo = after == null || after.date().isAfter(to) ? to : after.date();
        boolean timed = after != null && after.time() != null;
        List<CommunicationSummary> rows = communications.findReadable(scope.institutionId(), OPEN_LEVELS,
                Confidentiality.CONFIDENTIAL, scope.allConfidential(), Confidentiality.STRICTLY_CONFIDENTIAL,
                scope.allStrict(), scope.teamsForQuery(), filter.counterpartId(), kind, from, upTo, after == null,
                after == null ? upTo : after.date(), timed, timed ? after.time() : LocalTime.MIDNIGHT, after == null ? Ids.NONE : after.id(),
                PageRequest.of(0, KeysetPage.fetchSize(limit)));
        return KeysetPage.of(rows, limit,
                call -> DateCursor.of(call.occurredOn(), call.occurredTime(), call.id()).toString());
    }

    /**
     * The newest calls and meetings with a counterpart that the caller may read, for its page: at most
     * {@value #LATEST_WITH_COUNTERPART}, and one more if there are more.
     */
    @Transactional(readOnly = true)
    public List<CommunicationSummary> latestWith(UUID counterpartId) {
        return find(CommunicationFilter.with(counterpartId), null, LATEST_WITH_COUNTERPART + 1).items();
    }

    /**
     * Checks the details as {@link #create} and {@code update} do, without saving: throws with every problem. For a
     * form that has problems of its own (a picker's text naming no record), so that all are shown at once.
     */
    @Transactional(readOnly = true)
    public void validate(CommunicationDetails details) {
        check(requireEditor(), details);
    }

    /**
     * The newest calls and meetings the caller may read that concern a person ({@code person} true) or a place: at
     * most {@code limit}, and one more if there are more.
     */
    @Transactional(readOnly = true)
    public List<CommunicationSummary> concerning(boolean person, UUID id, int limit) {
        ReadScope scope = access.readScope(CurrentUser.require());
        PageRequest page = PageRequest.of(0, KeysetPage.fetchSize(Math.max(1, Math.min(limit, MAX_PAGE_SIZE))));
        return person
                ? communications.findReadableConcerningPerson(scope.institutionId(), OPEN_LEVELS,
                        Confidentiality.CONFIDENTIAL, scope.allConfidential(), Confidentiality.STRICTLY_CONFIDENTIAL,
                        scope.allStrict(), scope.teamsForQuery(), id, page)
                : communications.findReadableConcerningPlace(scope.institutionId(), OPEN_LEVELS,
                        Confidentiality.CONFIDENTIAL, scope.allConfidential(), Confidentiality.STRICTLY_CONFIDENTIAL,
                        scope.allStrict(), scope.teamsForQuery(), id, page);
    }

    /**
     * The newest calls and meetings the caller may read whose reference or subject holds the text (any case), at
     * most {@code limit}. For the search box; the log itself filters by counterpart, kind and dates.
     */
    @Transactional(readOnly = true)
    public List<CommunicationSummary> matching(String text, int limit) {
        ReadScope scope = access.readScope(CurrentUser.require());
        String escaped = text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_");
        return communications.findReadableMatching(scope.institutionId(), OPEN_LEVELS, Confidentiality.CONFIDENTIAL,
                scope.allConfidential(), Confidentiality.STRICTLY_CONFIDENTIAL, scope.allStrict(),
                scope.teamsForQuery(), "%" + escaped + "%", PageRequest.of(0, Math.max(1, Math.min(limit,
                        MAX_PAGE_SIZE)))).getContent();
    }

    /** True when the signed-in user may record calls and meetings. */
    public boolean canCreate() {
        return access.isEditor(CurrentUser.require());
    }

    /** True when the signed-in user may change this call or meeting. */
    public boolean canEdit(CommunicationView communication) {
        HuquqUser user = CurrentUser.require();
        return access.canWrite(user,
                new Protection(user.institutionId(), communication.confidentiality(), communication.teamId()));
    }

    /** The teams a call or meeting can be assigned to. */
    @Transactional(readOnly = true)
    public List<TeamSummary> teams() {
        return identity.teams(CurrentUser.require().institutionId());
    }

    private HuquqUser requireEditor() {
        HuquqUser user = CurrentUser.require();
        if (!access.isEditor(user)) {
            throw new AccessDeniedToWrite("Your roles do not allow recording calls and meetings");
        }
        return user;
    }

    private Communication readable(HuquqUser user, UUID id) {
        return communications.findByIdAndInstitutionId(id, user.institutionId())
                .filter(communication -> access.canRead(user, communication))
                .orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
    }

    private Optional<LinkedPerson> linkedPerson(UUID id) {
        return links.person(id);
    }

    private Optional<LinkedPlace> linkedPlace(UUID id) {
        return links.place(id);
    }

    private static <T> List<T> visible(Collection<UUID> ids, Function<UUID, Optional<T>> lookup) {
        return ids.stream().distinct().map(lookup).flatMap(Optional::stream).toList();
    }

    /** Normalised details with the linked records resolved, as the user may see them. */
    private record Checked(CommunicationDetails details, List<LinkedPerson> persons, List<LinkedPlace> places) {
    }

    /**
     * Normalises the details and checks every rule; returns them with the linked records resolved, or throws with
     * every problem found. The user must be an editor.
     */
    private Checked check(HuquqUser user, CommunicationDetails typed) {
        List<FieldProblem> problems = new ArrayList<>();
        String kind = TypedText.checkedLine(typed.kind(), "kind", 60, problems);
        String subject = TypedText.checkedLine(typed.subject(), "subject", 300, problems);
        String summary = TypedText.checkedText(typed.summary(), "summary", 8000, problems);
        String outcome = TypedText.checkedText(typed.outcome(), "outcome", 4000, problems);
        String language = TypedText.checkedLine(typed.language(), "language", 8, problems);

        if (kind == null) {
            problems.add(new FieldProblem("kind", "web.validation.required"));
        } else if (!vocabularies.isActive(KINDS, kind)) {
            problems.add(new FieldProblem("kind", "correspondence.communications.error.kind"));
        }
        LocalDate occurredOn = typed.occurredOn();
        if (occurredOn == null) {
            problems.add(new FieldProblem("occurredOn", "web.validation.required"));
        } else if (occurredOn.isAfter(LocalDate.now(EARLIEST_ZONE))) {
            problems.add(new FieldProblem("occurredOn", "correspondence.communications.error.future"));
        } else if (occurredOn.isBefore(EARLIEST_DATE)) {
            problems.add(new FieldProblem("occurredOn", "correspondence.communications.error.tooEarly"));
        }
        checkCounterpart(typed.counterpartId(), problems);
        List<CommunicationParticipant> participants = participants(typed.participants(), problems);
        if (subject == null) {
            problems.add(new FieldProblem("subject", "web.validation.required"));
        }
        if (summary == null) {
            problems.add(new FieldProblem("summary", "web.validation.required"));
        }
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            problems.add(new FieldProblem("language", "shared.error.language"));
        }
        List<LinkedPerson> persons = linked(typed.personIds(), "personIds", this::linkedPerson, problems);
        List<LinkedPlace> places = linked(typed.placeIds(), "placeIds", this::linkedPlace, problems);
        if (typed.confidentiality() == null) {
            problems.add(new FieldProblem("confidentiality", "web.validation.required"));
        }
        if (typed.teamId() != null
                && identity.teams(user.institutionId()).stream().noneMatch(t -> t.id().equals(typed.teamId()))) {
            problems.add(new FieldProblem("teamId", "correspondence.communications.error.team"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!access.canWrite(user, new Protection(user.institutionId(), typed.confidentiality(), typed.teamId()))) {
            // the user would lock themselves out of the record they are saving
            throw new InvalidInputException("confidentiality", "correspondence.communications.error.lockout");
        }
        CommunicationDetails clean = new CommunicationDetails(kind, occurredOn, typed.occurredTime(),
                typed.counterpartId(), participants, subject, summary, outcome, language,
                persons.stream().map(LinkedPerson::id).toList(), places.stream().map(LinkedPlace::id).toList(),
                typed.confidentiality(), typed.teamId());
        return new Checked(clean, persons, places);
    }

    /** The counterpart must be in the caller's registry; its module answers "not found" for any other. */
    private void checkCounterpart(UUID counterpartId, List<FieldProblem> problems) {
        if (counterpartId == null) {
            problems.add(new FieldProblem("counterpartId", "web.validation.required"));
            return;
        }
        try {
            counterparts.get(counterpartId);
        } catch (NotFoundException e) {
            problems.add(new FieldProblem("counterpartId", "correspondence.communications.error.counterpart"));
        }
    }

    private static List<CommunicationParticipant> participants(List<CommunicationParticipant> typed,
            List<FieldProblem> problems) {
        if (typed.size() > MAX_PARTICIPANTS) {
            problems.add(new FieldProblem("participants", "correspondence.communications.error.tooManyParticipants"));
            return List.of();
        }
        List<CommunicationParticipant> participants = new ArrayList<>();
        boolean faulty = false;
        for (int i = 0; i < typed.size(); i++) {
            CommunicationParticipant participant = typed.get(i);
            if (participant == null || participant.hasNothing()) {
                continue;
            }
            String prefix = "participants[" + i + "].";
            int before = problems.size();
            String name = TypedText.checkedLine(participant.name(), prefix + "name", 200, problems);
            String role = TypedText.checkedLine(participant.role(), prefix + "role", 200, problems);
            if (name != null && !TypedText.hasLetter(name)) {
                problems.add(new FieldProblem(prefix + "name", "shared.error.noLetters"));
            }
            if (participant.side() == null) {
                problems.add(new FieldProblem(prefix + "side", "web.validation.required"));
            }
            faulty |= problems.size() > before;
            participants.add(new CommunicationParticipant(name, participant.side(), role));
        }
        if (participants.isEmpty() && !faulty) {
            problems.add(new FieldProblem("participants", "correspondence.communications.error.participantRequired"));
        }
        return participants;
    }

    /**
     * The linked records, each resolved through its module as the user; one the user may not see is reported as not
     * found at its index ({@code personIds[2]}), exactly like one that does not exist. Repeats are dropped.
     */
    private static <T> List<T> linked(List<UUID> typed, String field, Function<UUID, Optional<T>> lookup,
            List<FieldProblem> problems) {
        if (typed.size() > MAX_LINKS) {
            problems.add(new FieldProblem(field, "correspondence.communications.error.tooManyLinks"));
            return List.of();
        }
        List<T> found = new ArrayList<>();
        Set<UUID> seen = new LinkedHashSet<>();
        for (int i = 0; i < typed.size(); i++) {
            UUID id = typed.get(i);
            if (id == null) {
                problems.add(new FieldProblem(field + "[" + i + "]", "web.validation.required"));
            } else if (seen.add(id)) {
                Optional<T> record = lookup.apply(id);
                if (record.isPresent()) {
                    found.add(record.get());
                } else {
                    problems.add(new FieldProblem(field + "[" + i + "]",
                            "correspondence.communications.error.linkNotFound"));
                }
            }
        }
        return found;
    }

    /** What the audit trail keeps: no subject or notes, which may be more confidential than the auditor's reach. */
    private static String describe(String reference, CommunicationDetails details) {
        return String.join(" | ", reference, details.kind(), details.occurredOn().toString(),
                "counterpart " + details.counterpartId(), details.confidentiality().name(),
                "team " + details.teamId(), details.participants().size() + " participant(s)",
                details.personIds().size() + " person(s)", details.placeIds().size() + " place(s)");
    }
}
