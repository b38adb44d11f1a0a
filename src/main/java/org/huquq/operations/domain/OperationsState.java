package org.huquq.operations.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;

/**
 * The one row the health probe writes, in the database and, as a document of its own index, in the search index:
 * that both still take writes is what "healthy" means here.
 */
@Entity
@Table(name = "operations_state")
@Indexed(index = "operations-state")
public class OperationsState {

    /** The id of the one row. */
    public static final int ID = 1;

    @Id
    private Integer id;

    @Column(nullable = false)
    private Instant checkedAt;

    private Instant indexBehindSince;

    protected OperationsState() {
    }

    public Integer getId() {
        return id;
    }
}
