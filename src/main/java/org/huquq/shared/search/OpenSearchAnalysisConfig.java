package org.huquq.shared.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/** The analysers of {@link SearchAnalysis} for the OpenSearch backend: the same behaviour as the Lucene ones. */
public class OpenSearchAnalysisConfig implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter("huquq_edge_ngram").type("edge_ngram")
                .param("min_gram", 1)
                .param("max_gram", 20);
        context.analyzer(SearchAnalysis.NAME).custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding");
        context.analyzer(SearchAnalysis.NAME_PREFIX).custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", "huquq_edge_ngram");
        context.analyzer(SearchAnalysis.NAME_KEYS).custom()
                .tokenizer("whitespace");
        context.normalizer(SearchAnalysis.KEYWORD).custom()
                .tokenFilters("lowercase", "asciifolding");
    }
}
