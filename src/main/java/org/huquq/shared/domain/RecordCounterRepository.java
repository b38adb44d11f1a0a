package org.huquq.shared.domain;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface RecordCounterRepository extends JpaRepository<RecordCounter, RecordCounter.Key> {

    /**
     * Creates the counter of a series and year unless it exists, in the caller's transaction: when two clerks race
     * for the first number, the second waits for the first and then does nothing (PostgreSQL and H2 alike).
     */
    @Modifying
    @Query(value = "insert into registry_counter (institution_id, series, registry_year, last_number)"
            + " values (:institutionId, :series, :year, 0) on conflict do nothing", nativeQuery = true)
    void createIfAbsent(UUID institutionId, String series, int year);

    /** The counter, locked until the calling transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from RecordCounter c where c.key = :key")
    Optional<RecordCounter> lock(RecordCounter.Key key);
}
