package org.huquq.shared;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * Who created a record and when, who changed it last and when, and its version for optimistic locking: the columns
 * every aggregate carries (ARCHITECTURE.md, "Data rules").
 */
@MappedSuperclass
public abstract class ChangeTracked {

    @Column(nullable = false)
    protected Instant createdAt;

    @Column(nullable = false)
    protected String createdBy;

    @Column(nullable = false)
    protected Instant updatedAt;

    @Column(nullable = false)
    protected String updatedBy;

    @Version
    protected long version;

    /** Records the creation, which is also the first change. */
    protected void created(String by) {
        this.createdAt = Instant.now();
        this.createdBy = by;
        touched(by);
    }

    /** Records a change. */
    protected void touched(String by) {
        this.updatedAt = Instant.now();
        this.updatedBy = by;
    }

    public long getVersion() {
        return version;
    }
}
