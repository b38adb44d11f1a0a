package org.huquq.identity.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InstitutionRepository extends JpaRepository<Institution, UUID> {

    Optional<Institution> findByCode(String code);

    /** The names of these institutions (the audit trail names them). */
    @Query("select new org.huquq.identity.domain.RecordName(i.id, i.name, i.id) from Institution i where i.id in :ids")
    List<RecordName> findNames(Collection<UUID> ids);
}
