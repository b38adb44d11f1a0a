package org.huquq.identity.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TeamRepository extends JpaRepository<Team, UUID> {

    List<Team> findByInstitutionIdOrderByName(UUID institutionId);

    boolean existsByInstitutionIdAndNameIgnoreCase(UUID institutionId, String name);

    /** The names of these teams, with their institution (the audit trail names them). */
    @Query("select new org.huquq.identity.domain.RecordName(t.id, t.name, t.institutionId) from Team t where t.id in :ids")
    List<RecordName> findNames(Collection<UUID> ids);
}
