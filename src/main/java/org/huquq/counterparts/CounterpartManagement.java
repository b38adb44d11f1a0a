package org.huquq.counterparts;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;

import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.huquq.audit.AuditAction;
import org.huquq.audit.AuditLog;
import org.huquq.audit.AuditOutcome;
import org.huquq.counterparts.domain.Counterpart;
import org.huquq.counterparts.domain.CounterpartRepository;
import org.huquq.identity.AccessPolicy;
import org.huquq.identity.CurrentUser;
import org.huquq.identity.HuquqUser;
import org.huquq.shared.AccessDeniedToWrite;
import org.huquq.shared.Countries;
import org.huquq.shared.Ids;
import org.huquq.shared.InvalidInputException.FieldProblem;
import org.huquq.shared.InvalidInputException;
import org.huquq.shared.KeysetPage;
import org.huquq.shared.NameCursor;
import org.huquq.shared.NotFoundException;
import org.huquq.shared.NumberedPages;
import org.huquq.shared.RecordNumbers;
import org.huquq.shared.StaleVersionException;
import org.huquq.shared.TypedText;
import org.huquq.shared.Vocabularies;
import org.huquq.shared.VocabularyTerm;
import org.huquq.shared.search.LatinKey;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry of counterpart institutions (the bodies an office writes to): register, change, read and find, always
 * as the signed-in user and within their own institution's registry. A counterpart of another institution does not
 * exist for them ({@link NotFoundException}). Everyone signed in may read; editors may register and change. Input is
 * normalised (NFC, trimmed) and checked as a whole: on any problem an {@link InvalidInputException} names every
 * field at fault and nothing is saved. Every change is audited in the same transaction.
 * <p>
 * Counterparts have no confidentiality level or team, unlike most records: they are public bodies and their public
 * contacts, and every clerk must be able to pick the addressee of a letter. What is sensitive about them (the
 * letters, the calls, the commitments) is protected where it is recorded.
 */
@Service
public class CounterpartManagement {

    public static final int MAX_PAGE_SIZE = 100;

    /** At most this many contact persons per counterpart. */
    public static final int MAX_CONTACTS = 10;

    /** At most this many bodies directly under one counterpart are listed on its page. */
    public static final int MAX_PARTS = 100;

    /** The vocabulary of kinds of counterpart (ombudsman, ministry, embassy...). */
    public static final String KINDS = "counterpart-kind";

    static final String AUDIT_TYPE = "Counterpart";
    /** The series of the institution's numbers that references are made of. */
    static final String REFERENCE_SERIES = "COUNTERPART";

