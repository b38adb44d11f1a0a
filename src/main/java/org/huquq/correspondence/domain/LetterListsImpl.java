package org.huquq.correspondence.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.huquq.shared.Confidentiality;
import org.huquq.shared.DateCursor;

/**
 * The overdue list as criteria queries, read by keyset: only the filters given become conditions, and the order starts with the
 * columns of the index that fits them ({@code ix_letter_awaiting}, {@code ix_letter_awaiting_counterpart},
 * {@code ix_letter_awaiting_owner}, {@code ix_letter_awaiting_direction}), so that the database reads the page's rows from the index in order instead of
 * sorting every overdue letter of the institution. A condition like "{@code :counterpart is null or ...}" would keep
 * H2 from using the narrower index.
 */
class LetterListsImpl implements LetterLists {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public List<Letter> awaiting(AwaitingQuery query, DateCursor after, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Letter> criteria = cb.createQuery(Letter.class);
        Root<Letter> letter = criteria.from(Letter.class);
        List<Predicate> where = new ArrayList<>(List.of(conditions(cb, letter, query)));
        if (after != null) {
            Path<LocalDate> replyBy = letter.get("awaitingReplyBy");
            // the range lets the database seek to the cursor in the index; the rest breaks ties on the same date
            where.add(cb.greaterThanOrEqualTo(replyBy, after.date()));
            where.add(cb.or(cb.greaterThan(replyBy, after.date()),
                    cb.and(cb.equal(replyBy, after.date()), cb.greaterThan(letter.<UUID>get("id"), after.id()))));
        }
        List<Order> order = new ArrayList<>();
        order.add(cb.asc(letter.get("institutionId")));
        if (query.counterpartId() != null) {
            order.add(cb.asc(letter.get("counterpartId")));
        } else if (query.owner() != null) {
            order.add(cb.asc(letter.get("owner")));
        } else if (query.direction() != null) {
            order.add(cb.asc(letter.get("direction")));
        }
        order.add(cb.asc(letter.get("awaitingReplyBy")));
        order.add(cb.asc(letter.get("id")));
        criteria.select(letter).where(where.toArray(Predicate[]::new)).orderBy(order);
        return entityManager.createQuery(criteria).setMaxResults(limit).getResultList();
    }

    @Override
    public int countAwaiting(AwaitingQuery query, int max) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<UUID> criteria = cb.createQuery(UUID.class);
        Root<Letter> letter = criteria.from(Letter.class);
        criteria.select(letter.get("id")).where(conditions(cb, letter, query));
        return entityManager.createQuery(criteria).setMaxResults(max).getResultList().size();
    }

    private static Predicate[] conditions(CriteriaBuilder cb, Root<Letter> letter, AwaitingQuery query) {
        List<Predicate> conditions = new ArrayList<>();
        conditions.add(cb.equal(letter.get("institutionId"), query.institutionId()));
        if (query.counterpartId() != null) {
            conditions.add(cb.equal(letter.get("counterpartId"), query.counterpartId()));
        }
        if (query.owner() != null) {
            conditions.add(cb.equal(letter.get("owner"), query.owner()));
        }
        if (query.direction() != null) {
            conditions.add(cb.equal(letter.get("direction"), query.direction()));
        }
        conditions.add(cb.lessThan(letter.get("awaitingReplyBy"), query.before()));
        Path<Confidentiality> level = letter.get("confidentiality");
        Predicate inTeam = letter.get("teamId").in(query.teams());
        conditions.add(cb.or(level.in(query.openLevels()),
                cb.and(cb.equal(level, Confidentiality.CONFIDENTIAL),
                        query.allConfidential() ? cb.conjunction() : inTeam),
                cb.and(cb.equal(level, Confidentiality.STRICTLY_CONFIDENTIAL),
                        query.allStrict() ? cb.conjunction() : inTeam)));
        return conditions.toArray(Predicate[]::new);
    }
}
