package org.huquq.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

/**
 * Proves which stack the suite really runs on: {@code .ci/run} runs it a second time with
 * {@code -Dspring.profiles.active=postgres,opensearch}, and this test fails if that flag never reached the test JVM.
 * The expectation travels separately, in the environment variable {@code HUQUQ_CI_EXPECTED_PROFILES}, so a lost
 * flag cannot make both sides silently agree on the embedded stack.
 */
@SpringBootTest
class ActiveStackTests {

    @Autowired
    Environment environment;

    @Autowired
    DataSource dataSource;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void theProfilesAreTheOnesCiAskedFor() {
        // outside .ci/run: the profiles asked for on the command line, none for the README's ./mvnw verify
        String expected = System.getenv().getOrDefault("HUQUQ_CI_EXPECTED_PROFILES",
                System.getProperty("spring.profiles.active", ""));
        List<String> expectedProfiles = expected.isBlank() ? List.of() : List.of(expected.split(","));
        assertThat(environment.getActiveProfiles()).containsExactlyInAnyOrderElementsOf(expectedProfiles);
    }

    @Test
    void theDatabaseIsTheOneTheProfileAsksFor() throws Exception {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        }
        assertThat(product).isEqualTo(active("postgres") ? "PostgreSQL" : "H2");
    }

    @Test
    void theSearchBackendIsTheOneTheProfileAsksFor() {
        SearchMapping mapping = Search.mapping(entityManagerFactory);
        Class<?> expected = active("opensearch") ? ElasticsearchBackend.class : LuceneBackend.class;
        if (!mapping.allIndexedEntities().isEmpty()) {
            assertThat(mapping.backend().unwrap(expected)).isNotNull();
        }
        // Without any @Indexed entity Hibernate Search starts no backend; check what it was configured with.
        Object type = entityManagerFactory.getProperties().get("hibernate.search.backend.type");
        assertThat(type).hasToString(active("opensearch") ? "elasticsearch" : "lucene");
    }

    private boolean active(String profile) {
        List<String> profiles = Arrays.asList(environment.getActiveProfiles());
        return profiles.contains(profile);
    }
}
