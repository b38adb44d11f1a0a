package org.huquq.audit.domain;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface AuditChainRepository extends JpaRepository<AuditChain, String> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from AuditChain c where c.chainKey = :chainKey")
    Optional<AuditChain> lockByChainKey(String chainKey);

    @Query("select c.chainKey from AuditChain c order by c.chainKey")
    List<String> findChainKeys();
}
