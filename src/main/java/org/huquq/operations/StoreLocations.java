package org.huquq.operations;

import java.nio.file.Path;

import org.springframework.core.env.Environment;

/**
 * Where this configuration keeps its data: the embedded database's file (null on PostgreSQL), the Lucene index
 * (null on OpenSearch), the file store and the backups, as the properties of application.yml say.
 *
 * @param dataDir the data directory ({@code HUQUQ_DATA_DIR})
 * @param databaseFile the H2 database file, {@code <name>.mv.db}; null when the database is not embedded
 * @param indexDir the Lucene index's directory; null when the index is not embedded
 * @param filesDir the file store ({@code HUQUQ_FILES_DIR})
 * @param backupDir where the backup page writes its archives ({@code HUQUQ_BACKUP_DIR})
 */
record StoreLocations(Path dataDir, Path databaseFile, Path indexDir, Path filesDir, Path backupDir) {

    private static final String H2_FILE = "jdbc:h2:file:";

    static StoreLocations of(Environment environment) {
        String url = environment.getProperty("spring.datasource.url", "");
        Path databaseFile = url.startsWith(H2_FILE)
                ? absolute(url.substring(H2_FILE.length()).split(";", 2)[0] + ".mv.db") : null;
        boolean lucene = "lucene".equals(
                environment.getProperty("spring.jpa.properties.hibernate.search.backend.type"));
        Path indexDir = lucene ? absolute(
                environment.getProperty("spring.jpa.properties.hibernate.search.backend.directory.root")) : null;
        return new StoreLocations(absolute(environment.getProperty("huquq.data-dir")), databaseFile, indexDir,
                absolute(environment.getProperty("huquq.files.dir")),
                absolute(environment.getProperty("huquq.backup.dir")));
    }

    boolean embeddedDatabase() {
        return databaseFile != null;
    }

    private static Path absolute(String path) {
        return path == null ? null : Path.of(path).toAbsolutePath().normalize();
    }
}
