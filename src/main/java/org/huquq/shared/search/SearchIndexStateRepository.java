package org.huquq.shared.search;

import org.springframework.data.jpa.repository.JpaRepository;

interface SearchIndexStateRepository extends JpaRepository<SearchIndexState, Integer> {
}
