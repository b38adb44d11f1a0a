package org.huquq.places;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.huquq.audit.AuditAction;
import org.huquq.audit.AuditDetails;
import org.huquq.audit.AuditLog;
import org.huquq.audit.AuditOutcome;
import org.huquq.identity.AccessPolicy;
import org.huquq.identity.AccessPolicy.ReadScope;
import org.huquq.identity.CurrentUser;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.IdentityManagement;
import org.huquq.identity.TeamSummary;
import org.huquq.places.domain.Place;
import org.huquq.places.domain.PlaceRepository;
import org.huquq.shared.AccessDeniedToWrite;
import org.huquq.shared.Confidentiality;
import org.huquq.shared.Countries;
import org.huquq.shared.Ids;
import org.huquq.shared.InvalidInputException;
import org.huquq.shared.InvalidInputException.FieldProblem;
import org.huquq.shared.KeysetPage;
import org.huquq.shared.NameCursor;
import org.huquq.shared.NotFoundException;
import org.huquq.shared.NumberedPages;
import org.huquq.shared.Protection;
import org.huquq.shared.StaleVersionException;
import org.huquq.shared.Vocabularies;
import org.huquq.shared.search.SearchAnalysis;
import org.springframework.data.domain.PageRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry of places: create, change, read and find, always as the signed-in user. A place the user may not
 * read does not exist for them ({@link NotFoundException}); every change, and every read of a confidential place,
 * is audited in the same transaction.
 */
@Service
public class PlaceManagement {

    public static final int MAX_PAGE_SIZE = 100;

    private static final Set<Confidentiality> OPEN_LEVELS = EnumSet.of(Confidentiality.PUBLIC,
            Confidentiality.INTERNAL);

    /** The vocabulary of place types. */
    public static final String TYPES = "place-type";

    /** The vocabulary of authorities a place answers to. */
    public static final String AUTHORITIES = "authority";
    static final String AUDIT_TYPE = "Place";

    private final PlaceRepository places;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final IdentityManagement identity;
    private final Vocabularies vocabularies;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;

    PlaceManagement(PlaceRepository places, AccessPolicy access, AuditLog audit, IdentityManagement identity,
            Vocabularies vocabularies, EntityManager entityManager, ApplicationEventPublisher events) {
        this.events = events;
        this.places = places;
        this.access = access;
        this.audit = audit;
        this.identity = identity;
        this.vocabularies = vocabularies;
        this.entityManager = entityManager;
    }

    @Transactional
    public PlaceView create(PlaceDetails details) {
        HuquqUser user = CurrentUser.require();
        validate(user, details);
        Place place = places.save(new Place(user.institutionId(), details, user.username()));
        places.flush();
        audit.record(AuditAction.CREATE, AUDIT_TYPE, place.getId(), AuditOutcome.SUCCESS, describe(details));
        return place.toView();
    }

