package org.huquq.operations;

import java.nio.file.Path;

/** Huquq may not write to a directory it keeps data in; told at start-up by {@link StartupFailureAnalyzers}. */
public class DataDirectoryUnusable extends RuntimeException {

    private final Path directory;
    private final String variable;

    DataDirectoryUnusable(Path directory, String variable, String reason) {
        super("Huquq cannot write to " + directory + " (" + reason + ")");
        this.directory = directory;
        this.variable = variable;
    }

    Path directory() {
        return directory;
    }

    /** The environment variable that moves the directory. */
    String variable() {
        return variable;
    }
}
