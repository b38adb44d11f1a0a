package org.huquq.support;

import java.sql.Connection;
import java.sql.DriverManager;

/**
 * Child process of {@code StartupFailureTests}: opens an H2 database, as another running instance would, says
 * {@code open} on stdout and keeps it open until its stdin closes.
 *
 * <p>Usage: {@code H2Holder <jdbc-url>}
 */
public final class H2Holder {

    private H2Holder() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection connection = DriverManager.getConnection(args[0], "sa", "")) {
            System.out.println("open");
            System.out.flush();
            while (System.in.read() >= 0) {
                // holds the database until the parent closes our stdin or ends
            }
        }
    }
}
