package org.huquq.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.huquq.audit.AuditAction;
import org.huquq.audit.AuditLog;
import org.huquq.audit.AuditOutcome;
import org.huquq.identity.AccessPolicy;
import org.huquq.identity.AccessPolicy.ReadScope;
import org.huquq.identity.CurrentUser;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.IdentityManagement;
import org.huquq.identity.TeamSummary;
import org.huquq.people.domain.NameKeys;
import org.huquq.people.domain.Person;
import org.huquq.people.domain.PersonRepository;
import org.huquq.people.matching.MatchLevel;
import org.huquq.people.matching.NameFolding;
import org.huquq.people.matching.NameKey;
import org.huquq.people.matching.NameMatch;
import org.huquq.people.matching.NameSimilarity;
import org.huquq.people.matching.PersonName;
import org.huquq.shared.AccessDeniedToWrite;
import org.huquq.shared.Confidentiality;
import org.huquq.shared.Countries;
import org.huquq.shared.InvalidInputException;
import org.huquq.shared.InvalidInputException.FieldProblem;
import org.huquq.shared.NotFoundException;
import org.huquq.shared.NumberedPages;
import org.huquq.shared.RecordNumbers;
import org.huquq.shared.PartialDate;
import org.huquq.shared.Protection;
import org.huquq.shared.StaleVersionException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry of persons of concern, always as the signed-in user: register, add names, documents and contacts,
 * change facts, read and search across scripts. Analysts never see identities; a person the user may not read does
 * not exist for them. Every change, and every read of a confidential person, is audited in the same transaction.
 */
@Service
public class PersonManagement {

    public static final int MAX_PAGE_SIZE = 100;
    /**
     * Search counts its matches exactly up to this many; past it the total is a lower bound, and Lucene may skip
     * documents that cannot reach the page (a common name matches a large share of a million persons).
     */
    static final int EXACT_TOTAL_UP_TO = 1000;
    static final String AUDIT_TYPE = "Person";
    /** The series of the institution's numbers that references are made of. */
    static final String REFERENCE_SERIES = "PERSON";
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern HAS_LETTER = Pattern.compile("\\p{L}");

    private final PersonRepository persons;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final IdentityManagement identity;
    private final NameKeys nameKeys;
    private final EntityManager entityManager;
    private final RecordNumbers numbers;
    private final ApplicationEventPublisher events;

    PersonManagement(PersonRepository persons, AccessPolicy access, AuditLog audit, IdentityManagement identity,
            NameKeys nameKeys, EntityManager entityManager, RecordNumbers numbers, ApplicationEventPublisher events) {
        this.events = events;
        this.numbers = numbers;
        this.persons = persons;
        this.access = access;
        this.audit = audit;
        this.identity = identity;
        this.nameKeys = nameKeys;
        this.entityManager = entityManager;
    }

    @Transactional
    public PersonView register(RegisterPerson command) {
        return create(List.of(command), row -> "").get(0);
    }

    /**
     * Registers many persons in one transaction (lists from a counterpart, bulk loads): all are saved, or none when
     * one is invalid; every problem of every row is reported, named {@code [row].field}.
     */
    @Transactional
    public List<PersonView> registerAll(List<RegisterPerson> commands) {
        return create(commands, row -> "[" + row + "].");
    }

    /**
     * Checks every command, then builds and persists the persons with one query for their reference numbers. The
     * persons are persisted directly: they are new, and Spring Data's save would merge them.
     */
    private List<PersonView> create(List<RegisterPerson> commands, IntFunction<String> rowPrefix) {
        HuquqUser user = CurrentUser.require();
        if (commands.isEmpty()) {
            return List.of();
        }
        List<PartialDate> birthDates = check(user, commands, rowPrefix);
        int year = LocalDate.now().getYear();
        long first = numbers.next(user.institutionId(), REFERENCE_SERIES, year, commands.size());
        List<PersonView> registered = new ArrayList<>(commands.size());
        for (int row = 0; row < commands.size(); row++) {
            RegisterPerson command = commands.get(row);
            String reference = String.format(Locale.ROOT, "PER-%d-%06d", year, first + row);
            Person person = new Person(user.institutionId(), reference, command.details(), birthDates.get(row),
                    user.username());
            command.names().forEach(name -> addName(person, name, user));
            command.documents().forEach(document -> addDocument(person, document, user));
            command.contacts().forEach(contact -> person.addContact(contact.relation(), contact.name().strip(),
                    blankToNull(contact.phone()), blankToNull(contact.countryCode()), user.username()));
            entityManager.persist(person);
            audit.record(AuditAction.CREATE, AUDIT_TYPE, person.getId(), AuditOutcome.SUCCESS, reference);
            registered.add(person.toView());
        }
        return registered;
    }

