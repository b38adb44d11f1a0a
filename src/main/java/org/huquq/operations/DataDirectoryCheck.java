package org.huquq.operations;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Before anything opens the database, the index or the file store, checks that Huquq may write where it keeps them:
 * a data directory that is read-only (a full or damaged disk remounted read-only, a wrong owner) would otherwise
 * surface as a database, index or file error deep in the start-up, or not at all until the first save.
 */
public class DataDirectoryCheck implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        directories(context.getEnvironment()).forEach(DataDirectoryCheck::requireWritable);
    }

    /** The directories this configuration writes to, each with the variable that moves it. */
    static Map<Path, String> directories(Environment environment) {
        StoreLocations locations = StoreLocations.of(environment);
        Map<Path, String> directories = new LinkedHashMap<>();
        if (locations.embeddedDatabase() || locations.indexDir() != null) {
            directories.put(locations.dataDir(), "HUQUQ_DATA_DIR");
        }
        directories.putIfAbsent(locations.filesDir(), "HUQUQ_FILES_DIR");
        return directories;
    }

    static void requireWritable(Path directory, String variable) {
        try {
            Files.createDirectories(directory);
            Files.delete(Files.createTempFile(directory, ".huquq-write-check-", ".tmp"));
            try (DirectoryStream<Path> databases = Files.newDirectoryStream(directory, "*.mv.db")) {
                for (Path database : databases) {
                    if (!Files.isWritable(database)) {
                        throw new DataDirectoryUnusable(directory, variable, database.getFileName() + " is read-only");
                    }
                }
            }
        } catch (IOException e) {
            throw new DataDirectoryUnusable(directory, variable, reason(e));
        }
    }

    /** What the system said, without the path it names again ("/x: Read-only file system" reads "Read-only..."). */
    private static String reason(IOException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int colon = message.lastIndexOf(": ");
        return colon < 0 ? e.getClass().getSimpleName() : message.substring(colon + 2);
    }
}
