package org.huquq.imports.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.huquq.imports.RowOutcome;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ImportRowRepository extends JpaRepository<ImportRow, ImportRow.Key> {

    /** The rows after {@code after}, in file order, of the given outcomes. */
    @Query("""
            select r from ImportRow r where r.importId = :import and r.rowNumber > :after and r.outcome in :outcomes
            order by r.rowNumber""")
    List<ImportRow> findAfter(@Param("import") UUID importId, @Param("after") int after,
            @Param("outcomes") List<RowOutcome> outcomes, Pageable page);

    /** The persons the run registered for the rows after {@code after}: row numbers and ids, in file order. */
    @Query("""
            select r.rowNumber, r.createdPersonId from ImportRow r
            where r.importId = :import and r.rowNumber > :after and r.createdPersonId is not null order by r.rowNumber""")
    List<Object[]> findCreatedAfter(@Param("import") UUID importId, @Param("after") int after, Pageable page);

    @Query("select count(r) from ImportRow r where r.importId = :import and r.outcome in :outcomes")
    long countOutcomes(@Param("import") UUID importId, @Param("outcomes") List<RowOutcome> outcomes);

    @Query("""
            select count(r) from ImportRow r where r.importId = :import and r.outcome = org.huquq.imports.RowOutcome.AMBIGUOUS
              and r.chosen is null""")
    int countUnchosen(@Param("import") UUID importId);

    /** Settles every ambiguous row still waiting as a new person. */
    @Modifying
    @Query("""
            update ImportRow r set r.chosen = org.huquq.imports.domain.ImportRow.NEW_PERSON
            where r.importId = :import and r.outcome = org.huquq.imports.RowOutcome.AMBIGUOUS and r.chosen is null""")
    void chooseNewForWaiting(@Param("import") UUID importId);

    Optional<ImportRow> findByImportIdAndRowNumber(UUID importId, int rowNumber);

    @Modifying
    @Query("delete from ImportRow r where r.importId = :import")
    void deleteOfImport(@Param("import") UUID importId);
}
