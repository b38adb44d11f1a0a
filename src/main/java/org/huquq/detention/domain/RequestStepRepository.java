package org.huquq.detention.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RequestStepRepository extends JpaRepository<RequestStep, UUID> {

    /** The steps of a request, the latest step first (on one day, the last recorded first). */
    @Query("select s from RequestStep s where s.requestId = :requestId order by s.stepOn desc, s.recordedAt desc")
    List<RequestStep> findNewestFirst(UUID requestId);

    /** The request each of these steps belongs to, for the audit trail. */
    @Query("select s.id, s.requestId from RequestStep s where s.id in :ids")
    List<Object[]> findRequestIds(java.util.Collection<UUID> ids);
}
