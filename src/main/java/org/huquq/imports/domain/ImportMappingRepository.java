package org.huquq.imports.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ImportMappingRepository extends JpaRepository<ImportMapping, ImportMapping.Key> {
}
