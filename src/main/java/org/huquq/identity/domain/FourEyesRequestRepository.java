package org.huquq.identity.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

public interface FourEyesRequestRepository extends ListCrudRepository<FourEyesRequest, UUID> {

    List<FourEyesRequest> findByInstitutionIdAndDecidedAtIsNullOrderByRequestedAt(UUID institutionId);

    Optional<FourEyesRequest> findByIdAndInstitutionId(UUID id, UUID institutionId);
}
