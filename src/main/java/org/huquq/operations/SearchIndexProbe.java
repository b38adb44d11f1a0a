package org.huquq.operations;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.huquq.operations.domain.OperationsState;
import org.springframework.stereotype.Component;

/**
 * Proves that the search index takes writes and answers: writes the document of the one {@link OperationsState}
 * row, committed and refreshed, and finds it again; through Hibernate Search, so the same on Lucene and OpenSearch.
 * It needs no database connection: a database that fails does not make the index look failed.
 */
@Component
class SearchIndexProbe {

    private final EntityManagerFactory entityManagerFactory;

    SearchIndexProbe(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    /** @throws RuntimeException when the index refuses the write or does not return what was written */
    void writeAndRead() {
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            SearchSession search = Search.session(entityManager);
            // this write must fail loudly, not be reported and retried like the writes of the application
            search.indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.sync());
            search.indexingPlan().addOrUpdate(entityManager.getReference(OperationsState.class, OperationsState.ID));
            search.indexingPlan().execute();
            long found = search.search(OperationsState.class).where(f -> f.id().matching(OperationsState.ID))
                    .fetchTotalHitCount();
            if (found != 1) {
                throw new IllegalStateException("the search index returned " + found
                        + " documents for the one just written");
            }
        }
    }
}
