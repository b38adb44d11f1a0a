package org.huquq.people;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.huquq.audit.AuditAction;
import org.huquq.audit.AuditLog;
import org.huquq.audit.AuditOutcome;
import org.huquq.identity.AccessPolicy;
import org.huquq.identity.CurrentUser;
import org.huquq.identity.HuquqUser;
import org.huquq.people.domain.DuplicateCandidate;
import org.huquq.people.domain.DuplicateCandidateRepository;
import org.huquq.people.domain.DuplicateDetector;
import org.huquq.people.domain.NotDuplicate;
import org.huquq.people.domain.NotDuplicateRepository;
import org.huquq.people.domain.Person;
import org.huquq.people.domain.PersonMerge;
import org.huquq.people.domain.PersonMergeRepository;
import org.huquq.people.domain.PersonRepository;
import org.huquq.shared.AccessDeniedToWrite;
import org.huquq.shared.InvalidInputException;
import org.huquq.shared.NotFoundException;
import org.huquq.shared.NumberedPages;
import org.huquq.shared.StaleVersionException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Possible duplicates: finding them over the whole registry, the review list, merging (nothing is lost: every name,
 * document, contact and link moves to the survivor, and the merged person stays as a pointer), "not the same
 * person", and undoing a merge. Every decision is audited.
 */
@Service
public class PersonDuplicates {

    /** The most candidate pairs one page of {@link #candidates(int, int)} holds. */
    public static final int MAX_PAGE_SIZE = 100;

    private final PersonRepository persons;
    private final DuplicateDetector detector;
    private final DuplicateCandidateRepository candidates;
    private final NotDuplicateRepository notDuplicates;
    private final PersonMergeRepository merges;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;

    /** Candidates are inserted this many to a JDBC batch. */
    private static final int INSERT_BATCH = 100;

    PersonDuplicates(PersonRepository persons, DuplicateDetector detector, DuplicateCandidateRepository candidates,
            NotDuplicateRepository notDuplicates, PersonMergeRepository merges, AccessPolicy access, AuditLog audit,
            ApplicationEventPublisher events, EntityManager entityManager) {
        this.entityManager = entityManager;
        this.persons = persons;
        this.detector = detector;
        this.candidates = candidates;
        this.notDuplicates = notDuplicates;
        this.merges = merges;
        this.access = access;
        this.audit = audit;
        this.events = events;
    }

    /** Recomputes the candidates of the caller's institution over its whole registry; returns how many. */
    @Transactional
    public int detect() {
        HuquqUser user = requireEditor();
        Set<NotDuplicate.Pair> excluded = new HashSet<>(notDuplicates.findByInstitutionId(user.institutionId()).stream().map(NotDuplicate::pair).toList());
        List<DuplicateDetector.Found> found = detector.detect(user.institutionId(), excluded);
        candidates.deleteByInstitution(user.institutionId());
        // new rows only: persisted (saveAll would merge, one select each), in JDBC batches, the context kept small
        Session session = entityManager.unwrap(Session.class);
        Integer batchSize = session.getJdbcBatchSize();
        session.setJdbcBatchSize(INSERT_BATCH);
        try {
            int inserted = 0;
            for (DuplicateDetector.Found f : found) {
                entityManager.persist(new DuplicateCandidate(user.institutionId(), f.personA(), f.personB(),
                        f.score().value(), String.join(",", f.score().reasons())));
                if (++inserted % (INSERT_BATCH * 10) == 0) {
                    entityManager.flush();
                    entityManager.clear();
                }
            }
            entityManager.flush();
            entityManager.clear();
        } finally {
            session.setJdbcBatchSize(batchSize);
        }
        audit.record(AuditAction.UPDATE, "DuplicateCandidates", user.institutionId(), AuditOutcome.SUCCESS,
                found.size() + " candidates");
        return found.size();
    }

    /** The candidates of which the caller may read both persons, best first. */
    @Transactional(readOnly = true)
    public List<DuplicatePair> candidates(int page, int size) {
        HuquqUser user = CurrentUser.require();
        if (!access.canSeeIdentities(user)) {
            return List.of();
        }
        int boundedSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int boundedPage = NumberedPages.page(page, boundedSize);
        return candidates.findByInstitutionIdOrderByScoreDescIdAsc(user.institutionId(),
                PageRequest.of(boundedPage, boundedSize)).stream()
                .map(c -> pair(user, c)).filter(java.util.Objects::nonNull).toList();
    }

    private DuplicatePair pair(HuquqUser user, DuplicateCandidate candidate) {
        Person a = persons.findById(candidate.getPersonA()).filter(p -> access.canRead(user, p)).orElse(null);
        Person b = persons.findById(candidate.getPersonB()).filter(p -> access.canRead(user, p)).orElse(null);
        if (a == null || b == null || a.getMergedInto() != null || b.getMergedInto() != null) {
            return null;
        }
        return new DuplicatePair(candidate.getId(), a.toView(), b.toView(), candidate.getScore(),
                Arrays.stream(candidate.getReasons().split(",")).filter(r -> !r.isBlank()).toList());
    }

