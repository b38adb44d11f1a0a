package org.huquq.bench;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.huquq.bench.LuceneQueryCapture.Captured;

/**
 * The floor under a search request: the Lucene queries the application built for it ({@link LuceneQueryCapture}),
 * run on readers of their own over the same index directory, top {@code limit} by the query's own sort, with every
 * stored field of each hit read (what a page of results shows comes from there or from the database). No HTTP, no
 * Spring, no Hibernate, no database, no count of all matches beyond Lucene's default threshold.
 */
final class RawLuceneSearch implements Closeable {

    private final int limit;
    private final Map<String, DirectoryReader> readers = new TreeMap<>();
    private final Map<String, IndexSearcher> searchers = new HashMap<>();
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();

    /** Opens every index under {@code root} (one directory per index, named as the index: {@code <data dir>/index}). */
    RawLuceneSearch(Path root, int limit) throws IOException {
        this.limit = limit;
        try (var indexes = Files.list(root)) {
            for (Path directory : indexes.filter(Files::isDirectory).toList()) {
                DirectoryReader reader = DirectoryReader.open(FSDirectory.open(directory));
                readers.put(directory.getFileName().toString(), reader);
                searchers.put(directory.getFileName().toString(), new IndexSearcher(reader));
            }
        }
    }

    /** The indexes and their documents. */
    String describe() {
        StringBuilder text = new StringBuilder("Lucene documents per index:");
        readers.forEach((index, reader) -> text.append(' ').append(index).append(' ').append(reader.numDocs())
                .append(','));
        return text.substring(0, text.length() - 1);
    }

    /** Runs the queries one after the other, as one request would; returns the hits found. */
    int run(List<Captured> queries) throws IOException {
        int hits = 0;
        for (Captured captured : queries) {
            for (String index : captured.indexes()) {
                IndexSearcher searcher = searchers.get(index);
                if (searcher == null) {
                    throw new IOException("No index directory for " + index);
                }
                long t0 = System.nanoTime();
                TopDocs top = captured.sort() == null ? searcher.search(captured.query(), limit)
                        : searcher.search(captured.query(), limit, captured.sort());
                StoredFields fields = searcher.storedFields();
                for (ScoreDoc hit : top.scoreDocs) {
                    fields.document(hit.doc);
                    hits++;
                }
                nanos.computeIfAbsent(index, name -> new LongAdder()).add(System.nanoTime() - t0);
            }
        }
        return hits;
    }

    /** The time spent in each index since the last call, as shares of the whole; then starts counting again. */
    String timeByIndex() {
        double total = nanos.values().stream().mapToLong(LongAdder::sum).sum();
        StringBuilder text = new StringBuilder();
        new TreeMap<>(nanos).forEach((index, time) -> text.append(text.isEmpty() ? "" : ", ").append(index)
                .append(' ').append(String.format(Locale.ROOT, "%.0f%%", 100 * time.sum() / total)));
        nanos.clear();
        return text.toString();
    }

    @Override
    public void close() throws IOException {
        for (DirectoryReader reader : readers.values()) {
            reader.close();
        }
    }
}
