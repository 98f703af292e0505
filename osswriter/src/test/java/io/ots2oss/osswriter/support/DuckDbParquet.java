package io.ots2oss.osswriter.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Parquet with DuckDB, an independent (C++) implementation of the format, through its JDBC driver: the bytes
 * go to a temporary file and each row of {@code SELECT <columns> FROM read_parquet(file)} comes back as strings
 * rendered by DuckDB itself (null for SQL NULL), so nothing of parquet-java is involved in reading them.
 */
public final class DuckDbParquet {
    private DuckDbParquet() {
    }

    public static List<String[]> query(byte[] parquet, String columns) throws IOException, SQLException {
        Path file = Files.createTempFile("osswriter-duckdb", ".parquet");
        try {
            Files.write(file, parquet);
            try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                 Statement statement = connection.createStatement()) {
                // Render timestamps in UTC whatever the machine's zone.
                statement.execute("SET TimeZone = 'UTC'");
                List<String[]> rows = new ArrayList<>();
                try (ResultSet result = statement.executeQuery("SELECT " + columns + " FROM read_parquet('"
                        + file.toAbsolutePath().toString().replace("'", "''") + "')")) {
                    int width = result.getMetaData().getColumnCount();
                    while (result.next()) {
                        String[] row = new String[width];
                        for (int i = 0; i < width; i++) {
                            row[i] = result.getString(i + 1);
                        }
                        rows.add(row);
                    }
                }
                return rows;
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** DuckDB's name of each column's type, as it reads the file's schema. */
    public static List<String> types(byte[] parquet) throws IOException, SQLException {
        List<String> types = new ArrayList<>();
        Path file = Files.createTempFile("osswriter-duckdb", ".parquet");
        try {
            Files.write(file, parquet);
            try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                 Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("DESCRIBE SELECT * FROM read_parquet('"
                         + file.toAbsolutePath().toString().replace("'", "''") + "')")) {
                while (result.next()) {
                    types.add(result.getString("column_name") + " " + result.getString("column_type"));
                }
            }
            return types;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
