package org.huquq.identity.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface UserAccountRepository extends JpaRepository<UserAccount, UUID> {

    Optional<UserAccount> findByUsername(String username);

    Optional<UserAccount> findByIdAndInstitutionId(UUID id, UUID institutionId);

    List<UserAccount> findByInstitutionIdOrderByUsername(UUID institutionId);
}
