package org.huquq.operations;

import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * For tests of the embedded stack only (H2 and Lucene in the data directory): .ci/run runs the suite again on
 * PostgreSQL and OpenSearch, where these tests have nothing to test.
 */
final class EmbeddedStack {

    private EmbeddedStack() {
    }

    static void assume(String why) {
        assumeThat(System.getProperty("spring.profiles.active", "")).as("the embedded stack: " + why).isEmpty();
    }
}
