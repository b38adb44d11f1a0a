package org.huquq.digest.domain;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DigestSentRepository extends JpaRepository<DigestSent, DigestSent.Key> {

    boolean existsByRecipientIdAndDigestDate(UUID recipientId, LocalDate digestDate);
}
