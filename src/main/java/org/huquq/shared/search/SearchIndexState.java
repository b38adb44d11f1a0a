package org.huquq.shared.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The one row saying which version of the search mapping the index was built with (see SearchIndexUpgrade). */
@Entity
@Table(name = "search_index_state")
class SearchIndexState {

    @Id
    private Integer id;

    @Column(nullable = false)
    private int mappingVersion;

    protected SearchIndexState() {
    }

    int getMappingVersion() {
        return mappingVersion;
    }

    /** Records a newer version; never goes back (an older node finishing late changes nothing). */
    void reached(int version) {
        mappingVersion = Math.max(mappingVersion, version);
    }
}
