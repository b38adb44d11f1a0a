package org.huquq.audit.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.huquq.audit.AuditAction;
import org.springframework.stereotype.Component;

/** Reads a chain newest first by keyset, with only the filters that are set in the query. */
@Component
public class AuditEntryQueries {

    private final EntityManager entityManager;

    AuditEntryQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Up to {@code maxRows} entries of a chain with a sequence number below {@code beforeSeq} (all when
     * {@code null}), highest first, matching every criterion that is not {@code null} or empty.
     *
     * @param from entries at or after this instant
     * @param until entries before this instant
     */
    public List<AuditEntry> newestFirst(String chainKey, String actor, String objectType, Set<AuditAction> actions,
            Instant from, Instant until, Long beforeSeq, int maxRows) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> query = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> entry = query.from(AuditEntry.class);
        List<Predicate> where = new ArrayList<>();
        where.add(cb.equal(entry.get("chainKey"), chainKey));
        if (beforeSeq != null) {
            where.add(cb.lessThan(entry.get("seq"), beforeSeq));
        }
        if (actor != null) {
            where.add(cb.equal(entry.get("actor"), actor));
        }
        if (objectType != null) {
            where.add(cb.equal(entry.get("objectType"), objectType));
        }
        if (actions != null && !actions.isEmpty()) {
            where.add(entry.get("action").in(actions));
        }
        if (from != null) {
            where.add(cb.greaterThanOrEqualTo(entry.get("occurredAt"), from));
        }
        if (until != null) {
            where.add(cb.lessThan(entry.get("occurredAt"), until));
        }
        query.select(entry).where(where.toArray(Predicate[]::new)).orderBy(cb.desc(entry.get("seq")));
        return entityManager.createQuery(query).setMaxResults(maxRows).getResultList();
    }
}
