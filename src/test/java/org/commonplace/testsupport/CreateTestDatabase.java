package org.commonplace.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Run by the build before the PostgreSQL integration tests: drops and creates the test database named in the
 * JDBC URL, so each run starts from an empty schema. Connects as the local superuser (trusted on 127.0.0.1).
 */
public final class CreateTestDatabase {

    private CreateTestDatabase() {
    }

    public static void main(String[] args) throws SQLException {
        String url = args[0];
        String name = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        if (!name.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("Unexpected database name: " + name);
        }
        String admin = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (Connection c = DriverManager.getConnection(admin, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name);
        }
    }
}
