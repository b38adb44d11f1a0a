package org.huquq.operations;

import java.nio.file.Path;

/**
 * Small file systems for tests that need one (full, read-only): a tmpfs mounted on a directory, which needs root
 * and the right to mount; tests skip with an assumption where that is not given.
 */
final class Mounts {

    private Mounts() {
    }

    /** Mounts a tmpfs with {@code options} (e.g. {@code size=48m}) on {@code directory}; false if that failed. */
    static boolean tmpfs(Path directory, String options) throws Exception {
        return run("mount", "-t", "tmpfs", "-o", options, "tmpfs", directory.toString());
    }

    /** Unmounts {@code directory} if something is mounted there (lazily: a file still open does not stop it). */
    static void unmount(Path directory) throws Exception {
        if (run("mountpoint", "-q", directory.toString())) {
            run("umount", "-l", directory.toString());
        }
    }

    private static boolean run(String... command) throws Exception {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor() == 0;
        } catch (java.io.IOException noSuchCommand) {
            return false;
        }
    }
}
