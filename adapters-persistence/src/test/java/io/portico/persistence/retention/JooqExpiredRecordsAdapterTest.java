package io.portico.persistence.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.retention.ExpiredRecordsPortContract;
import io.portico.application.retention.port.out.ExpiredRecordsPort;
import io.portico.application.retention.port.out.ExpiredRecordsPort.Kind;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmptyDatabase.class)
class JooqExpiredRecordsAdapterTest extends ExpiredRecordsPortContract {

    private final DSLContext dsl = TestPostgres.get().dsl();
    private final JooqExpiredRecordsAdapter adapter = new JooqExpiredRecordsAdapter(dsl);
    private final UUID staff = UUID.randomUUID();
    private final UUID account = UUID.randomUUID();

    @BeforeEach
    void staffAndAccount() {
        dsl.execute("insert into staff (id, first_name, last_name, email, role, password_hash) values (?, 'Anna', 'Bianchi', 'anna@studio.it', 'OWNER', 'h')",
                staff);
        dsl.execute("insert into account (id, type, name, updated_by, updated_at, created_at) values (?, 'INDIVIDUAL', 'Rossi', ?, now(), now())",
                account, staff);
    }

    @Override
    protected ExpiredRecordsPort port() {
        return adapter;
    }

    @Override
    protected void recordAt(Kind kind, Instant at) {
        switch (kind) {
            case HISTORY -> dsl.execute("insert into access_audit (account_id, changed_by, changed_at, event_type) values (?, ?, ?::timestamptz, 'LOGIN')",
                    account, staff, at.toString());
            case SENT_MAIL -> dsl.execute("insert into mail_outbox (id, recipient, subject, html_body, text_body, status, next_attempt_at, queued_at, sent_at) "
                    + "values (?, 'm@rossi.it', 'Hello', null, null, 'SENT', ?::timestamptz, ?::timestamptz, ?::timestamptz)", UUID.randomUUID(), at.toString(), at.toString(), at.toString());
            case LOGIN_ACTIVITY -> dsl.execute("insert into portal_user (id, email, password_hash, created_at, last_login_at) values (?, ?, 'h', ?::timestamptz, ?::timestamptz)",
                    UUID.randomUUID(), UUID.randomUUID() + "@rossi.it", at.toString(), at.toString());
            case JOB_REPORTS -> finishedJob("DONE", at);
        }
    }

    @Override
    protected int remaining(Kind kind) {
        return switch (kind) {
            case HISTORY -> count("select count(*) from access_audit");
            case SENT_MAIL -> count("select count(*) from mail_outbox");
            case LOGIN_ACTIVITY -> count("select count(*) from portal_user where last_login_at is not null");
            case JOB_REPORTS -> count("select count(*) from job");
        };
    }

    @Test
    void issue14_item4_history_includes_custom_value_changes_after_access_changes_within_one_batch() {
        UUID field = UUID.randomUUID();
        dsl.execute("insert into custom_field (id, name, type, scope) values (?, 'VAT', 'TEXT', 'ACCOUNT')", field);
        Instant old = CUTOFF.minus(Duration.ofDays(10));
        recordAt(Kind.HISTORY, old);
        for (int i = 0; i < 2; i++) {
            dsl.execute("insert into account_custom_value_history (account_id, field_id, changed_by, changed_at) values (?, ?, ?, ?::timestamptz)",
                    account, field, staff, old.toString());
        }

        assertThat(adapter.deleteBefore(Kind.HISTORY, CUTOFF, 2)).isEqualTo(2);
        assertThat(count("select count(*) from access_audit") + count("select count(*) from account_custom_value_history")).isEqualTo(1);
        assertThat(adapter.deleteBefore(Kind.HISTORY, CUTOFF, 2)).isEqualTo(1);
        assertThat(count("select count(*) from account_custom_value_history")).isZero();
    }

    @Test
    void issue14_item4_login_activity_clears_staff_sign_in_times_and_idle_throttling_counters() {
        Instant old = CUTOFF.minus(Duration.ofDays(10));
        dsl.execute("update staff set last_sign_in_at = ?::timestamptz", old.toString());
        dsl.execute("insert into attempt_counter (kind, subject, attempts, last_attempt_at, next_allowed_at) values "
                + "('STAFF_SIGN_IN', 'address:a@b.it', 1, ?::timestamptz, ?::timestamptz), ('STAFF_SIGN_IN', 'ip:1.2.3.4', 1, ?::timestamptz, ?::timestamptz)", old.toString(), old.toString(), CUTOFF.toString(), CUTOFF.toString());

        assertThat(adapter.deleteBefore(Kind.LOGIN_ACTIVITY, CUTOFF, 100)).isEqualTo(2);

        assertThat(count("select count(*) from staff where last_sign_in_at is null")).isEqualTo(1);
        assertThat(count("select count(*) from attempt_counter")).isEqualTo(1);
    }

    @Test
    void issue14_item4_only_finished_jobs_go_with_their_reports() {
        Instant old = CUTOFF.minus(Duration.ofDays(10));
        UUID failed = finishedJob("FAILED", old);
        dsl.execute("insert into job_problem (job_id, item, message_key, arguments, row_values) values (?, 'row 1', 'k', '{}', '{}')", failed);
        dsl.execute("insert into job (id, kind, parameters, state, total, created_by, created_at) values (?, 'BULK_EDIT', '{}', 'RUNNING', 1, ?, ?::timestamptz)",
                UUID.randomUUID(), staff, old.toString());

        assertThat(adapter.deleteBefore(Kind.JOB_REPORTS, CUTOFF, 100)).isEqualTo(1);

        assertThat(count("select count(*) from job where state = 'RUNNING'")).isEqualTo(1);
        assertThat(count("select count(*) from job_problem")).isZero();
    }

    private UUID finishedJob(String state, Instant at) {
        UUID id = UUID.randomUUID();
        dsl.execute("insert into job (id, kind, parameters, state, done, total, created_by, created_at, finished_at) values (?, 'BULK_EDIT', '{}', ?, 1, 1, ?, ?::timestamptz, ?::timestamptz)",
                id, state, staff, at.toString(), at.toString());
        return id;
    }

    private int count(String sql) {
        return ((Number) dsl.fetchValue(sql)).intValue();
    }
}
