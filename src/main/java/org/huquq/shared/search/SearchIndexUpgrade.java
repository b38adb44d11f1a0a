package org.huquq.shared.search;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Indexes every searchable record again, once, when the search mapping has changed since the index was built
 * ({@link #MAPPING_VERSION} against the table {@code search_index_state}). Runs in the background once the
 * application is ready, in pages of their own transactions, as add-or-update operations: searches keep working
 * meanwhile, and a record only gains its new fields a little later. On several nodes each may run it; the work is
 * idempotent. The same pass brings back in step an index that missed writes (the operations module's catch-up).
 */
@Component
public class SearchIndexUpgrade {

    /**
     * The version of the search mapping. Raise it whenever an {@code @Indexed} entity gains or changes a field.
     * 2: letters' number parts and subjects in Latin letters; counterparts' contact persons.
     */
    static final int MAPPING_VERSION = 2;

    private static final Logger log = LoggerFactory.getLogger(SearchIndexUpgrade.class);
    private static final int PAGE = 500;

    private final EntityManagerFactory entityManagerFactory;
    private final EntityManager entityManager;
    private final SearchIndexStateRepository state;
    private final TransactionTemplate transaction;

    SearchIndexUpgrade(EntityManagerFactory entityManagerFactory, EntityManager entityManager,
            SearchIndexStateRepository state, PlatformTransactionManager transactionManager) {
        this.entityManagerFactory = entityManagerFactory;
        this.entityManager = entityManager;
        this.state = state;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        if (indexedVersion() < MAPPING_VERSION) {
            new Thread(this::reindexAll, "search-index-upgrade").start();
        }
    }

    int indexedVersion() {
        return state.findById(1).map(SearchIndexState::getMappingVersion).orElse(0);
    }

    /** Indexes every record of every indexed entity again; returns how many. */
    public int reindexAll() {
        log.info("Indexing every searchable record again (search mapping version {})", MAPPING_VERSION);
        int done = 0;
        for (SearchIndexedEntity<?> type : Search.mapping(entityManagerFactory).allIndexedEntities()) {
            done += reindex(type);
        }
        transaction.executeWithoutResult(status -> state.findById(1).ifPresent(row -> row.reached(MAPPING_VERSION)));
        log.info("Indexed {} records again", done);
        return done;
    }

    private <T> CriteriaQuery<T> byId(Class<T> entity) {
        CriteriaBuilder builder = entityManager.getCriteriaBuilder();
        CriteriaQuery<T> query = builder.createQuery(entity);
        Root<T> root = query.from(entity);
        return query.select(root).orderBy(builder.asc(root.get("id")));
    }

    /** One entity's records, a page at a time, by offset over a stable order (the id): no record is skipped. */
    private int reindex(SearchIndexedEntity<?> type) {
        int done = 0;
        while (true) {
            int first = done;
            int count = transaction.execute(status -> {
                List<?> page = entityManager.createQuery(byId(type.javaClass())).setFirstResult(first)
                        .setMaxResults(PAGE).getResultList();
                SearchSession search = Search.session(entityManager);
                page.forEach(record -> search.indexingPlan().addOrUpdate(record));
                return page.size();
            });
            done += count;
            if (count < PAGE) {
                return done;
            }
        }
    }
}
