package org.huquq.counterparts.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;


import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CounterpartRepository extends JpaRepository<Counterpart, UUID> {

    Optional<Counterpart> findByIdAndInstitutionId(UUID id, UUID institutionId);

    Optional<Counterpart> findByReferenceAndInstitutionId(String reference, UUID institutionId);

    /** Which counterparts of an institution match the filters; null filters match all. Shared by page and count. */
    String FILTERED = """
            from Counterpart c
            where c.institutionId = :institutionId
              and (:kind is null or c.kind = :kind)
              and (:countryCode is null or c.countryCode = :countryCode)
              and (:active is null or c.active = :active)
            """;

    /**
     * A keyset page of the counterparts of an institution, by name ({@link Counterpart#sortName()}) and then id: the
     * first page when {@code first}, else those after {@code afterName} and {@code afterId}. No index holds the
     * name's order; a registry holds thousands of bodies, not millions, which the database sorts as it reads them.
     */
    @Query("select c " + FILTERED + """
              and (:first = true or coalesce(c.nameEn, c.nameRu, c.nameTg, c.nameNative) > :afterName
                   or (coalesce(c.nameEn, c.nameRu, c.nameTg, c.nameNative) = :afterName and c.id > :afterId))
            order by coalesce(c.nameEn, c.nameRu, c.nameTg, c.nameNative), c.id
            """)
    List<Counterpart> findFiltered(UUID institutionId, String kind, String countryCode, Boolean active,
            boolean first, String afterName, UUID afterId, Pageable limit);

    /** How many counterparts of an institution match the filters. */
    @Query("select count(c) " + FILTERED)
    long countFiltered(UUID institutionId, String kind, String countryCode, Boolean active);

    /** The bodies directly under {@code parentId}, by name. */
    @Query("""
            select c from Counterpart c
            where c.institutionId = :institutionId and c.parentId = :parentId
            order by coalesce(c.nameEn, c.nameRu, c.nameTg, c.nameNative), c.id
            """)
    List<Counterpart> findParts(UUID institutionId, UUID parentId, Pageable page);

    /**
     * Another counterpart of the institution with the same kind and country and one of the name keys: the one a new
     * registration would repeat.
     */
    @Query("""
            select c from Counterpart c
            where c.institutionId = :institutionId and c.kind = :kind and c.countryCode = :countryCode
              and c.id <> :except
              and (c.nameEnKey in :keys or c.nameRuKey in :keys or c.nameTgKey in :keys or c.nameNativeKey in :keys)
            order by c.reference
            """)
    List<Counterpart> findSameName(UUID institutionId, String kind, String countryCode, UUID except,
            Collection<String> keys, Pageable page);

    /** The names of these counterparts (the audit trail names them). */
    @Query("""
            select new org.huquq.counterparts.domain.CounterpartName(c.id, c.reference, c.nameEn, c.nameRu, c.nameTg,
                c.nameNative, c.institutionId)
            from Counterpart c where c.id in :ids
            """)
    List<CounterpartName> findNames(Collection<UUID> ids);
}
