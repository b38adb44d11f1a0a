package org.huquq.shared.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VocabularyRepository extends JpaRepository<Vocabulary, String> {

    List<Vocabulary> findAllByOrderByCode();
}
