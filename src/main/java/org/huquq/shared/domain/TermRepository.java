package org.huquq.shared.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TermRepository extends JpaRepository<Term, UUID> {

    /** Built-in terms and those of the institution (none when {@code institutionId} is null). */
    @Query("""
            select t from Term t
            where t.vocabularyCode = :vocabulary and (t.institutionId is null or t.institutionId = :institution)
            order by t.sortOrder, t.code""")
    List<Term> findVisible(@Param("vocabulary") String vocabulary, @Param("institution") UUID institutionId);

    @Query("""
            select t from Term t
            where t.vocabularyCode = :vocabulary and t.code = :code
              and (t.institutionId is null or t.institutionId = :institution)""")
    Optional<Term> findVisible(@Param("vocabulary") String vocabulary, @Param("code") String code,
            @Param("institution") UUID institutionId);

    @Query("select coalesce(max(t.sortOrder), 0) from Term t where t.vocabularyCode = :vocabulary")
    int maxSortOrder(@Param("vocabulary") String vocabulary);
}
