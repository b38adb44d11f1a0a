package org.huquq.people.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface NotDuplicateRepository extends JpaRepository<NotDuplicate, NotDuplicate.Pair> {

    java.util.List<NotDuplicate> findByInstitutionId(java.util.UUID institutionId);
}
