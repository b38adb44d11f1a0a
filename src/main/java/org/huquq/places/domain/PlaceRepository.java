package org.huquq.places.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.huquq.shared.Confidentiality;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PlaceRepository extends JpaRepository<Place, UUID> {

    Optional<Place> findByIdAndInstitutionId(UUID id, UUID institutionId);

    List<Place> findByInstitutionIdAndCodeIgnoreCase(UUID institutionId, String code);

    /**
     * Which places a user may read (see AccessPolicy.ReadScope), filtered; blank filters are passed as null. Shared by
     * the page and its count.
     */
    String READABLE = """
            from Place p
            where p.institutionId = :institutionId
              and (p.confidentiality in :openLevels
                   or (p.confidentiality = :confidential and (:allConfidential = true or p.teamId in :teams))
                   or (p.confidentiality = :strict and (:allStrict = true or p.teamId in :teams)))
              and (:countryCode is null or p.countryCode = :countryCode)
              and (:type is null or p.type = :type)
              and (:authority is null or p.authority = :authority)
            """;

    /**
     * A keyset page of the places a user may read, by name ({@link Place#sortName()}) and then id: the first page
     * when {@code first}, else the places after {@code afterName} and {@code afterId}. No index holds the name's
     * order; an institution's places are a few thousand at most, which the database sorts as fast as it reads them.
     */
    @Query("select p " + READABLE + """
              and (:first = true or coalesce(p.nameEn, p.nameRu, p.nameTg) > :afterName
                   or (coalesce(p.nameEn, p.nameRu, p.nameTg) = :afterName and p.id > :afterId))
            order by coalesce(p.nameEn, p.nameRu, p.nameTg), p.id
            """)
    List<Place> findReadable(UUID institutionId, Collection<Confidentiality> openLevels, Confidentiality confidential,
            boolean allConfidential, Confidentiality strict, boolean allStrict, Collection<UUID> teams,
            String countryCode, String type, String authority, boolean first, String afterName, UUID afterId,
            Pageable limit);

    /** How many places a user may read match the filters. */
    @Query("select count(p) " + READABLE)
    long countReadable(UUID institutionId, Collection<Confidentiality> openLevels, Confidentiality confidential,
            boolean allConfidential, Confidentiality strict, boolean allStrict, Collection<UUID> teams,
            String countryCode, String type, String authority);

    /** The names and codes of these places, with what decides who may read them (the audit trail names them). */
    @Query("""
            select new org.huquq.places.domain.PlaceName(p.id, p.code, p.nameEn, p.nameRu, p.nameTg, p.institutionId,
                p.confidentiality, p.teamId)
            from Place p where p.id in :ids
            """)
    List<PlaceName> findNames(Collection<UUID> ids);
}
