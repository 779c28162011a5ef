package io.portico.persistence.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.persistence.shared.TestPostgres;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** V29 on a schema of its own, migrated to V25 first with a sent and a pending mail. */
class OutboxBodyMigrationTest {

    private static final String SCHEMA = "before_outbox_bodies";

    private final DSLContext dsl = TestPostgres.get().dsl();

    private void migrate(String target) {
        Flyway.configure().dataSource(TestPostgres.get().dataSource()).schemas(SCHEMA).target(target).load().migrate();
    }

    @AfterEach
    void dropSchema() {
        dsl.execute("drop schema " + SCHEMA + " cascade");
    }

    @Test
    void issue10_13_V29_clears_the_bodies_of_mails_already_sent_and_keeps_those_still_to_send() {
        migrate("25");
        dsl.execute("insert into " + SCHEMA + ".mail_outbox (id, recipient, subject, html_body, text_body, status, next_attempt_at, queued_at, sent_at) values "
                + "(gen_random_uuid(), 'sent@x.it', 'Reset', '<a href=\"/reset?token=abc\">', '/reset?token=abc', 'SENT', now(), now(), now()), "
                + "(gen_random_uuid(), 'later@x.it', 'Invite', '<p>Hi</p>', 'Hi', 'PENDING', now(), now(), null)");

        migrate("29");

        Record sent = dsl.fetchOne("select subject, html_body, text_body, sent_at from " + SCHEMA + ".mail_outbox where recipient = 'sent@x.it'");
        assertThat(sent.get("html_body")).isNull();
        assertThat(sent.get("text_body")).isNull();
        assertThat(sent.get("subject")).isEqualTo("Reset");
        assertThat(sent.get("sent_at")).isNotNull();
        assertThat(dsl.fetchValue("select text_body from " + SCHEMA + ".mail_outbox where recipient = 'later@x.it'")).isEqualTo("Hi");
    }
}
