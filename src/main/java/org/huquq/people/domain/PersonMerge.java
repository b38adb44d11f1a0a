package org.huquq.people.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;

import org.huquq.shared.Ids;

/** A merge of one person into another, with everything it moved, until someone undoes it. */
@Entity
public class PersonMerge {

    @Id
    private UUID id;

    @Column(nullable = false)
    private UUID institutionId;

    @Column(nullable = false)
    private UUID survivorId;

    @Column(nullable = false)
    private UUID mergedId;

    @Column(nullable = false)
    private Instant mergedAt;

    @Column(nullable = false)
    private String mergedBy;

    private Instant undoneAt;

    private String undoneBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_merge_item", joinColumns = @JoinColumn(name = "merge_id"))
    private List<MergeItem> items = new ArrayList<>();

    protected PersonMerge() {
    }

    public PersonMerge(UUID institutionId, UUID survivorId, UUID mergedId, List<MergeItem> items, String by) {
        this.id = Ids.next();
        this.institutionId = institutionId;
        this.survivorId = survivorId;
        this.mergedId = mergedId;
        this.items = new ArrayList<>(items);
        this.mergedAt = Instant.now();
        this.mergedBy = by;
    }

    public void undo(String by) {
        this.undoneAt = Instant.now();
        this.undoneBy = by;
    }

    public boolean isUndone() {
        return undoneAt != null;
    }

    public UUID getId() {
        return id;
    }

    public UUID getInstitutionId() {
        return institutionId;
    }

    public UUID getSurvivorId() {
        return survivorId;
    }

    public UUID getMergedId() {
        return mergedId;
    }

    public Instant getMergedAt() {
        return mergedAt;
    }

    public String getMergedBy() {
        return mergedBy;
    }

    public List<MergeItem> getItems() {
        return items;
    }
}