    /**
     * Leaves the persons that the current transaction registers or changes out of the search index when it commits,
     * for a caller that registers more persons in one transaction than their index work would hold in memory (a
     * whole imported list). The caller must make them findable after the commit with {@link #index}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void deferIndexing() {
        Search.session(entityManager).indexingPlanFilter(filter -> filter.exclude(Person.class));
    }

    /**
     * Writes these persons to the search index as they are stored, in this method's own transaction: after
     * {@link #deferIndexing}, or to resume that work after a restart. Unknown ids are skipped; indexing again is
     * harmless.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void index(Collection<UUID> ids) {
        SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
        persons.findAllById(ids).forEach(plan::addOrUpdate);
    }

    /**
     * Checks registrations as {@link #registerAll} does, saving nothing: every problem of every row, named
     * {@code [row].field}, in one {@link InvalidInputException}. For imports, which show the problems of a list before
     * anything is saved.
     *
     * @throws AccessDeniedToWrite when the user's roles do not allow registering these persons
     */
    @Transactional(readOnly = true)
    public void validateAll(List<RegisterPerson> commands) {
        check(CurrentUser.require(), commands, row -> "[" + row + "].");
    }

    /** Every rule of a registration, for each command; the parsed birth dates, or an exception naming each problem. */
    private List<PartialDate> check(HuquqUser user, List<RegisterPerson> commands, IntFunction<String> rowPrefix) {
        List<FieldProblem> problems = new ArrayList<>();
        List<PartialDate> birthDates = new ArrayList<>(commands.size());
        Set<UUID> teams = teamIds(user);
        for (int row = 0; row < commands.size(); row++) {
            RegisterPerson command = commands.get(row);
            String prefix = rowPrefix.apply(row);
            List<FieldProblem> rowProblems = new ArrayList<>();
            birthDates.add(checkDetails(command.details(), teams, rowProblems));
            for (int i = 0; i < command.names().size(); i++) {
                checkName("names[" + i + "].", command.names().get(i), rowProblems);
            }
            for (int i = 0; i < command.documents().size(); i++) {
                checkDocument("documents[" + i + "].", command.documents().get(i), rowProblems);
            }
            for (int i = 0; i < command.contacts().size(); i++) {
                checkContact("contacts[" + i + "].", command.contacts().get(i), rowProblems);
            }
            rowProblems.forEach(p -> problems.add(new FieldProblem(prefix + p.field(), p.messageKey(), p.arguments())));
        }
        failOn(problems);
        for (RegisterPerson command : commands) {
            checkWritable(user, command.details());
        }
        return birthDates;
    }

