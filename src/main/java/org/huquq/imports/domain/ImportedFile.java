package org.huquq.imports.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/**
 * A file an institution has imported, once: saved in the run's transaction, so that a second run of the same file
 * (even one racing the first) fails on its key and creates nothing.
 */
@Entity
@IdClass(ImportedFile.Key.class)
public class ImportedFile {

    @Id
    private UUID institutionId;

    @Id
    @Column(name = "file_sha256")
    private String fileSha256;

    @Column(nullable = false)
    private UUID importId;

    @Column(nullable = false)
    private Instant importedAt;

    protected ImportedFile() {
    }

    public ImportedFile(UUID institutionId, String fileSha256, UUID importId) {
        this.institutionId = institutionId;
        this.fileSha256 = fileSha256;
        this.importId = importId;
        this.importedAt = Instant.now();
    }

    public UUID getImportId() {
        return importId;
    }

    /** The composite key: the institution and the file's SHA-256. */
    public static class Key implements Serializable {
        private UUID institutionId;
        private String fileSha256;

        protected Key() {
        }

        public Key(UUID institutionId, String fileSha256) {
            this.institutionId = institutionId;
            this.fileSha256 = fileSha256;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.institutionId.equals(institutionId)
                    && key.fileSha256.equals(fileSha256);
        }

        @Override
        public int hashCode() {
            return institutionId.hashCode() * 31 + fileSha256.hashCode();
        }
    }
}