    /** Changes a place that the caller last saw at {@code expectedVersion}. */
    @Transactional
    public PlaceView update(UUID id, long expectedVersion, PlaceDetails details) {
        HuquqUser user = CurrentUser.require();
        Place place = readable(user, id);
        if (!access.canWrite(user, place)) {
            throw new AccessDeniedToWrite("Your roles do not allow changing this place");
        }
        if (place.getVersion() != expectedVersion) {
            throw new StaleVersionException(expectedVersion, place.getVersion());
        }
        validate(user, details);
        place.apply(details, user.username());
        places.flush();
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, place.getId(), AuditOutcome.SUCCESS, describe(details));
        PlaceView view = place.toView();
        events.publishEvent(new PlaceChanged(view));
        return view;
    }

    /** The id of the one place the caller may read with this official code (compared ignoring case), if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<UUID> findIdByCode(String code) {
        HuquqUser user = CurrentUser.require();
        if (code == null || code.isBlank()) {
            return java.util.Optional.empty();
        }
        List<UUID> found = places.findByInstitutionIdAndCodeIgnoreCase(user.institutionId(), code.strip()).stream()
                .filter(place -> access.canRead(user, place)).map(Place::getId).toList();
        return found.size() == 1 ? java.util.Optional.of(found.get(0)) : java.util.Optional.empty();
    }

    /**
     * Of these places, those the caller may read, by id, in one query, without auditing the reads: for the lists of
     * other modules that name the places of their rows (a confidential place's own page still audits its read).
     */
    @Transactional(readOnly = true)
    public Map<UUID, PlaceView> readable(Collection<UUID> ids) {
        HuquqUser user = CurrentUser.require();
        Map<UUID, PlaceView> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        places.findAllById(Set.copyOf(ids)).stream()
                .filter(place -> place.institutionId().equals(user.institutionId()) && access.canRead(user, place))
                .forEach(place -> found.put(place.getId(), place.toView()));
        return found;
    }

    /** A place the caller may read; reading a confidential one is audited. */
    @Transactional
    public PlaceView get(UUID id) {
        HuquqUser user = CurrentUser.require();
        Place place = readable(user, id);
        if (place.confidentiality().isAuditedOnRead()) {
            audit.record(AuditAction.READ, AUDIT_TYPE, place.getId(), AuditOutcome.SUCCESS, null);
        }
        return place.toView();
    }

    public boolean canEdit(PlaceView place) {
        HuquqUser user = CurrentUser.require();
        return access.canWrite(user, new Protection(user.institutionId(), place.confidentiality(), place.teamId()));
    }

    public boolean canCreate() {
        return access.isEditor(CurrentUser.require());
    }

    /**
     * The places the caller may read that match the filter's country, type and authority, by name, a keyset page
     * after {@code after} ({@code null} for the first), with the count of all of them. Places added while a reader
     * pages never shift the pages still to come. Text is searched by {@link #search}.
     *
     * @throws IllegalArgumentException when the filter has text
     */
    @Transactional(readOnly = true)
    public KeysetPage<PlaceView> find(PlaceFilter filter, NameCursor after, int size) {
        if (filter.hasText()) {
            throw new IllegalArgumentException("text is searched by relevance, in numbered pages: search(...)");
        }
        ReadScope scope = access.readScope(CurrentUser.require());
        int limit = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        String country = blankToNull(filter.countryCode());
        String type = blankToNull(filter.type());
        String authority = blankToNull(filter.authority());
        List<Place> rows = places.findReadable(scope.institutionId(), OPEN_LEVELS, Confidentiality.CONFIDENTIAL,
                scope.allConfidential(), Confidentiality.STRICTLY_CONFIDENTIAL, scope.allStrict(),
                scope.teamsForQuery(), country, type, authority, after == null, after == null ? "" : after.name(),
                after == null ? Ids.NONE : after.id(), PageRequest.of(0, KeysetPage.fetchSize(limit)));
        long total = places.countReadable(scope.institutionId(), OPEN_LEVELS, Confidentiality.CONFIDENTIAL,
                scope.allConfidential(), Confidentiality.STRICTLY_CONFIDENTIAL, scope.allStrict(),
                scope.teamsForQuery(), country, type, authority);
        return KeysetPage.of(rows, limit, place -> NameCursor.of(place.sortName(), place.getId()).toString())
                .map(Place::toView).counted(total, total);
    }

    /**
     * The places the caller may read that match the filter's text, best match first, in numbered pages from the
     * search index (relevance has no column to seek by): the place of a code first, then codes that begin with it,
     * then names that hold it as a phrase, when the text has a digit; names that hold its words otherwise.
     */
    @Transactional(readOnly = true)
    public PlacePage search(PlaceFilter filter, int page, int size) {
        ReadScope scope = access.readScope(CurrentUser.require());
        int boundedSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int boundedPage = NumberedPages.page(page, boundedSize);
        if (!filter.hasText() || !SearchAnalysis.isSearchable(filter.text())) {
            return new PlacePage(List.of(), boundedPage, boundedSize, 0);
        }
        return search(scope, filter, boundedPage, boundedSize);
    }

    /** The teams a place can be assigned to. */
    @Transactional(readOnly = true)
    public List<TeamSummary> teams() {
        return identity.teams(CurrentUser.require().institutionId());
    }

    private PlacePage search(ReadScope scope, PlaceFilter filter, int page, int size) {
        SearchResult<Place> result = Search.session(entityManager).search(Place.class)
                .where((f, root) -> {
                    root.add(f.match().field("institutionId").matching(scope.institutionId()));
                    root.add(scope.toPredicate(f));
                    String text = filter.text().strip();
                    String code = text.toLowerCase(Locale.ROOT);
                    root.add(f.or().with(any -> {
                        any.add(f.match().field("code").matching(code).boost(100));
                        if (looksLikeCode(text)) {
                            // "YAS 3/1": codes that begin so, and names that hold it as written; not every name
                            // with a "1" in it
                            any.add(f.wildcard().field("code").matching(wildcardEscaped(code) + "*").boost(20));
                            any.add(f.phrase().fields("nameEn", "nameRu", "nameTg", "code_text").matching(text)
                                    .boost(2));
                        } else {
                            any.add(f.match().fields("nameEn", "nameRu", "nameTg", "code_text").matching(text)
                                    .boost(2));
                            any.add(f.match().fields("nameEn_prefix", "nameRu_prefix", "nameTg_prefix")
                                    .matching(text));
                        }
                    }));
                    if (filter.countryCode() != null && !filter.countryCode().isBlank()) {
                        root.add(f.match().field("countryCode").matching(filter.countryCode()));
                    }
                    if (filter.type() != null && !filter.type().isBlank()) {
                        root.add(f.match().field("type").matching(filter.type()));
                    }
                    if (filter.authority() != null && !filter.authority().isBlank()) {
                        root.add(f.match().field("authority").matching(filter.authority()));
                    }
                })
                .sort(f -> f.score().then().field("code"))
                .fetch(page * size, size);
        return new PlacePage(result.hits().stream().map(Place::toView).toList(), page, size,
                result.total().hitCount());
    }

    /** Codes carry numbers (YAS 3/1, SIZO-1); the words of a name searched for mostly do not. */
    private static boolean looksLikeCode(String text) {
        return text.codePoints().anyMatch(Character::isDigit);
    }

    private static String wildcardEscaped(String text) {
        return text.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?");
    }

    private Place readable(HuquqUser user, UUID id) {
        return places.findByIdAndInstitutionId(id, user.institutionId())
                .filter(place -> access.canRead(user, place))
                .orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
    }

    private void validate(HuquqUser user, PlaceDetails details) {
        List<FieldProblem> problems = new ArrayList<>();
        if (isBlank(details.nameEn()) && isBlank(details.nameRu()) && isBlank(details.nameTg())) {
            problems.add(new FieldProblem("nameEn", "places.error.nameRequired"));
        }
        if (details.type() != null && !vocabularies.isActive(TYPES, details.type())) {
            problems.add(new FieldProblem("type", "places.error.type"));
        }
        if (details.authority() != null && !vocabularies.isActive(AUTHORITIES, details.authority())) {
            problems.add(new FieldProblem("authority", "places.error.authority"));
        }
        if (details.countryCode() != null && !Countries.isValid(details.countryCode())) {
            problems.add(new FieldProblem("countryCode", "places.error.country"));
        }
        if ((details.latitude() == null) != (details.longitude() == null)) {
            problems.add(new FieldProblem(details.latitude() == null ? "latitude" : "longitude",
                    "places.error.coordinates"));
        }
        if (details.teamId() != null
                && identity.teams(user.institutionId()).stream().noneMatch(t -> t.id().equals(details.teamId()))) {
            problems.add(new FieldProblem("teamId", "places.error.team"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Protection future = new Protection(user.institutionId(), details.confidentiality(), details.teamId());
        if (!access.isEditor(user)) {
            throw new AccessDeniedToWrite("Your roles do not allow changing places");
        }
        if (!access.canWrite(user, future)) {
            // the user would lock themselves out of the record they are saving
            throw new InvalidInputException("confidentiality", "places.error.lockout");
        }
    }

    /** The fields given and the level: never the place's names or code, which a reader of the trail may not read. */
    private static String describe(PlaceDetails details) {
        return AuditDetails.fieldsGiven(details) + " | level " + details.confidentiality();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return isBlank(value) ? null : value;
    }
}