    /** Deeper than this a chain of parents is taken for a cycle: no real body is nested so deep. */
    private static final int MAX_DEPTH = 20;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()./-]{3,38}[0-9]");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private final CounterpartRepository counterparts;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Vocabularies vocabularies;
    private final EntityManager entityManager;
    private final RecordNumbers numbers;

    CounterpartManagement(CounterpartRepository counterparts, AccessPolicy access, AuditLog audit,
            Vocabularies vocabularies, EntityManager entityManager, RecordNumbers numbers) {
        this.numbers = numbers;
        this.counterparts = counterparts;
        this.access = access;
        this.audit = audit;
        this.vocabularies = vocabularies;
        this.entityManager = entityManager;
    }

    /**
     * Registers a counterpart with the next reference ({@code INST-000123}).
     *
     * @throws InvalidInputException on any bad field, including a body already registered with the same kind,
     *         country and name (the message names its reference)
     * @throws AccessDeniedToWrite when the user's roles do not allow changes
     */
    @Transactional
    public CounterpartView create(CounterpartDetails details) {
        HuquqUser user = requireEditor();
        CounterpartDetails clean = check(user, null, details);
        String reference = String.format(Locale.ROOT, "INST-%06d",
                numbers.next(user.institutionId(), REFERENCE_SERIES, RecordNumbers.EVERY_YEAR));
        Counterpart counterpart = new Counterpart(user.institutionId(), reference, clean, user.username());
        // persist, not save: with its id already assigned, save would take it for an existing row and merge it
        // (a select, and the copied contact list would count as a change: version 1 for a new record)
        entityManager.persist(counterpart);
        counterparts.flush();
        audit.record(AuditAction.CREATE, AUDIT_TYPE, counterpart.getId(), AuditOutcome.SUCCESS,
                describe(reference, clean));
        return counterpart.toView();
    }

    /**
     * Changes a counterpart that the caller last saw at {@code expectedVersion}.
     *
     * @throws StaleVersionException when someone changed it since
     * @throws NotFoundException when there is no such counterpart in the caller's registry
     */
    @Transactional
    public CounterpartView update(UUID id, long expectedVersion, CounterpartDetails details) {
        HuquqUser user = requireEditor();
        Counterpart counterpart = readable(user, id);
        if (counterpart.getVersion() != expectedVersion) {
            throw new StaleVersionException(expectedVersion, counterpart.getVersion());
        }
        CounterpartDetails clean = check(user, id, details);
        counterpart.apply(clean, user.username());
        counterparts.flush();
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, counterpart.getId(), AuditOutcome.SUCCESS,
                describe(counterpart.getReference(), clean));
        return counterpart.toView();
    }

    /**
     * Checks the details as {@link #create} and {@link #update} do, without saving: throws with every problem.
     * {@code id} is the counterpart being changed, {@code null} for a new one. For a form that has problems of its
     * own (a picker's text naming no institution), so that all are shown at once.
     *
     * @throws InvalidInputException on any bad field, naming each
     * @throws AccessDeniedToWrite when the user's roles do not allow changes
     */
    @Transactional(readOnly = true)
    public void validate(UUID id, CounterpartDetails details) {
        HuquqUser user = requireEditor();
        check(user, id, details);
    }

    /** A counterpart of the caller's registry. */
    @Transactional(readOnly = true)
    public CounterpartView get(UUID id) {
        return readable(CurrentUser.require(), id).toView();
    }

    /** True when the caller's registry holds this counterpart; for modules that only check a reference. */
    @Transactional(readOnly = true)
    public boolean exists(UUID id) {
        return id != null && counterparts.findByIdAndInstitutionId(id, CurrentUser.require().institutionId()).isPresent();
    }

    /** The counterparts with these ids in the caller's registry, by id (for lists that show their names). */
    @Transactional(readOnly = true)
    public java.util.Map<UUID, CounterpartView> byIds(java.util.Collection<UUID> ids) {
        UUID institution = CurrentUser.require().institutionId();
        return counterparts.findAllById(new HashSet<>(ids)).stream()
                .filter(counterpart -> counterpart.getInstitutionId().equals(institution))
                .collect(java.util.stream.Collectors.toMap(Counterpart::getId, Counterpart::toView));
    }

    /** The counterpart with this reference ({@code INST-000123}, any case) in the caller's registry. */
    @Transactional(readOnly = true)
    public Optional<CounterpartView> findByReference(String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        return counterparts.findByReferenceAndInstitutionId(reference.strip().toUpperCase(Locale.ROOT),
                CurrentUser.require().institutionId()).map(Counterpart::toView);
    }

    /** The bodies directly under a counterpart (departments of a ministry...), by name, at most {@link #MAX_PARTS}. */
    @Transactional(readOnly = true)
    public List<CounterpartView> parts(UUID id) {
        HuquqUser user = CurrentUser.require();
        readable(user, id);
        return counterparts.findParts(user.institutionId(), id, PageRequest.of(0, MAX_PARTS)).stream()
                .map(Counterpart::toView).toList();
    }

    /** True when the signed-in user may register and change counterparts. */
    public boolean canEdit() {
        return access.isEditor(CurrentUser.require());
    }

    /**
     * The counterparts of the caller's registry that match the filter's kind, country and status, by name, a keyset
     * page of at most {@link #MAX_PAGE_SIZE} after {@code after} ({@code null} for the first), with the count of all
     * of them. Bodies registered while a reader pages never shift the pages still to come. Text is searched by
     * {@link #search}.
     *
     * @throws IllegalArgumentException when the filter has text
     */
    @Transactional(readOnly = true)
    public KeysetPage<CounterpartView> find(CounterpartFilter filter, NameCursor after, int size) {
        if (filter.hasText()) {
            throw new IllegalArgumentException("text is searched by relevance, in numbered pages: search(...)");
        }
        UUID institutionId = CurrentUser.require().institutionId();
        int limit = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        String kind = blankToNull(filter.kind());
        String country = blankToNull(filter.countryCode());
        List<Counterpart> rows = counterparts.findFiltered(institutionId, kind, country, filter.active(),
                after == null, after == null ? "" : after.name(), after == null ? Ids.NONE : after.id(),
                PageRequest.of(0, KeysetPage.fetchSize(limit)));
        long total = counterparts.countFiltered(institutionId, kind, country, filter.active());
        return KeysetPage.of(rows, limit, c -> NameCursor.of(c.sortName(), c.getId()).toString())
                .map(Counterpart::toView).counted(total, total);
    }

    /**
     * The counterparts of the caller's registry that match the filter's text, best match first, in numbered pages
     * of at most {@link #MAX_PAGE_SIZE} from the search index (relevance has no column to seek by), no deeper than
     * the 10,000th: every word must match a name, the abbreviation or the Latin key of one, as a whole word or its
     * beginning; or the text is the reference.
     */
    @Transactional(readOnly = true)
    public CounterpartPage search(CounterpartFilter filter, int page, int size) {
        HuquqUser user = CurrentUser.require();
        int boundedSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int boundedPage = NumberedPages.page(page, boundedSize);
        if (!filter.hasText()) {
            return new CounterpartPage(List.of(), boundedPage, boundedSize, 0);
        }
        return search(user.institutionId(), filter, boundedPage, boundedSize);
    }

    private CounterpartPage search(UUID institutionId, CounterpartFilter filter, int page, int size) {
        String text = filter.text().strip();
        // words with no letter or digit (a dash, a slash) analyse to nothing and would match nothing
        List<String> words = Pattern.compile("\\s+").splitAsStream(text)
                .filter(word -> word.codePoints().anyMatch(Character::isLetterOrDigit)).toList();
        SearchResult<Counterpart> result = Search.session(entityManager).search(Counterpart.class)
                .where((f, root) -> {
                    root.add(f.match().field("institutionId").matching(institutionId));
                    root.add(f.or().with(any -> {
                        any.add(f.match().field("reference").matching(text.toLowerCase(Locale.ROOT)).boost(10));
                        if (!words.isEmpty()) {
                            List<VocabularyTerm> kinds = vocabularies.terms(KINDS);
                            any.add(f.and().with(
                                    all -> words.forEach(word -> all.add(wordMatches(f, word, kinds)))));
                        }
                    }));
                    if (!isBlank(filter.kind())) {
                        root.add(f.match().field("kind").matching(filter.kind()));
                    }
                    if (!isBlank(filter.countryCode())) {
                        root.add(f.match().field("countryCode").matching(filter.countryCode()));
                    }
                    if (filter.active() != null) {
                        root.add(f.match().field("active").matching(filter.active()));
                    }
                })
                .fetch(page * size, size);
        return new CounterpartPage(result.hits().stream().map(Counterpart::toView).toList(), page, size,
                result.total().hitCount());
    }

    /**
     * One word of the search text: a whole word or the start of one, of any name or contact person, as typed or in
     * any script; or a word of a kind's label in any language ("ombudsman", "омбудсмен", "суд").
     */
    private static SearchPredicate wordMatches(SearchPredicateFactory f, String word, List<VocabularyTerm> kinds) {
        String latin = LatinKey.of(word);
        return f.or().with(any -> {
            kinds.stream().filter(kind -> !latin.isEmpty() && labelHasWordStarting(kind, latin))
                    .forEach(kind -> any.add(f.match().field("kind").matching(kind.code()).boost(0.5f)));
            any.add(f.match().fields("nameEn", "nameRu", "nameTg", "nameNative", "abbreviation").matching(word)
                    .boost(3));
            any.add(f.match().fields("nameEn_prefix", "nameRu_prefix", "nameTg_prefix", "nameNative_prefix")
                    .matching(word));
            if (!latin.isEmpty()) {
                any.add(f.match().field("latin").matching(latin).boost(2));
                any.add(f.match().field("latin_prefix").matching(latin).boost(0.5f));
            }
        }).toPredicate();
    }

    private static boolean labelHasWordStarting(VocabularyTerm kind, String latinPrefix) {
        return Stream.of(kind.labelEn(), kind.labelRu(), kind.labelTg())
                .map(LatinKey::of)
                .flatMap(label -> Stream.of(label.split(" ")))
                .anyMatch(labelWord -> latinPrefix.length() >= 3 ? labelWord.startsWith(latinPrefix)
                        : labelWord.equals(latinPrefix));
    }

    private HuquqUser requireEditor() {
        HuquqUser user = CurrentUser.require();
        if (!access.isEditor(user)) {
            throw new AccessDeniedToWrite("Your roles do not allow changing the registry of institutions");
        }
        return user;
    }

    private Counterpart readable(HuquqUser user, UUID id) {
        return counterparts.findByIdAndInstitutionId(id, user.institutionId())
                .orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
    }

    /**
     * Normalises the details and checks every rule; returns the normalised details or throws with every problem
     * found. {@code self} is the counterpart being changed, {@code null} for a new one.
     */
    private CounterpartDetails check(HuquqUser user, UUID self, CounterpartDetails typed) {
        List<FieldProblem> problems = new ArrayList<>();
        String kind = TypedText.checkedLine(typed.kind(), "kind", 60, problems);
        String country = TypedText.checkedLine(typed.countryCode(), "countryCode", 2, problems);
        String nameEn = name(typed.nameEn(), "nameEn", problems);
        String nameRu = name(typed.nameRu(), "nameRu", problems);
        String nameTg = name(typed.nameTg(), "nameTg", problems);
        String nameNative = name(typed.nameNative(), "nameNative", problems);
        String nativeLanguage = TypedText.checkedLine(typed.nativeLanguage(), "nativeLanguage", 8, problems);
        String abbreviation = TypedText.checkedLine(typed.abbreviation(), "abbreviation", 60, problems);
        String postalAddress = TypedText.checkedText(typed.postalAddress(), "postalAddress", 500, problems);
        String email = TypedText.checkedLine(typed.email(), "email", 254, problems);
        String phone = TypedText.checkedLine(typed.phone(), "phone", 40, problems);
        String website = website(TypedText.checkedLine(typed.website(), "website", 300, problems), "website", problems);
        String notes = TypedText.checkedText(typed.notes(), "notes", 4000, problems);

        if (kind == null) {
            problems.add(new FieldProblem("kind", "web.validation.required"));
        } else if (!vocabularies.isActive(KINDS, kind)) {
            problems.add(new FieldProblem("kind", "counterparts.error.kind"));
        }
        if (country == null) {
            problems.add(new FieldProblem("countryCode", "web.validation.required"));
        } else if (!COUNTRY.matcher(country).matches() || !Countries.isValid(country)) {
            problems.add(new FieldProblem("countryCode", "counterparts.error.country"));
        }
        boolean anyName = nameEn != null || nameRu != null || nameTg != null || nameNative != null;
        boolean nameFieldFaulty = problems.stream().anyMatch(p -> p.field().startsWith("name"));
        if (!anyName && !nameFieldFaulty) {
            problems.add(new FieldProblem("nameEn", "counterparts.error.nameRequired"));
        }
        if (nameNative != null && nativeLanguage == null) {
            problems.add(new FieldProblem("nativeLanguage", "counterparts.error.languageRequired"));
        } else if (nativeLanguage != null && !LANGUAGE.matcher(nativeLanguage).matches()) {
            problems.add(new FieldProblem("nativeLanguage", "shared.error.language"));
        }
        if (email != null && !EMAIL.matcher(email).matches()) {
            problems.add(new FieldProblem("email", "counterparts.error.email"));
        }
        if (phone != null && !isPhone(phone)) {
            problems.add(new FieldProblem("phone", "counterparts.error.phone"));
        }
        List<ContactPerson> contacts = contacts(typed.contacts(), problems);
        checkParent(user, self, typed.parentId(), problems);

        CounterpartDetails clean = new CounterpartDetails(kind, country, nameEn, nameRu, nameTg, nameNative,
                nameNative == null ? null : nativeLanguage, abbreviation, typed.parentId(), postalAddress, email,
                phone, website, notes, typed.isActive(), contacts);
        if (problems.isEmpty()) {
            checkDuplicate(user, self, clean, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return clean;
    }

    private List<ContactPerson> contacts(List<ContactPerson> typed, List<FieldProblem> problems) {
        if (typed.size() > MAX_CONTACTS) {
            problems.add(new FieldProblem("contacts", "counterparts.error.tooManyContacts"));
            return List.of();
        }
        List<ContactPerson> contacts = new ArrayList<>();
        for (int i = 0; i < typed.size(); i++) {
            ContactPerson person = typed.get(i);
            if (person == null || person.hasNothing()) {
                continue;
            }
            String prefix = "contacts[" + i + "].";
            String name = TypedText.checkedLine(person.name(), prefix + "name", 200, problems);
            String role = TypedText.checkedLine(person.role(), prefix + "role", 200, problems);
            String email = TypedText.checkedLine(person.email(), prefix + "email", 254, problems);
            String phone = TypedText.checkedLine(person.phone(), prefix + "phone", 40, problems);
            if (name != null && !TypedText.hasLetter(name)) {
                problems.add(new FieldProblem(prefix + "name", "shared.error.noLetters"));
            }
            if (name == null && role == null) {
                problems.add(new FieldProblem(prefix + "name", "counterparts.error.contactName"));
            }
            if (email != null && !EMAIL.matcher(email).matches()) {
                problems.add(new FieldProblem(prefix + "email", "counterparts.error.email"));
            }
            if (phone != null && !isPhone(phone)) {
                problems.add(new FieldProblem(prefix + "phone", "counterparts.error.phone"));
            }
            contacts.add(new ContactPerson(name, role, email, phone));
        }
        return contacts;
    }

    /** The parent must be in the same registry, and the chain of parents must not come back to {@code self}. */
    private void checkParent(HuquqUser user, UUID self, UUID parentId, List<FieldProblem> problems) {
        if (parentId == null) {
            return;
        }
        if (parentId.equals(self)) {
            problems.add(new FieldProblem("parentId", "counterparts.error.parentCycle"));
            return;
        }
        Optional<Counterpart> parent = counterparts.findByIdAndInstitutionId(parentId, user.institutionId());
        if (parent.isEmpty()) {
            problems.add(new FieldProblem("parentId", "counterparts.error.parent"));
            return;
        }
        Set<UUID> seen = new HashSet<>();
        Counterpart ancestor = parent.get();
        for (int depth = 0; ancestor != null; depth++) {
            if (ancestor.getId().equals(self) || !seen.add(ancestor.getId()) || depth > MAX_DEPTH) {
                problems.add(new FieldProblem("parentId", "counterparts.error.parentCycle"));
                return;
            }
            UUID next = ancestor.getParentId();
            ancestor = next == null ? null
                    : counterparts.findByIdAndInstitutionId(next, user.institutionId()).orElse(null);
        }
    }

    private void checkDuplicate(HuquqUser user, UUID self, CounterpartDetails clean, List<FieldProblem> problems) {
        String[][] names = { { "nameEn", clean.nameEn() }, { "nameRu", clean.nameRu() },
                { "nameTg", clean.nameTg() }, { "nameNative", clean.nameNative() } };
        List<String> keys = new ArrayList<>();
        for (String[] name : names) {
            String key = Counterpart.key(name[1]);
            if (key != null) {
                keys.add(key);
            }
        }
        if (keys.isEmpty()) {
            return;
        }
        List<Counterpart> same = counterparts.findSameName(user.institutionId(), clean.kind(), clean.countryCode(),
                self == null ? Ids.next() : self, keys, PageRequest.of(0, 1));
        if (same.isEmpty()) {
            return;
        }
        Counterpart existing = same.get(0);
        List<String> existingKeys = existing.nameKeys();
        for (String[] name : names) {
            String key = Counterpart.key(name[1]);
            if (key != null && existingKeys.contains(key)) {
                problems.add(new FieldProblem(name[0], "counterparts.error.duplicate",
                        List.of(existing.getReference())));
                return;
            }
        }
    }

    private static String name(String typed, String field, List<FieldProblem> problems) {
        String value = TypedText.checkedLine(typed, field, 300, problems);
        if (value != null && !TypedText.hasInvisible(value, false) && !TypedText.hasLetter(value)) {
            problems.add(new FieldProblem(field, "shared.error.noLetters"));
        }
        return value;
    }

    /** A web address as typed, with {@code https://} added when no scheme was given; only http(s) is accepted. */
    private static String website(String typed, String field, List<FieldProblem> problems) {
        if (typed == null) {
            return null;
        }
        String value = typed.contains("://") ? typed : "https://" + typed;
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            if ((scheme.equals("http") || scheme.equals("https")) && host != null && host.contains(".")
                    && uri.getUserInfo() == null && value.length() <= 300) {
                return value;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        if (problems.stream().noneMatch(p -> p.field().equals(field))) {
            problems.add(new FieldProblem(field, "counterparts.error.website"));
        }
        return typed;
    }

    private static boolean isPhone(String phone) {
        return PHONE.matcher(phone).matches() && phone.chars().filter(Character::isDigit).count() >= 5;
    }

    private static String describe(String reference, CounterpartDetails details) {
        return String.join(" | ", reference, details.kind(), details.countryCode(), String.valueOf(details.nameEn()),
                String.valueOf(details.nameRu()), String.valueOf(details.nameTg()),
                String.valueOf(details.nameNative()), String.valueOf(details.parentId()),
                details.isActive() ? "active" : "inactive");
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return isBlank(value) ? null : value.strip();
    }
}
