package org.huquq.detention;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.IntFunction;

import jakarta.persistence.EntityManager;

import org.huquq.audit.AuditAction;
import org.huquq.audit.AuditLog;
import org.huquq.audit.AuditOutcome;
import org.huquq.detention.domain.Detention;
import org.huquq.detention.domain.DetentionRepository;
import org.huquq.detention.domain.PersonFacts;
import org.huquq.detention.domain.PlaceFacts;
import org.huquq.identity.AccessPolicy;
import org.huquq.identity.AccessPolicy.ReadScope;
import org.huquq.identity.CurrentUser;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.IdentityManagement;
import org.huquq.people.PersonManagement;
import org.huquq.people.PersonView;
import org.huquq.people.Sex;
import org.huquq.people.VulnerabilityMarker;
import org.huquq.places.PlaceManagement;
import org.huquq.places.PlaceView;
import org.huquq.shared.AccessDeniedToWrite;
import org.huquq.shared.Confidentiality;
import org.huquq.shared.Countries;
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
 * Detention records and their sentences: record, change, read and list them in the registry's views, always as the
 * signed-in user. A record is exactly as confidential as its person (same level, same team): who may not read the
 * person finds no record of them ({@link NotFoundException}), in views, counts and exports alike; analysts, who never
 * see identities, find none.
 * <p>
 * A person's current record is derived: the open record (no end) that began last. The remaining term of a sentence is
 * derived for the day asked and never kept; a record still open after its release day is listed for review and closes
 * only when a person closes it. Input is normalised and checked as a whole: on any problem an
 * {@link InvalidInputException} names every field at fault and nothing is saved. Every change, and every read of a
 * confidential record, is audited in the same transaction.
 */
@Service
public class DetentionManagement {

    public static final int MAX_PAGE_SIZE = 100;

    /** The list of a view is counted up to this many records; beyond, it says "at least". */
    public static final int COUNT_LIMIT = 1000;

    /** The vocabulary of legal statuses (pre-trial, sentenced, administrative, immigration...). */
    public static final String LEGAL_STATUSES = "detention-legal-status";

    /** The legal status of a person serving a sentence, the only one a sentence is recorded for. */
    public static final String SENTENCED = "SENTENCED";

    static final String AUDIT_TYPE = "Detention";
    /** The series of the institution's numbers that references are made of. */
    static final String REFERENCE_SERIES = "DETENTION";

