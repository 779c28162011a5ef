package io.portico.persistence.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.persistence.shared.TestPostgres;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** V16 on a schema of its own, migrated to V15 first and filled as the four old link tables were. */
class MailedLinkMigrationTest {

    private static final String SCHEMA = "before_mailed_link";
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final UUID STAFF = UUID.fromString("11111111-1111-4111-8111-111111111111");
    private static final UUID ACCOUNT = UUID.fromString("22222222-2222-4222-8222-222222222222");
    private static final UUID PORTAL_USER = UUID.fromString("33333333-3333-4333-8333-333333333333");

    private final DSLContext dsl = TestPostgres.get().dsl();

    private Flyway flyway(String target) {
        return Flyway.configure().dataSource(TestPostgres.get().dataSource()).schemas(SCHEMA).target(target).load();
    }

    @BeforeEach
    void oldTablesWithRows() {
        flyway("15").migrate();
        sql("insert into staff (id, first_name, last_name, email, role, password_hash) values (?, 'Anna', 'Bianchi', 'anna@studio.it', 'OWNER', 'h')",
                STAFF);
        sql("insert into account (id, type, name, updated_by, updated_at, created_at) values (?, 'INDIVIDUAL', 'Rossi', ?, now(), now())",
                ACCOUNT, STAFF);
        sql("insert into portal_user (id, email, password_hash, created_at) values (?, 'mario@rossi.it', 'h', now())", PORTAL_USER);
        reset("password_reset_ticket", "staff_id", STAFF, hash('a'), NOW.plusSeconds(600), null);
        reset("password_reset_ticket", "staff_id", STAFF, hash('b'), NOW.plusSeconds(600), NOW);
        reset("portal_password_reset", "portal_user_id", PORTAL_USER, hash('c'), NOW.plusSeconds(600), null);
        reset("portal_password_reset", "portal_user_id", PORTAL_USER, hash('d'), NOW.minusSeconds(1), null);
        sql("insert into invitation (token_hash, account_id, email, personal_message, invited_by, sent_at, expires_at, voided_at, new_link_asked_at) "
                + "values (?, ?, 'Mario@Rossi.it', 'Welcome', ?, ?::timestamptz, ?::timestamptz, ?::timestamptz, ?::timestamptz)", hash('e'), ACCOUNT, STAFF, NOW.minusSeconds(9000),
                NOW.minusSeconds(60), NOW.minusSeconds(3000), NOW.minusSeconds(10));
        signup(hash('f'), NOW.plusSeconds(600));
        signup(hash('9'), NOW.minusSeconds(600));
    }

    @AfterEach
    void dropSchema() {
        dsl.execute("drop schema " + SCHEMA + " cascade");
    }

    @Test
    void V16_moves_the_links_that_still_work_and_every_invitation_and_drops_the_old_tables() {
        flyway("16").migrate();

        List<Record> links = dsl.fetch("select token_hash, purpose, holder, used_at, voided_at from " + SCHEMA + ".mailed_link order by token_hash");
        assertThat(links).extracting(row -> row.get("token_hash", String.class).charAt(0) + " " + row.get("purpose") + " " + row.get("holder"))
                .containsExactly(
                        "a STAFF_PASSWORD_RESET " + STAFF,
                        "c PORTAL_PASSWORD_RESET " + PORTAL_USER,
                        "e PORTAL_INVITATION mario@rossi.it",
                        "f SIGNUP_VERIFICATION paolo@neri.it");
        Record invitation = dsl.fetchOne("select l.voided_at, i.account_id, i.email, i.personal_message, i.new_link_asked_at from "
                + SCHEMA + ".mailed_link l join " + SCHEMA + ".link_invitation i using (token_hash) where token_hash = ?", hash('e'));
        assertThat(invitation.get("voided_at", OffsetDateTime.class).toInstant()).as("kept as history").isEqualTo(NOW.minusSeconds(3000));
        assertThat(invitation.get("email")).isEqualTo("Mario@Rossi.it");
        assertThat(invitation.get("personal_message")).isEqualTo("Welcome");
        assertThat(invitation.get("new_link_asked_at")).isNotNull();
        assertThat(dsl.fetchValue("select password_hash from " + SCHEMA + ".link_signup where token_hash = ?", hash('f'))).isEqualTo("argon");
        assertThat(dsl.fetchValue("select count(*) from " + SCHEMA + ".link_signup")).isEqualTo(1L);
        assertThat(dsl.fetchValue("select count(*) from information_schema.tables where table_schema = ? and table_name in "
                + "('password_reset_ticket', 'portal_password_reset', 'invitation', 'pending_signup')", SCHEMA)).isEqualTo(0L);
    }

    private void reset(String table, String personColumn, UUID person, String hash, Instant expiresAt, Instant closedAt) {
        String closed = table.equals("portal_password_reset") ? "closed_at" : "used_at";
        sql("insert into " + table + " (token_hash, " + personColumn + ", expires_at, " + closed + ", created_at) values (?, ?, ?::timestamptz, ?::timestamptz, ?::timestamptz)",
                hash, person, expiresAt, closedAt, NOW.minusSeconds(60));
    }

    private void signup(String hash, Instant expiresAt) {
        sql("insert into pending_signup (token_hash, email, first_name, last_name, account_type, password_hash, created_at, expires_at) "
                + "values (?, 'Paolo@Neri.it', 'Paolo', 'Neri', 'INDIVIDUAL', 'argon', ?::timestamptz, ?::timestamptz)", hash, NOW.minusSeconds(60), expiresAt);
    }

    private void sql(String statement, Object... values) {
        dsl.execute(statement.replaceAll("\\b(into|from) (?!" + SCHEMA + ")(\\w+)", "$1 " + SCHEMA + ".$2"), values);
    }

    private static String hash(char first) {
        return first + "0".repeat(63);
    }
}