    /** Records that the two persons of a candidate are different people; the pair is not proposed again. */
    @Transactional
    public void markNotSame(UUID candidateId) {
        HuquqUser user = requireEditor();
        DuplicateCandidate candidate = candidates.findById(candidateId)
                .filter(c -> pair(user, c) != null)
                .orElseThrow(() -> new NotFoundException("DuplicateCandidate", candidateId));
        notDuplicates.save(new NotDuplicate(user.institutionId(), candidate.getPersonA(), candidate.getPersonB(),
                user.username()));
        candidates.delete(candidate);
        audit.record(AuditAction.UPDATE, "Person", candidate.getPersonA(), AuditOutcome.SUCCESS,
                "not the same person as " + candidate.getPersonB());
    }

    /**
     * Merges {@code mergedId} into {@code survivorId}, both as last seen by the caller. Other modules follow through
     * {@link PersonsMerged}.
     */
    @Transactional
    public MergeResult merge(UUID survivorId, long survivorVersion, UUID mergedId, long mergedVersion) {
        HuquqUser user = requireEditor();
        if (survivorId.equals(mergedId)) {
            throw new InvalidInputException("mergedId", "people.duplicates.error.self");
        }
        Person survivor = writable(user, survivorId, survivorVersion);
        Person merged = writable(user, mergedId, mergedVersion);
        List<org.huquq.people.domain.MergeItem> moved = survivor.absorb(merged, user.username());
        PersonMerge merge = merges.save(new PersonMerge(user.institutionId(), survivorId, mergedId, moved,
                user.username()));
        candidates.deleteInvolving(mergedId);
        persons.flush();
        audit.record(AuditAction.UPDATE, "Person", survivorId, AuditOutcome.SUCCESS,
                "merged " + merged.getReference() + " into " + survivor.getReference());
        audit.record(AuditAction.UPDATE, "Person", mergedId, AuditOutcome.SUCCESS,
                "merged into " + survivor.getReference());
        events.publishEvent(new PersonsMerged(merge.getId(), survivorId, mergedId));
        return new MergeResult(merge.getId(), survivor.toView());
    }

    /** The merge that made a person a pointer to another, if it is still in force. */
    @Transactional(readOnly = true)
    public java.util.Optional<UUID> activeMergeOf(UUID mergedId) {
        return merges.findFirstByMergedIdAndUndoneAtIsNullOrderByMergedAtDesc(mergedId).map(PersonMerge::getId);
    }

    /** Undoes a merge exactly: what moved goes back, and the merged person is a person of its own again. */
    @Transactional
    public PersonView undo(UUID mergeId) {
        HuquqUser user = requireEditor();
        PersonMerge merge = merges.findByIdAndInstitutionId(mergeId, user.institutionId())
                .orElseThrow(() -> new NotFoundException("PersonMerge", mergeId));
        if (merge.isUndone()) {
            throw new InvalidInputException("mergeId", "people.duplicates.error.alreadyUndone");
        }
        Person survivor = readable(user, merge.getSurvivorId());
        Person restored = persons.findByIdAndInstitutionId(merge.getMergedId(), user.institutionId()).orElseThrow();
        if (!access.canWrite(user, survivor) || !access.canWrite(user, restored)) {
            throw new NotFoundException("PersonMerge", mergeId);
        }
        survivor.release(restored, merge.getItems(), user.username());
        merge.undo(user.username());
        persons.flush();
        audit.record(AuditAction.UPDATE, "Person", restored.getId(), AuditOutcome.SUCCESS,
                "merge into " + survivor.getReference() + " undone");
        events.publishEvent(new PersonMergeUndone(mergeId, survivor.getId(), restored.getId()));
        return restored.toView();
    }

    private HuquqUser requireEditor() {
        HuquqUser user = CurrentUser.require();
        if (!access.isEditor(user) || !access.canSeeIdentities(user)) {
            throw new AccessDeniedToWrite("Your roles do not allow judging duplicates");
        }
        return user;
    }

    private Person readable(HuquqUser user, UUID id) {
        return persons.findByIdAndInstitutionId(id, user.institutionId()).filter(p -> access.canRead(user, p))
                .orElseThrow(() -> new NotFoundException("Person", id));
    }

    private Person writable(HuquqUser user, UUID id, long expectedVersion) {
        Person person = readable(user, id);
        if (!access.canWrite(user, person)) {
            throw new AccessDeniedToWrite("Your roles do not allow changing this person");
        }
        if (person.getMergedInto() != null) {
            throw new InvalidInputException("mergedId", "people.duplicates.error.alreadyMerged");
        }
        if (person.getVersion() != expectedVersion) {
            throw new StaleVersionException(expectedVersion, person.getVersion());
        }
        return person;
    }
}
