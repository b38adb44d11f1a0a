package org.huquq.operations.domain;

import java.time.Instant;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Writes of the health probe and of the search index's catch-up, and the online backup of the embedded database. */
public interface OperationsStateRepository extends Repository<OperationsState, Integer> {

    /** The health probe's write: one row, one column. */
    @Modifying
    @Query("update OperationsState s set s.checkedAt = :now where s.id = 1")
    int touch(Instant now);

    /** Since when the index missed writes, or null when it holds every record. */
    @Query("select s.indexBehindSince from OperationsState s where s.id = 1")
    Instant indexBehindSince();

    /** Remembers that the index missed writes, keeping the earliest time if it already was behind. */
    @Modifying
    @Query("update OperationsState s set s.indexBehindSince = :since where s.id = 1 and s.indexBehindSince is null")
    int markIndexBehind(Instant since);

    /** Forgets it once every record was indexed again after {@code caughtUpFrom}, unless it fell behind since. */
    @Modifying
    @Query("update OperationsState s set s.indexBehindSince = null where s.id = 1 and s.indexBehindSince < :caughtUpFrom")
    int markIndexCaughtUp(Instant caughtUpFrom);

    /** H2's online backup: a consistent copy of the open database, zipped into {@code file}. H2 only. */
    @Modifying
    @Query(value = "BACKUP TO :file", nativeQuery = true)
    void backupTo(String file);
}