    private static final Set<Confidentiality> OPEN = EnumSet.of(Confidentiality.PUBLIC, Confidentiality.INTERNAL);
    private static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);
    /** The longest term in each unit a sentence is recorded with (a longer one is a typing error). */
    private static final int MAX_YEARS = 99;
    private static final int MAX_MONTHS = 1199;
    private static final int MAX_DAYS = 36_500;

    private final DetentionRepository detentions;
    private final PersonManagement persons;
    private final PlaceManagement places;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final IdentityManagement identity;
    private final Vocabularies vocabularies;
    private final EntityManager entityManager;
    private final Clock clock;
    private final RecordNumbers numbers;

    DetentionManagement(DetentionRepository detentions, PersonManagement persons, PlaceManagement places,
            AccessPolicy access, AuditLog audit, IdentityManagement identity, Vocabularies vocabularies,
            EntityManager entityManager, Clock clock, RecordNumbers numbers) {
        this.detentions = detentions;
        this.persons = persons;
        this.places = places;
        this.access = access;
        this.audit = audit;
        this.identity = identity;
        this.vocabularies = vocabularies;
        this.entityManager = entityManager;
        this.clock = clock;
        this.numbers = numbers;
    }

    /**
     * Records a detention with the next reference ({@code DET-000123}).
     *
     * @throws InvalidInputException on any bad field, naming each
     * @throws AccessDeniedToWrite when the user's roles do not allow changes
     */
    @Transactional
    public DetentionView create(DetentionDetails details) {
        return createAll(List.of(details), row -> "").get(0);
    }

    /**
     * Records many detentions in one transaction (lists from a consulate or a counterpart): all are saved, or none
     * when one is invalid; every problem of every row is reported, named {@code [row].field}.
     *
     * @throws InvalidInputException on any bad field of any row, naming each
     * @throws AccessDeniedToWrite when the user's roles do not allow changes
     */
    @Transactional
    public List<DetentionView> createAll(List<DetentionDetails> rows) {
        return createAll(rows, row -> "[" + row + "].");
    }

    private List<DetentionView> createAll(List<DetentionDetails> rows, IntFunction<String> prefix) {
        HuquqUser user = requireEditor();
        if (rows.isEmpty()) {
            return List.of();
        }
        Checked checked = check(user, rows, prefix);
        long first = numbers.next(user.institutionId(), REFERENCE_SERIES, RecordNumbers.EVERY_YEAR, rows.size());
        List<Detention> created = new ArrayList<>(rows.size());
        for (int row = 0; row < rows.size(); row++) {
            DetentionDetails clean = checked.details().get(row);
            Detention detention = new Detention(user.institutionId(), reference(first + row), clean,
                    checked.person(clean.personId()), checked.place(clean.placeId()), user.username());
            // persist, not save: with its id already assigned, save would take it for an existing row and merge it
            entityManager.persist(detention);
            created.add(detention);
        }
        detentions.flush();
        created.stream().map(Detention::getPersonId).distinct().forEach(this::deriveCurrent);
        LocalDate today = today();
        List<DetentionView> views = new ArrayList<>(created.size());
        for (Detention detention : created) {
            audit.record(AuditAction.CREATE, AUDIT_TYPE, detention.getId(), AuditOutcome.SUCCESS,
                    describe(detention));
            views.add(detention.toView(today));
        }
        return views;
    }

    /**
     * Checks the details as {@link #create} does, without saving: throws with every problem.
     *
     * @throws InvalidInputException on any bad field, naming each
     * @throws AccessDeniedToWrite when the user's roles do not allow changes
     */
    @Transactional(readOnly = true)
    public void validate(DetentionDetails details) {
        check(requireEditor(), List.of(details), row -> "");
    }

    /**
     * Changes a record that the caller last saw at {@code expectedVersion}.
     *
     * @throws StaleVersionException when someone changed it since
     * @throws NotFoundException when there is no such record the caller may read
     */
    @Transactional
    public DetentionView update(UUID id, long expectedVersion, DetentionDetails details) {
        HuquqUser user = CurrentUser.require();
        Detention detention = lockedForChange(user, id, expectedVersion);
        UUID formerPerson = detention.getPersonId();
        Checked checked = check(user, List.of(details), row -> "");
        DetentionDetails clean = checked.details().get(0);
        detention.apply(clean, checked.person(clean.personId()), checked.place(clean.placeId()), user.username());
        try {
            detentions.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new StaleVersionException(expectedVersion, expectedVersion + 1);
        }
        deriveCurrent(detention.getPersonId());
        if (!formerPerson.equals(detention.getPersonId())) {
            deriveCurrent(formerPerson);
        }
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, detention.getId(), AuditOutcome.SUCCESS, describe(detention));
        return detention.toView(today());
    }

    /** A record the caller may read; reading a confidential one is audited. */
    @Transactional
    public DetentionView get(UUID id) {
        HuquqUser user = CurrentUser.require();
        Detention detention = readable(user, id);
        if (detention.confidentiality().isAuditedOnRead()) {
            audit.record(AuditAction.READ, AUDIT_TYPE, detention.getId(), AuditOutcome.SUCCESS, null);
        }
        return detention.toView(today());
    }

    /** True when a record of this id exists that the caller may read. */
    @Transactional(readOnly = true)
    public boolean isReadable(UUID id) {
        HuquqUser user = CurrentUser.require();
        return access.canSeeIdentities(user) && detentions.findByIdAndInstitutionId(id, user.institutionId())
                .filter(detention -> access.canRead(user, detention)).isPresent();
    }

    /**
     * A registry view (see {@link RegistryView}) as the caller may read it, narrowed by the filter, the most recently
     * detained first, a keyset page of at most {@link #MAX_PAGE_SIZE} after {@code after} ({@code null} for the
     * first), counted up to {@link #COUNT_LIMIT}. Records added while a reader pages never shift the pages to come.
     *
     * @throws InvalidInputException when a filter's country or nationality is not a country code
     */
    @Transactional(readOnly = true)
    public KeysetPage<DetentionView> find(DetentionFilter filter, DateCursor after, int size) {
        HuquqUser user = CurrentUser.require();
        ViewQuery query = query(user, filter);
        int limit = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        if (query == null) {
            return new KeysetPage<DetentionView>(List.of(), null).counted(0, COUNT_LIMIT);
        }
        ReadScope scope = query.scope();
        PageRequest countLimit = PageRequest.of(0, COUNT_LIMIT + 1);
        int counted = query.is(RegistryView.REVIEW)
                ? detentions.findReviewIds(user.institutionId(), query.today(), OPEN, Confidentiality.CONFIDENTIAL,
                        scope.allConfidential(), Confidentiality.STRICTLY_CONFIDENTIAL, scope.allStrict(),
                        scope.teamsForQuery(), query.country(), filter.placeId(), query.nationalityLike(),
                        query.legalStatus(), filter.personId(), countLimit).size()
                : detentions.findViewIds(user.institutionId(), query.onlyCurrent(), query.is(RegistryView.ABROAD),
                        query.is(RegistryView.AT_HOME), query.is(RegistryView.VULNERABLE), Sex.FEMALE,
                        query.childBornAfter(), query.elderlyBornBy(), OPEN, Confidentiality.CONFIDENTIAL,
                        scope.allConfidential(), Confidentiality.STRICTLY_CONFIDENTIAL, scope.allStrict(),
                        scope.teamsForQuery(), query.country(), filter.placeId(), query.nationalityLike(),
                        query.legalStatus(), filter.personId(), countLimit).size();
        return page(user, query, after, limit).counted(counted, COUNT_LIMIT);
    }

    /**
     * Gives every record of a view the caller may read to {@code each}, in the view's order, read a page at a time so
     * that no view is held whole in memory, and audits the export as one sensitive read naming the view and the
     * number of records. Returns that number.
     *
     * @throws InvalidInputException when a filter's country or nationality is not a country code
     */
    @Transactional
    public int export(DetentionFilter filter, Consumer<DetentionView> each) {
        HuquqUser user = CurrentUser.require();
        ViewQuery query = query(user, filter);
        int exported = 0;
        DateCursor after = null;
        while (query != null) {
            KeysetPage<DetentionView> page = page(user, query, after, MAX_PAGE_SIZE);
            page.items().forEach(each);
            exported += page.items().size();
            entityManager.clear(); // the records given out are views; the entities of a page are not needed again
            if (!page.hasNext()) {
                break;
            }
            after = DateCursor.valueOf(page.next());
        }
        audit.record(AuditAction.EXPORT, AUDIT_TYPE, filter.view().name(), AuditOutcome.SUCCESS,
                filter.view().name() + " | " + exported + " records");
        return exported;
    }

    /**
     * The filter as the views read it, its country codes checked and upper-cased: for a caller that must refuse a bad
     * filter before it starts answering (an export).
     *
     * @throws InvalidInputException when a filter's country or nationality is not a country code
     */
    public DetentionFilter checked(DetentionFilter filter) {
        return new DetentionFilter(filter.view(), country(filter.country(), "country"), filter.placeId(),
                country(filter.nationality(), "nationality"), TypedText.line(filter.legalStatus()), filter.personId());
    }

    /** A registry view's query for the user: {@code null} when the user sees no identities, so no record. */
    private ViewQuery query(HuquqUser user, DetentionFilter filter) {
        String country = country(filter.country(), "country");
        String nationality = country(filter.nationality(), "nationality");
        if (!access.canSeeIdentities(user)) {
            return null;
        }
        LocalDate today = today();
        return new ViewQuery(filter, access.readScope(user), today, country,
                nationality == null ? null : "%|" + nationality + "|%", TypedText.line(filter.legalStatus()),
                today.minusYears(VulnerabilityMarker.ADULT_AGE), today.minusYears(VulnerabilityMarker.ELDERLY_AGE));
    }

    private KeysetPage<DetentionView> page(HuquqUser user, ViewQuery query, DateCursor after, int limit) {
        DetentionFilter filter = query.filter();
        ReadScope scope = query.scope();
        PageRequest fetch = PageRequest.of(0, KeysetPage.fetchSize(limit));
        if (query.is(RegistryView.REVIEW)) {
            // the longest past their release day first
            List<Detention> rows = detentions.findReview(user.institutionId(), query.today(), OPEN,
                    Confidentiality.CONFIDENTIAL, scope.allConfidential(), Confidentiality.STRICTLY_CONFIDENTIAL,
                    scope.allStrict(), scope.teamsForQuery(), query.country(), filter.placeId(),
                    query.nationalityLike(), query.legalStatus(), filter.personId(), after == null,
                    after == null ? EARLIEST : after.date(), after == null ? Ids.NONE : after.id(), fetch);
            return KeysetPage.of(rows, limit, d -> DateCursor.of(d.getReleaseOn(), d.getId()).toString())
                    .map(d -> d.toView(query.today()));
        }
        List<Detention> rows = detentions.findView(user.institutionId(), query.onlyCurrent(),
                query.is(RegistryView.ABROAD), query.is(RegistryView.AT_HOME), query.is(RegistryView.VULNERABLE),
                Sex.FEMALE, query.childBornAfter(), query.elderlyBornBy(), OPEN, Confidentiality.CONFIDENTIAL,
                scope.allConfidential(), Confidentiality.STRICTLY_CONFIDENTIAL, scope.allStrict(),
                scope.teamsForQuery(), query.country(), filter.placeId(), query.nationalityLike(),
                query.legalStatus(), filter.personId(), after == null, after == null ? LATEST : after.date(),
                after == null ? Ids.NONE : after.id(), fetch);
        return KeysetPage.of(rows, limit, d -> DateCursor.of(d.getDetainedFrom(), d.getId()).toString())
                .map(d -> d.toView(query.today()));
    }

    /** A registry view as its queries take it. */
    private record ViewQuery(DetentionFilter filter, ReadScope scope, LocalDate today, String country,
            String nationalityLike, String legalStatus, LocalDate childBornAfter, LocalDate elderlyBornBy) {

        boolean is(RegistryView view) {
            return filter.view() == view;
        }

        /** Every view but ALL lists current records only (REVIEW, every open one, has a query of its own). */
        boolean onlyCurrent() {
            return filter.view() != RegistryView.ALL;
        }
    }

    /**
     * How many of the people held at a place now the caller may read, by legal status (in the vocabulary's order of
     * codes as stored); empty when none.
     */
    @Transactional(readOnly = true)
    public Map<String, Long> heldNowAt(UUID placeId) {
        HuquqUser user = CurrentUser.require();
        Map<String, Long> counts = new LinkedHashMap<>();
        if (!access.canSeeIdentities(user)) {
            return counts;
        }
        ReadScope scope = access.readScope(user);
        detentions.countCurrentAtPlace(user.institutionId(), placeId, OPEN, Confidentiality.CONFIDENTIAL,
                scope.allConfidential(), Confidentiality.STRICTLY_CONFIDENTIAL, scope.allStrict(),
                scope.teamsForQuery()).stream()
                .sorted(Comparator.comparing(row -> (String) row[0]))
                .forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    /** Today, as the module counts days: by the application's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** True when the signed-in user may record detentions. */
    public boolean canCreate() {
        return access.isEditor(CurrentUser.require());
    }

    /** True when the signed-in user may change this record. */
    public boolean canEdit(DetentionView detention) {
        HuquqUser user = CurrentUser.require();
        return access.canWrite(user, new Protection(user.institutionId(),
                detention.confidentiality(), detention.teamId()));
    }

    /**
     * Takes a person's new facts onto the records of the person (their name, nationality, vulnerabilities and
     * confidentiality), in the transaction that changed the person.
     */
    @Transactional
    public void personChanged(PersonView person) {
        List<Detention> records = detentions.findByPerson(person.id());
        if (records.isEmpty()) {
            return;
        }
        PersonFacts facts = PersonFacts.of(person, ourCountry(records.get(0).institutionId()));
        records.forEach(record -> record.describe(facts));
    }

    /** Takes a place's new country onto the records of people held there. */
    @Transactional
    public void placeChanged(PlaceView place) {
        for (Detention record : detentions.findByPlaceId(place.id())) {
            record.locate(PlaceFacts.of(place.countryCode(), ourCountry(record.institutionId())));
        }
    }

    /**
     * Moves the records of {@code fromPerson} to {@code toPerson} (a merge; an undone merge moves back those recorded
     * for the restored person), which then holds their current record.
     */
    @Transactional
    public void personsMerged(UUID fromPerson, UUID toPerson, boolean undo) {
        List<Detention> moved = undo ? detentions.findByRecordedPersonId(fromPerson).stream()
                .filter(record -> record.getPersonId().equals(toPerson)).toList()
                : detentions.findByPerson(fromPerson);
        UUID target = undo ? fromPerson : toPerson;
        if (moved.isEmpty()) {
            return;
        }
        PersonView person = persons.readable(List.of(target)).get(target);
        if (person == null) {
            return; // the merge was made by someone who may read both; nothing else merges persons
        }
        PersonFacts facts = PersonFacts.of(person, ourCountry(moved.get(0).institutionId()));
        moved.forEach(record -> record.moveTo(target, facts));
        detentions.flush();
        deriveCurrent(fromPerson);
        deriveCurrent(toPerson);
    }

    /** Marks the person's open record that began last as current, and only it. */
    private void deriveCurrent(UUID personId) {
        List<Detention> records = detentions.findByPerson(personId);
        Detention current = records.stream().filter(record -> record.getDetainedTo() == null).findFirst()
                .orElse(null);
        records.forEach(record -> record.setCurrent(record == current));
    }

    private HuquqUser requireEditor() {
        HuquqUser user = CurrentUser.require();
        if (!access.isEditor(user)) {
            throw new AccessDeniedToWrite("Your roles do not allow recording detentions");
        }
        return user;
    }

    private Detention readable(HuquqUser user, UUID id) {
        if (!access.canSeeIdentities(user)) {
            throw new NotFoundException(AUDIT_TYPE, id);
        }
        return detentions.findByIdAndInstitutionId(id, user.institutionId())
                .filter(detention -> access.canRead(user, detention))
                .orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
    }

    private Detention lockedForChange(HuquqUser user, UUID id, long expectedVersion) {
        if (!access.canSeeIdentities(user)) {
            throw new NotFoundException(AUDIT_TYPE, id);
        }
        Detention detention = detentions.findForUpdate(id, user.institutionId())
                .filter(found -> access.canRead(user, found))
                .orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
        if (!access.canWrite(user, detention)) {
            throw new AccessDeniedToWrite("Your roles do not allow changing this detention record");
        }
        if (detention.getVersion() != expectedVersion) {
            throw new StaleVersionException(expectedVersion, detention.getVersion());
        }
        return detention;
    }

    private String ourCountry(UUID institutionId) {
        return identity.institutionCountry(institutionId).orElse(null);
    }

    /** Rows checked and normalised, with the facts of their persons and places. */
    private record Checked(List<DetentionDetails> details, Map<UUID, PersonFacts> persons,
            Map<UUID, PlaceFacts> places) {

        PersonFacts person(UUID id) {
            return persons.get(id);
        }

        PlaceFacts place(UUID id) {
            return places.get(id);
        }
    }

    /** Normalises every row and checks every rule; throws with every problem of every row, or returns them clean. */
    private Checked check(HuquqUser user, List<DetentionDetails> rows, IntFunction<String> prefix) {
        String ourCountry = ourCountry(user.institutionId());
        Map<UUID, PersonView> found = persons.readable(
                rows.stream().map(DetentionDetails::personId).filter(Objects::nonNull).toList());
        Map<UUID, PersonFacts> personFacts = new LinkedHashMap<>();
        Map<UUID, PlaceFacts> placeFacts = new LinkedHashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        List<DetentionDetails> clean = new ArrayList<>(rows.size());
        LocalDate today = today();
        for (int row = 0; row < rows.size(); row++) {
            List<FieldProblem> rowProblems = new ArrayList<>();
            DetentionDetails typed = rows.get(row);
            PersonView person = typed.personId() == null ? null : found.get(typed.personId());
            if (typed.personId() == null) {
                rowProblems.add(new FieldProblem("personId", "web.validation.required"));
            } else if (person == null || person.mergedInto() != null) {
                rowProblems.add(new FieldProblem("personId", "detention.error.person"));
            } else if (!access.canWrite(user, new Protection(user.institutionId(),
                    person.confidentiality(), person.teamId()))) {
                rowProblems.add(new FieldProblem("personId", "detention.error.personNotWritable"));
            } else {
                personFacts.put(person.id(), PersonFacts.of(person, ourCountry));
            }
            if (typed.placeId() == null) {
                rowProblems.add(new FieldProblem("placeId", "web.validation.required"));
            } else if (!placeFacts.containsKey(typed.placeId())) {
                try {
                    PlaceView place = places.get(typed.placeId());
                    placeFacts.put(place.id(), PlaceFacts.of(place.countryCode(), ourCountry));
                } catch (NotFoundException e) {
                    rowProblems.add(new FieldProblem("placeId", "detention.error.place"));
                }
            }
            String legalStatus = TypedText.checkedLine(typed.legalStatus(), "legalStatus", 60, rowProblems);
            if (legalStatus == null) {
                rowProblems.add(new FieldProblem("legalStatus", "web.validation.required"));
            } else if (!vocabularies.isActive(LEGAL_STATUSES, legalStatus)) {
                rowProblems.add(new FieldProblem("legalStatus", "detention.error.legalStatus"));
            }
            String legalBasis = TypedText.checkedText(typed.legalBasis(), "legalBasis", 1000, rowProblems);
            String authority = TypedText.checkedLine(typed.holdingAuthority(), "holdingAuthority", 300, rowProblems);
            String source = TypedText.checkedText(typed.informationSource(), "informationSource", 1000, rowProblems);
            if (typed.from() == null) {
                rowProblems.add(new FieldProblem("from", "web.validation.required"));
            } else if (typed.from().isAfter(today)) {
                rowProblems.add(new FieldProblem("from", "detention.error.future"));
            }
            if (typed.to() != null) {
                if (typed.from() != null && typed.to().isBefore(typed.from())) {
                    rowProblems.add(new FieldProblem("to", "detention.error.endsBeforeStart"));
                } else if (typed.to().isAfter(today)) {
                    rowProblems.add(new FieldProblem("to", "detention.error.future"));
                }
            }
            if (typed.informationDate() != null && typed.informationDate().isAfter(today)) {
                rowProblems.add(new FieldProblem("informationDate", "detention.error.future"));
            }
            SentenceDetails sentence = typed.sentence() == null ? null
                    : checkSentence(typed.sentence(), legalStatus, today, rowProblems);
            String rowPrefix = prefix.apply(row);
            rowProblems.forEach(p -> problems.add(new FieldProblem(rowPrefix + p.field(), p.messageKey(),
                    p.arguments())));
            clean.add(new DetentionDetails(typed.personId(), typed.placeId(), typed.from(), typed.to(), legalStatus,
                    legalBasis, authority, source, typed.informationDate(), sentence));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(clean, personFacts, placeFacts);
    }

    private SentenceDetails checkSentence(SentenceDetails typed, String legalStatus, LocalDate today,
            List<FieldProblem> problems) {
        List<FieldProblem> found = new ArrayList<>();
        if (legalStatus != null && !SENTENCED.equals(legalStatus)) {
            found.add(new FieldProblem("legalStatus", "detention.error.sentenceNeedsSentenced"));
        }
        String court = TypedText.checkedLine(typed.court(), "court", 300, found);
        String regime = TypedText.checkedLine(typed.regime(), "regime", 300, found);
        if (typed.judgmentOn() != null && typed.judgmentOn().isAfter(today)) {
            found.add(new FieldProblem("judgmentOn", "detention.error.future"));
        }
        if (typed.finalOn() != null) {
            if (typed.judgmentOn() != null && typed.finalOn().isBefore(typed.judgmentOn())) {
                found.add(new FieldProblem("finalOn", "detention.error.finalBeforeJudgment"));
            } else if (typed.finalOn().isAfter(today)) {
                found.add(new FieldProblem("finalOn", "detention.error.future"));
            }
        }
        if (typed.startOn() == null) {
            found.add(new FieldProblem("startOn", "web.validation.required"));
        } else if (typed.judgmentOn() != null && typed.startOn().isBefore(typed.judgmentOn())) {
            found.add(new FieldProblem("startOn", "detention.error.startBeforeJudgment"));
        }
        boolean anyTerm = positive(typed.years()) || positive(typed.months()) || positive(typed.days());
        checkUnit(typed.years(), "years", MAX_YEARS, found);
        checkUnit(typed.months(), "months", MAX_MONTHS, found);
        checkUnit(typed.days(), "days", MAX_DAYS, found);
        if (typed.life() && anyTerm) {
            found.add(new FieldProblem("years", "detention.error.lifeAndTerm"));
        } else if (!typed.life() && !anyTerm) {
            found.add(new FieldProblem("years", "detention.error.noTerm"));
        }
        if (typed.pretrialCreditDays() != null && typed.pretrialCreditDays() < 0) {
            found.add(new FieldProblem("pretrialCreditDays", "detention.error.negative"));
        }
        if (typed.statedRelease() != null && typed.startOn() != null && typed.life()) {
            found.add(new FieldProblem("statedRelease", "detention.error.releaseOfLife"));
        } else if (typed.statedRelease() != null && typed.startOn() != null
                && !typed.statedRelease().isAfter(typed.startOn())) {
            found.add(new FieldProblem("statedRelease", "detention.error.releaseBeforeStart"));
        }
        List<Offence> offences = new ArrayList<>();
        for (int i = 0; i < typed.offences().size(); i++) {
            Offence offence = typed.offences().get(i);
            String field = "offences[" + i + "].";
            if (offence == null) {
                found.add(new FieldProblem("offences[" + i + "]", "web.validation.required"));
                continue;
            }
            String article = TypedText.checkedLine(offence.article(), field + "article", 300, found);
            String code = TypedText.checkedLine(offence.code(), field + "code", 300, found);
            String country = TypedText.line(offence.country());
            if (article == null) {
                found.add(new FieldProblem(field + "article", "web.validation.required"));
            }
            if (country != null && !Countries.isValid(country.toUpperCase(Locale.ROOT))) {
                found.add(new FieldProblem(field + "country", "detention.error.country"));
            }
            offences.add(new Offence(code, article, country == null ? null : country.toUpperCase(Locale.ROOT)));
        }
        SentenceDetails clean = new SentenceDetails(court, typed.judgmentOn(), typed.finalOn(), offences,
                typed.years(), typed.months(), typed.days(), typed.life(), typed.startOn(), typed.pretrialCreditDays(),
                regime, typed.statedRelease());
        if (found.isEmpty() && clean.statedRelease() == null && !clean.life()
                && !clean.releaseOn().isAfter(clean.startOn())) {
            // the credited pre-trial days are the whole term or more: nothing would be left to serve
            found.add(new FieldProblem("pretrialCreditDays", "detention.error.creditExceedsTerm"));
        }
        found.forEach(p -> problems.add(p.field().equals("legalStatus") ? p
                : new FieldProblem("sentence." + p.field(), p.messageKey(), p.arguments())));
        return clean;
    }

    private static void checkUnit(Integer value, String field, int max, List<FieldProblem> problems) {
        if (value != null && (value < 0 || value > max)) {
            problems.add(new FieldProblem(field, "detention.error.termUnit", List.of(max)));
        }
    }

    private static boolean positive(Integer value) {
        return value != null && value > 0;
    }

    /** A country code of a filter, upper-cased; {@code null} when blank. */
    private static String country(String typed, String field) {
        String code = TypedText.line(typed);
        if (code == null) {
            return null;
        }
        code = code.toUpperCase(Locale.ROOT);
        if (!Countries.isValid(code)) {
            throw new InvalidInputException(field, "detention.error.country");
        }
        return code;
    }

    private static String reference(long number) {
        return String.format(Locale.ROOT, "DET-%06d", number);
    }

    /** What the audit trail keeps of a record: its number, status and dates, never who or what it says. */
    private static String describe(Detention detention) {
        return String.join(" | ", detention.getReference(), detention.getLegalStatus(),
                detention.getDetainedFrom().toString(), String.valueOf(detention.getDetainedTo()));
    }
}
