package io.portico.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.persistence.shared.TestPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** V17 turns the history rows written as English sentences into an event type and its parameters. */
class AccessHistoryMigrationTest {

    @Test
    void V17_reads_every_kind_of_old_sentence_into_a_type_a_subject_and_values() throws SQLException {
        DataSource before = databaseAtVersion15();
        try (Connection connection = before.getConnection()) {
            var dsl = DSL.using(connection, SQLDialect.POSTGRES);
            UUID staff = UUID.randomUUID();
            UUID account = UUID.randomUUID();
            dsl.execute("insert into staff (id, first_name, last_name, email, role, password_hash) "
                    + "values (?, 'Anna', 'Bianchi', 'anna@studio.it', 'OWNER', 'hash')", staff);
            dsl.execute("insert into account (id, type, name, updated_by, updated_at, created_at) "
                    + "values (?, 'INDIVIDUAL', 'Rossi', ?, now(), now())", account, staff);
            List<List<String>> old = List.of(
                    List.of("LOGIN mario@rossi.it", "off", "on"),
                    List.of("NOTIFY mario@rossi.it", "on", "off"),
                    List.of("EMAIL_SYNC mario@rossi.it", "off", "on"),
                    List.of("team", "", "Anna Bianchi"),
                    List.of("team", "Marco Verdi", ""),
                    List.of("link Mario Rossi", "", "linked"),
                    List.of("link Lucia Rossi", "linked", ""),
                    List.of("signer authority Lucia Rossi", "on", "off"),
                    List.of("emails Mario Rossi", "mario@rossi.it", "mario@nuovo.it, m@rossi.it"),
                    List.of("unlinked email mario@rossi.it", "", "LOGIN on"),
                    List.of("invitation mario@nuovo.it", "", "sent"),
                    List.of("portal mario@nuovo.it", "", "activated"),
                    List.of("signup lucia@rossi.it", "", "signed up"),
                    List.of("something else", "a", "b"));
            for (List<String> row : old) {
                dsl.execute("insert into access_audit (account_id, changed_by, changed_at, what, old_value, new_value) "
                        + "values (?, null, now(), ?, ?, ?)", account, row.get(0), row.get(1), row.get(2));
            }
        }

        Flyway.configure().dataSource(before).target("17").load().migrate();

        try (Connection connection = before.getConnection()) {
            var rows = DSL.using(connection, SQLDialect.POSTGRES)
                    .fetch("select event_type, subject, old_value, new_value from access_audit order by id")
                    .map(r -> String.join("|", r.get(0, String.class), r.get(1, String.class), r.get(2, String.class),
                            r.get(3, String.class)));
            assertThat(rows).containsExactly(
                    "LOGIN|mario@rossi.it|off|on",
                    "NOTIFY|mario@rossi.it|on|off",
                    "EMAIL_SYNC|mario@rossi.it|off|on",
                    "TEAM_MEMBER_ADDED|Anna Bianchi||",
                    "TEAM_MEMBER_REMOVED|Marco Verdi||",
                    "CONTACT_LINKED|Mario Rossi||",
                    "CONTACT_UNLINKED|Lucia Rossi||",
                    "SIGNER_AUTHORITY|Lucia Rossi|on|off",
                    "ADDRESSES_CHANGED|Mario Rossi|mario@rossi.it|mario@nuovo.it, m@rossi.it",
                    "KEPT_UNLINKED|mario@rossi.it||",
                    "INVITATION_SENT|mario@nuovo.it||",
                    "ACTIVATED|mario@nuovo.it||",
                    "SIGNED_UP|lucia@rossi.it||",
                    "LEGACY|something else|a|b");
        }
    }

    /** A database of its own on the test server, migrated as far as before the history became data. */
    private static DataSource databaseAtVersion15() throws SQLException {
        String name = "before_v17_" + UUID.randomUUID().toString().replace("-", "");
        DataSource main = TestPostgres.get().dataSource();
        String url;
        String user;
        try (Connection connection = main.getConnection()) {
            url = connection.getMetaData().getURL();
            user = connection.getMetaData().getUserName();
        }
        TestPostgres.get().dsl().execute("create database " + name);
        var dataSource = new PGSimpleDataSource();
        dataSource.setURL(url.substring(0, url.lastIndexOf('/') + 1) + name);
        dataSource.setUser(user);
        Flyway.configure().dataSource(dataSource).target("15").load().migrate();
        return dataSource;
    }
}
