package io.portico.persistence.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 14 item 6: a refused statement's values ("Key (email)=(anna@…) already exists") reach neither the exception,
 * which the app may log, nor the embedded server's log, which is copied into the app's.
 */
@ExtendWith(EmptyDatabase.class)
class EmbeddedDatabaseLogsTest {

    private final DataSource dataSource = TestPostgres.get().dataSource();

    private String setting(Connection connection, String name) throws SQLException {
        try (var result = connection.createStatement().executeQuery("show " + name)) {
            result.next();
            return result.getString(1);
        }
    }

    @Test
    void issue14_6_a_duplicate_key_is_reported_without_the_duplicated_value() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("create temporary table person (email text unique)");
            connection.createStatement().execute("insert into person values ('anna.bianchi@studio.example')");

            assertThatThrownBy(() -> connection.createStatement().execute("insert into person values ('anna.bianchi@studio.example')"))
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(e.toString()).contains("duplicate key").doesNotContain("anna.bianchi"));
            assertThat(setting(connection, "log_error_verbosity")).isEqualTo("terse");
            assertThat(setting(connection, "log_min_error_statement")).isEqualTo("panic");
        }
    }
}
