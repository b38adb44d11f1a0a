package org.huquq.imports.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

import org.huquq.imports.ImportKind;

/** The mapping an institution last used for lists of one kind with one header row (by the header's hash). */
@Entity
@IdClass(ImportMapping.Key.class)
public class ImportMapping {

    @Id
    private UUID institutionId;

    @Id
    @Enumerated(EnumType.STRING)
    private ImportKind kind;

    @Id
    private String headerHash;

    @Column(nullable = false)
    private String columnMapping;

    @Column(nullable = false)
    private Instant updatedAt;

    protected ImportMapping() {
    }

    public ImportMapping(UUID institutionId, ImportKind kind, String headerHash, String columnMapping) {
        this.institutionId = institutionId;
        this.kind = kind;
        this.headerHash = headerHash;
        remember(columnMapping);
    }

    public void remember(String mapping) {
        this.columnMapping = mapping;
        this.updatedAt = Instant.now();
    }

    public String getColumnMapping() {
        return columnMapping;
    }

    /** The composite key: institution, kind of list and header hash. */
    public static class Key implements Serializable {
        private UUID institutionId;
        private ImportKind kind;
        private String headerHash;

        protected Key() {
        }

        public Key(UUID institutionId, ImportKind kind, String headerHash) {
            this.institutionId = institutionId;
            this.kind = kind;
            this.headerHash = headerHash;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.institutionId.equals(institutionId) && key.kind == kind
                    && key.headerHash.equals(headerHash);
        }

        @Override
        public int hashCode() {
            return (institutionId.hashCode() * 31 + kind.hashCode()) * 31 + headerHash.hashCode();
        }
    }
}
