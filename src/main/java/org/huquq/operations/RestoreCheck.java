package org.huquq.operations;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.huquq.audit.AuditLog;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The second half of a restore, run in the application started on the restored data: the search index built anew
 * from the database (Hibernate Search's mass indexer), counted against it, and every audit chain verified.
 */
@Component
class RestoreCheck {

    private final EntityManagerFactory entityManagerFactory;
    private final EntityManager entityManager;
    private final TransactionTemplate transaction;
    private final AuditLog audit;

    RestoreCheck(EntityManagerFactory entityManagerFactory, EntityManager entityManager,
            PlatformTransactionManager transactionManager, AuditLog audit) {
        this.entityManagerFactory = entityManagerFactory;
        this.entityManager = entityManager;
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setReadOnly(true);
        this.audit = audit;
    }

    /** Rebuilds the index and verifies the audit chains of what was restored from {@code archive}. */
    RestoreReport check(java.nio.file.Path archive, boolean database, int files) throws InterruptedException {
        Search.mapping(entityManagerFactory).scope(Object.class).massIndexer().startAndWait();
        List<RestoreReport.IndexCount> index = Search.mapping(entityManagerFactory).allIndexedEntities().stream()
                .map(this::count).toList();
        return new RestoreReport(archive, database, files, index, audit.verifyAll());
    }

    private RestoreReport.IndexCount count(SearchIndexedEntity<?> type) {
        return transaction.execute(status -> {
            CriteriaBuilder builder = entityManager.getCriteriaBuilder();
            CriteriaQuery<Long> rows = builder.createQuery(Long.class);
            rows.select(builder.count(rows.from(type.javaClass())));
            long records = entityManager.createQuery(rows).getSingleResult();
            long indexed = Search.session(entityManager).search(type.javaClass()).where(f -> f.matchAll())
                    .fetchTotalHitCount();
            return new RestoreReport.IndexCount(type.jpaName(), records, indexed);
        });
    }
}
