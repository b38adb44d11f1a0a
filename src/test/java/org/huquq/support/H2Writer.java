package org.huquq.support;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * Child process of {@code DurabilityTests}: inserts numbered rows into an H2 database, one committed transaction
 * each, and prints a row's id only after its commit returned. It writes until it is killed.
 *
 * <p>Usage: {@code H2Writer <jdbc-url>}
 */
public final class H2Writer {

    private H2Writer() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        PrintStream acknowledgements = new PrintStream(System.out, false, "UTF-8");
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            connection.setAutoCommit(true);
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("create table if not exists acknowledged_write (id bigint primary key, payload varchar(100))");
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into acknowledged_write (id, payload) values (?, ?)")) {
                for (long id = 1; ; id++) {
                    insert.setLong(1, id);
                    insert.setString(2, "row " + id);
                    insert.executeUpdate(); // autocommit: returns after the commit
                    acknowledgements.println(id);
                    acknowledgements.flush();
                }
            }
        }
    }
}
