package org.huquq.imports.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.huquq.imports.ImportStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SpreadsheetImportRepository extends JpaRepository<SpreadsheetImport, UUID> {

    Optional<SpreadsheetImport> findByIdAndInstitutionId(UUID id, UUID institutionId);

    /** The newest first, after the cursor (created at, id) when {@code first} is false. */
    @Query("""
            select i from SpreadsheetImport i where i.institutionId = :institution
              and (:first = true or i.createdAt < :at or (i.createdAt = :at and i.id < :id))
            order by i.createdAt desc, i.id desc""")
    List<SpreadsheetImport> findNewest(@Param("institution") UUID institution, @Param("first") boolean first,
            @Param("at") Instant at, @Param("id") UUID id, Pageable page);

    long countByInstitutionId(UUID institution);

    /** Progress, from the background; leaves the version alone so that the run's own update still applies. */
    @Modifying
    @Query("update SpreadsheetImport i set i.rowsRead = :rows where i.id = :id")
    void progress(@Param("id") UUID id, @Param("rows") int rows);

    @Modifying
    @Query("update SpreadsheetImport i set i.cancelRequested = true where i.id = :id")
    void requestCancel(@Param("id") UUID id);

    @Query("select i.cancelRequested from SpreadsheetImport i where i.id = :id")
    boolean isCancelRequested(@Param("id") UUID id);

    @Query("select i.id from SpreadsheetImport i where i.status = :status")
    List<UUID> findIdsByStatus(@Param("status") ImportStatus status);
}