    /** Changes the facts of a person last seen at {@code expectedVersion}. */
    @Transactional
    public PersonView update(UUID id, long expectedVersion, PersonDetails details) {
        HuquqUser user = CurrentUser.require();
        Person person = writable(user, id, expectedVersion);
        List<FieldProblem> problems = new ArrayList<>();
        PartialDate birthDate = checkDetails(details, teamIds(user), problems);
        failOn(problems);
        checkWritable(user, details);
        person.apply(details, birthDate, user.username());
        persons.flush();
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, person.getId(), AuditOutcome.SUCCESS, "details");
        return changed(person);
    }

    /** Adds a name variant; a new current family name keeps the old one as a former name. */
    @Transactional
    public PersonView addName(UUID id, long expectedVersion, NewName name) {
        return addition(id, expectedVersion, problems -> checkName("", name, problems), (person, user) -> {
            String family = clean(name.family());
            if ((name.status() == null || name.status() == NameStatus.CURRENT) && family != null) {
                // a new family name (Раҳмонов → Раҳмон) keeps the old one as a former name; another spelling of the
                // same name (Раҳмонов, Рахмонов, Rakhmonov) leaves it current
                person.retireCurrentNames(
                        n -> n.getFamilyName() != null && !nameKeys.sameWord(n.getFamilyName(), family));
            }
            addName(person, name, user);
        }, "name added");
    }

    @Transactional
    public PersonView addDocument(UUID id, long expectedVersion, NewDocument document) {
        return addition(id, expectedVersion, problems -> checkDocument("", document, problems),
                (person, user) -> addDocument(person, document, user), "document added");
    }

    @Transactional
    public PersonView addContact(UUID id, long expectedVersion, NewContact contact) {
        return addition(id, expectedVersion, problems -> checkContact("", contact, problems),
                (person, user) -> person.addContact(contact.relation(), contact.name().strip(),
                        blankToNull(contact.phone()), blankToNull(contact.countryCode()), user.username()),
                "contact added");
    }

    /** Checks an addition, applies it to a person last seen at {@code expectedVersion}, and audits it. */
    private PersonView addition(UUID id, long expectedVersion, Consumer<List<FieldProblem>> check,
            BiConsumer<Person, HuquqUser> add, String detail) {
        HuquqUser user = CurrentUser.require();
        Person person = writable(user, id, expectedVersion);
        List<FieldProblem> problems = new ArrayList<>();
        check.accept(problems);
        failOn(problems);
        add.accept(person, user);
        persons.flush();
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, person.getId(), AuditOutcome.SUCCESS, detail);
        return changed(person);
    }

    /** The person's view, told to the modules that copy its facts ({@link PersonChanged}). */
    private PersonView changed(Person person) {
        PersonView view = person.toView();
        events.publishEvent(new PersonChanged(view));
        return view;
    }

    /** The id of the person with this reference (PER-2024-000123), if the caller may read them. */
    @Transactional(readOnly = true)
    public java.util.Optional<UUID> findIdByReference(String reference) {
        HuquqUser user = CurrentUser.require();
        if (reference == null || reference.isBlank() || !access.canSeeIdentities(user)) {
            return java.util.Optional.empty();
        }
        return persons.findByReferenceAndInstitutionId(reference.strip().toUpperCase(Locale.ROOT),
                user.institutionId()).filter(person -> access.canRead(user, person)).map(Person::getId);
    }

    /**
     * The persons the caller may read whom a name as written in a list may belong to, best first, at most
     * {@code limit} (up to {@link #MAX_PAGE_SIZE}): the hits of the search by name ({@link #search}), each with the
     * people module's similarity of the name to the hit's variant that matched it best, from 0 to 1, and whether
     * the two are the same name (in another script, spelling or order, or with a small typo) rather than only
     * possibly so. Hits whose names differ are left out. Nothing for an analyst, who never sees identities. When
     * the list gives a date of birth ({@code bornOn}, else null), only persons born in one of its years or of an
     * unknown birth year are candidates: in a large registry, the namesakes born in other years would otherwise fill
     * the {@code limit} before the row's person.
     */
    @Transactional(readOnly = true)
    public List<PersonMatch> matchName(String name, PartialDate bornOn, int limit) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        NameSimilarity.Prepared written = NameSimilarity.prepare(PersonName.ofFullForm(name));
        List<PersonMatch> matches = new ArrayList<>();
        // a candidate that meets only some of the words is another name to the similarity: not worth a second search
        for (PersonHit hit : search(PersonSearch.byName(name), bornOn, 0, limit, false).items()) {
            if (hit.matchedName() == null) {
                continue;
            }
            NameMatch match = NameSimilarity.compare(written,
                    NameSimilarity.prepare(PersonName.ofFullForm(hit.matchedName())));
            if (match.level() != MatchLevel.DIFFERENT) {
                matches.add(new PersonMatch(hit, match.score(), match.level() == MatchLevel.SAME));
            }
        }
        matches.sort(Comparator.comparingDouble(PersonMatch::score).reversed());
        return matches;
    }

    /**
     * Of these persons, those the caller may read, by id, without auditing the reads: for modules that copy a
     * person's facts onto records of their own, which share the person's confidentiality and audit their own reads.
     */
    @Transactional(readOnly = true)
    public Map<UUID, PersonView> readable(Collection<UUID> ids) {
        HuquqUser user = CurrentUser.require();
        Map<UUID, PersonView> found = new HashMap<>();
        if (!access.canSeeIdentities(user) || ids.isEmpty()) {
            return found;
        }
        persons.findAllById(Set.copyOf(ids)).stream()
                .filter(person -> person.institutionId().equals(user.institutionId()) && access.canRead(user, person))
                .forEach(person -> found.put(person.getId(), person.toView()));
        return found;
    }

    /** A person the caller may read; reading a confidential one is audited. */
    @Transactional
    public PersonView get(UUID id) {
        HuquqUser user = CurrentUser.require();
        Person person = readable(user, id);
        if (person.confidentiality().isAuditedOnRead()) {
            audit.record(AuditAction.READ, AUDIT_TYPE, person.getId(), AuditOutcome.SUCCESS, null);
        }
        return person.toView();
    }

    public boolean canCreate() {
        return access.isEditor(CurrentUser.require());
    }

    public boolean canEdit(PersonView person) {
        HuquqUser user = CurrentUser.require();
        return access.canWrite(user, new Protection(user.institutionId(), person.confidentiality(), person.teamId()));
    }

    @Transactional(readOnly = true)
    public List<TeamSummary> teams() {
        return identity.teams(CurrentUser.require().institutionId());
    }

    /**
     * Persons the caller may read whose names match the query in any script and order, best first, each with the
     * name variant that matched best. Analysts get nothing: they never see identities.
     */
    @Transactional(readOnly = true)
    public PersonPage search(PersonSearch criteria, int page, int size) {
        return search(criteria, null, page, size, true);
    }

    /**
     * {@link #search}, and when {@code bornOn} is given, only persons who may have been born then: in one of its
     * years, or of an unknown birth year. With {@code partialCredit}, a first page that the persons matching every
     * query word do not fill is filled with those matching some of them.
     */
    private PersonPage search(PersonSearch criteria, PartialDate bornOn, int page, int size, boolean partialCredit) {
        HuquqUser user = CurrentUser.require();
        int boundedSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int boundedPage = NumberedPages.page(page, boundedSize);
        if (!access.canSeeIdentities(user)) {
            return new PersonPage(List.of(), boundedPage, boundedSize, 0, true);
        }
        ReadScope scope = access.readScope(user);
        List<NameKeys.WordKeys> words = criteria.hasName() ? nameKeys.queryWords(criteria.name()) : List.of();
        if (criteria.hasName() && words.isEmpty()) {
            // a name of punctuation alone has no word to look for: nobody is called that
            return new PersonPage(List.of(), boundedPage, boundedSize, 0, true);
        }
        int wanted = words.size() >= 3 ? words.size() - 1 : words.size();
        SearchResult<Found> result = find(scope, criteria, bornOn, words, wanted, false, boundedPage * boundedSize,
                boundedSize);
        List<Found> found = new ArrayList<>(result.hits());
        int strict = found.size();
        if (partialCredit && boundedPage == 0 && words.size() >= 2 && strict < boundedSize) {
            // partial credit: the persons who match only some of the words (a near miss on the given name) come after
            // those who match them all, instead of not at all
            Set<UUID> shown = new HashSet<>();
            found.forEach(hit -> shown.add(hit.id()));
            for (Found partial : find(scope, criteria, bornOn, words, 1, true, 0, boundedSize).hits()) {
                if (found.size() < boundedSize && shown.add(partial.id())) {
                    found.add(partial);
                }
            }
        }
        NameSimilarity.Prepared query = criteria.hasName() ? NameSimilarity.prepare(PersonName.ofFullForm(
                criteria.name())) : null;
        List<PersonHit> hits = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            Found hit = found.get(i);
            String matched = query != null ? bestVariant(query, hit.fullForms()) : null;
            hits.add(new PersonHit(hit.id(), hit.reference(), hit.displayName(), matched,
                    words.isEmpty() ? 0 : hit.score(), i >= strict, hit.sex(),
                    hit.birthDate() == null ? null : PartialDate.parse(hit.birthDate()), hit.nationalities(),
                    hit.confidentiality()));
        }
        long total = Math.max(result.total().hitCountLowerBound(), hits.size());
        return new PersonPage(hits, boundedPage, boundedSize, total, result.total().isHitCountExact() || strict == 0);
    }

    /**
     * One page of the persons the caller may read that meet the criteria and at least {@code wanted} query words, in the
     * {@linkplain #nameMatch partial} way or not.
     */
    private SearchResult<Found> find(ReadScope scope, PersonSearch criteria, PartialDate bornOn,
            List<NameKeys.WordKeys> words, int wanted, boolean partial, int offset, int size) {
        return Search.session(entityManager).search(Person.class)
                .select(f -> f.composite()
                        .from(f.id(UUID.class), f.field("reference", String.class),
                                f.field("displayName", String.class), f.field("fullForms", String.class).list(),
                                f.field("sex", Sex.class), f.field("birthDateText", String.class),
                                f.field("nationalities", String.class).set(),
                                f.field("confidentiality", Confidentiality.class), f.score())
                        .asList(Found::of))
                .where((f, root) -> {
                    root.add(f.match().field("institutionId").matching(scope.institutionId()));
                    root.add(scope.toPredicate(f));
                    root.add(f.not(f.exists().field("mergedInto")));
                    if (!words.isEmpty()) {
                        root.add(nameMatch(f, words, wanted, partial));
                    }
                    if (criteria.nationality() != null && !criteria.nationality().isBlank()) {
                        root.add(f.match().field("nationalities").matching(criteria.nationality().strip()));
                    }
                    if (criteria.sex() != null) {
                        root.add(f.match().field("sex").matching(criteria.sex()));
                    }
                    if (bornOn != null) {
                        root.add(f.or(f.range().field("birthYear").between(bornOn.earliestDay().getYear(),
                                bornOn.latestDay().getYear()), f.not(f.exists().field("birthYear"))));
                    }
                    if (criteria.birthYear() != null) {
                        int tolerance = Math.max(0, Math.min(criteria.birthYearTolerance(), 20));
                        root.add(f.range().field("birthYear").between(criteria.birthYear() - tolerance,
                                criteria.birthYear() + tolerance));
                    }
                    if (criteria.documentNumber() != null && !criteria.documentNumber().isBlank()) {
                        root.add(f.match().field("documentNumbers")
                                .matching(DocumentNumbers.normalize(criteria.documentNumber())));
                    }
                })
                .sort(f -> words.isEmpty() ? f.field("reference") : f.score())
                .totalHitCountThreshold(EXACT_TOTAL_UP_TO)
                .fetch(offset, size);
    }

    /** The variant most like the query, each variant read once; null for none. */
    private static String bestVariant(NameSimilarity.Prepared query, List<String> fullForms) {
        String best = null;
        double bestScore = -1;
        for (String fullForm : fullForms) {
            double score = NameSimilarity.compare(query, NameSimilarity.prepare(PersonName.ofFullForm(fullForm)))
                    .score();
            if (score > bestScore) {
                best = fullForm;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * Each of at least {@code wanted} query words must meet a word of some name: exactly (folded), within one typo,
     * by its root (which makes Каримов find Каримзода, ranked lower) or its root within one typo (Гулнаров finds
     * Гулнорзода), by an {@linkplain NameFolding#alternatives alternative reading} (another first letter of its class,
     * a scanner's rn for m), or, for a query in Persian letters, which leave short vowels out, by its consonants. When
     * {@code partial} (the pass for persons meeting only some words), only exact words, roots and readings count. A typo is
     * one edit after the first letter (Рпхиталов finds Рахиталов; the first letter must hold, as in NameSimilarity),
     * in words of four letters or more, in the skeleton or, for a word with Ш, Ч, a double letter or Ё typed io, in
     * its spelling (Sihrin finds Shirin). The boosts rank an exact word above a reading, a typo and a root, and a
     * consonant match last.
     */
    private static SearchPredicate nameMatch(SearchPredicateFactory f, List<NameKeys.WordKeys> words, int wanted,
            boolean partial) {
        boolean all = wanted == words.size();
        return f.bool(b -> {
            for (NameKeys.WordKeys word : words) {
                var clauses = f.or()
                        .add(f.match().field("nameKeys").matching(word.folded()).boost(4))
                        .add(f.match().field("nameKeys").matching(word.root()));
                // the partial pass looks for words that are there as they are: typos are the strict pass's work
                if (!partial && word.folded().length() >= NameSimilarity.SHORT_TYPO_LENGTH) {
                    clauses.add(f.match().field("nameKeys").matching(word.folded()).fuzzy(1, 1).boost(2));
                }
                if (!partial && word.hasOwnSpelling() && word.spelling().length() >= NameSimilarity.SHORT_TYPO_LENGTH) {
                    clauses.add(f.match().field("nameKeys").matching(word.spelling()).fuzzy(1, 1).boost(2));
                }
                // a root within one typo, for a word with an ending (Гулнаров finds Гулнорзода): a word without one
                // is its own root, which its fuzzy clause already reaches
                if (!partial && word.hasEnding()
                        && word.root().length() - NameKey.ROOT_PREFIX.length() >= NameSimilarity.MIN_TYPO_LENGTH) {
                    clauses.add(f.match().field("nameKeys").matching(word.root())
                            .fuzzy(1, NameKey.ROOT_PREFIX.length() + 1));
                }
                for (String alternative : word.alternatives()) {
                    boolean root = alternative.startsWith(NameKey.ROOT_PREFIX);
                    clauses.add(f.match().field("nameKeys").matching(alternative).boost(root ? 1 : 3));
                }
                if (word.vowelless() && word.consonants() != null) {
                    clauses.add(f.match().field("nameKeys").matching(word.consonants()).boost(0.5f));
                }
                if (all) {
                    b.must(clauses);
                } else {
                    b.should(clauses);
                }
            }
            if (!all) {
                b.minimumShouldMatchNumber(wanted);
            }
        }).toPredicate();
    }

    /** A hit as the index holds it: no entity is loaded to show a page of results. */
    private record Found(UUID id, String reference, String displayName, List<String> fullForms, Sex sex,
            String birthDate, Set<String> nationalities, Confidentiality confidentiality, Float score) {

        /** The projections of {@link #search}, in their order. */
        @SuppressWarnings("unchecked")
        static Found of(List<?> p) {
            return new Found((UUID) p.get(0), (String) p.get(1), (String) p.get(2), (List<String>) p.get(3),
                    (Sex) p.get(4), (String) p.get(5), (Set<String>) p.get(6), (Confidentiality) p.get(7),
                    (Float) p.get(8));
        }
    }

    private void addName(Person person, NewName name, HuquqUser user) {
        String family = clean(name.family());
        String given = clean(name.given());
        String patronymic = clean(name.patronymic());
        String fullForm = clean(name.fullForm());
        if (fullForm == null) {
            fullForm = String.join(" ", java.util.stream.Stream.of(family, given, patronymic)
                    .filter(java.util.Objects::nonNull).toList());
        }
        person.addName(family, given, patronymic, fullForm, nameKeys.script(fullForm), blankToNull(name.language()),
                blankToNull(name.source()), name.status() == null ? NameStatus.CURRENT : name.status(),
                nameKeys.indexKeys(fullForm), user.username());
    }

    private void addDocument(Person person, NewDocument document, HuquqUser user) {
        person.addDocument(document.type(), document.number().strip(), DocumentNumbers.normalize(document.number()),
                blankToNull(document.issuingCountry()), document.issuedOn(), document.expiresOn(), user.username());
    }

    private Set<UUID> teamIds(HuquqUser user) {
        Set<UUID> ids = new HashSet<>();
        identity.teams(user.institutionId()).forEach(team -> ids.add(team.id()));
        return ids;
    }

    private PartialDate checkDetails(PersonDetails details, Set<UUID> teams, List<FieldProblem> problems) {
        PartialDate birthDate = null;
        if (details.birthDate() != null && !details.birthDate().isBlank()) {
            try {
                birthDate = PartialDate.parse(details.birthDate());
                if (birthDate.earliestDay().isAfter(LocalDate.now())) {
                    problems.add(new FieldProblem("details.birthDate", "people.error.birthDateFuture"));
                } else if (birthDate.year() < 1900) {
                    problems.add(new FieldProblem("details.birthDate", "people.error.birthDateTooOld"));
                }
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("details.birthDate", "people.error.birthDate"));
            }
        }
        if (details.nationalities().stream().anyMatch(c -> !Countries.isValid(c))) {
            problems.add(new FieldProblem("details.nationalities", "people.error.country"));
        }
        if (details.languages().stream().anyMatch(l -> !LANGUAGE.matcher(l).matches())) {
            problems.add(new FieldProblem("details.languages", "people.error.language"));
        }
        if (details.vulnerabilities().contains(VulnerabilityMarker.CHILD)
                || details.vulnerabilities().contains(VulnerabilityMarker.ELDERLY)) {
            problems.add(new FieldProblem("details.vulnerabilities", "people.error.derivedMarker"));
        }
        if (details.teamId() != null && !teams.contains(details.teamId())) {
            problems.add(new FieldProblem("details.teamId", "people.error.team"));
        }
        return birthDate;
    }

    private void checkName(String prefix, NewName name, List<FieldProblem> problems) {
        String[][] parts = { { "family", name.family() }, { "given", name.given() },
                { "patronymic", name.patronymic() }, { "fullForm", name.fullForm() } };
        boolean any = false;
        for (String[] part : parts) {
            String value = part[1];
            if (value == null || value.isBlank()) {
                continue;
            }
            any = true;
            if (NameKeys.hasInvisibleCharacters(value)) {
                problems.add(new FieldProblem(prefix + part[0], "people.error.invisible"));
            } else if (!HAS_LETTER.matcher(value).find()) {
                problems.add(new FieldProblem(prefix + part[0], "people.error.noLetters"));
            } else if (nameKeys.hasMixedScripts(value)) {
                problems.add(new FieldProblem(prefix + part[0], "people.error.mixedScripts"));
            }
        }
        if (!any) {
            problems.add(new FieldProblem(prefix + "fullForm", "people.error.nameRequired"));
        }
    }

    private static void checkDocument(String prefix, NewDocument document, List<FieldProblem> problems) {
        if (document.type() == null) {
            problems.add(new FieldProblem(prefix + "type", "web.validation.required"));
        }
        if (document.number() == null || document.number().isBlank()) {
            problems.add(new FieldProblem(prefix + "number", "web.validation.required"));
        } else if (!DocumentNumbers.isWellFormed(document.number())) {
            problems.add(new FieldProblem(prefix + "number", "people.error.documentNumber"));
        }
        if (document.issuingCountry() != null && !document.issuingCountry().isBlank()
                && !Countries.isValid(document.issuingCountry())) {
            problems.add(new FieldProblem(prefix + "issuingCountry", "people.error.country"));
        }
        if (document.issuedOn() != null && document.expiresOn() != null
                && document.expiresOn().isBefore(document.issuedOn())) {
            problems.add(new FieldProblem(prefix + "expiresOn", "people.error.expiresBeforeIssued"));
        }
    }

    private static void checkContact(String prefix, NewContact contact, List<FieldProblem> problems) {
        if (contact.relation() == null) {
            problems.add(new FieldProblem(prefix + "relation", "web.validation.required"));
        }
        if (contact.name() == null || contact.name().isBlank()) {
            problems.add(new FieldProblem(prefix + "name", "web.validation.required"));
        }
        if (contact.countryCode() != null && !contact.countryCode().isBlank() && !Countries.isValid(contact.countryCode())) {
            problems.add(new FieldProblem(prefix + "countryCode", "people.error.country"));
        }
        if (contact.phone() != null && !contact.phone().isBlank() && !contact.phone().matches("\\+?[0-9 ()-]{5,40}")) {
            problems.add(new FieldProblem(prefix + "phone", "people.error.phone"));
        }
    }

    private void checkWritable(HuquqUser user, PersonDetails details) {
        if (!access.isEditor(user)) {
            throw new AccessDeniedToWrite("Your roles do not allow changing persons");
        }
        if (!access.canWrite(user, new Protection(user.institutionId(), details.confidentiality(), details.teamId()))) {
            throw new InvalidInputException("details.confidentiality", "people.error.lockout");
        }
    }

    private Person writable(HuquqUser user, UUID id, long expectedVersion) {
        Person person = readable(user, id);
        if (!access.canWrite(user, person)) {
            throw new AccessDeniedToWrite("Your roles do not allow changing this person");
        }
        if (person.getVersion() != expectedVersion) {
            throw new StaleVersionException(expectedVersion, person.getVersion());
        }
        return person;
    }

    private Person readable(HuquqUser user, UUID id) {
        if (!access.canSeeIdentities(user)) {
            throw new NotFoundException(AUDIT_TYPE, id);
        }
        return persons.findByIdAndInstitutionId(id, user.institutionId())
                .filter(person -> access.canRead(user, person))
                .orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
    }

    private static void failOn(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private String clean(String value) {
        return value == null || value.isBlank() ? null : nameKeys.clean(value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
