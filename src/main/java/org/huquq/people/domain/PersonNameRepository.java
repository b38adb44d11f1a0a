package org.huquq.people.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PersonNameRepository extends JpaRepository<PersonName, UUID> {

    /** Names keyed under older folding rules than {@code version}, a keyset page by id. */
    @Query("select n from PersonName n join fetch n.person where n.matchKeysVersion < :version and n.id > :after"
            + " order by n.id")
    List<PersonName> findKeyedBefore(int version, UUID after, Pageable page);
}
