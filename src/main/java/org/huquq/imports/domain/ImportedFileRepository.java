package org.huquq.imports.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ImportedFileRepository extends JpaRepository<ImportedFile, ImportedFile.Key> {
}
