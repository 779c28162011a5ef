package io.portico.persistence.email;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jooq.DSLContext;

/** Staff, accounts, contacts and their EMAIL SYNC addresses as rows, for the sync adapters' tests. */
final class SyncFixture {

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 1, 1, 9, 0, 0, 0, ZoneOffset.UTC);

    private final DSLContext dsl;
    private UUID owner;

    SyncFixture(DSLContext dsl) {
        this.dsl = dsl;
    }

    UUID staff(String email, boolean muted) {
        UUID id = UUID.randomUUID();
        dsl.execute("insert into staff (id, first_name, last_name, email, role, password_hash, mute_synced_mail) values (?, 'A', 'B', ?, 'EMPLOYEE', 'x', ?)",
                id, email, muted);
        return id;
    }

    UUID account(String name, UUID... team) {
        UUID id = UUID.randomUUID();
        dsl.execute("insert into account (id, type, name, updated_by, updated_at, created_at) values (?, 'INDIVIDUAL', ?, ?, ?::timestamptz, ?::timestamptz)",
                id, name, owner(), AT, AT);
        for (UUID member : team) {
            dsl.execute("insert into account_team (account_id, staff_id) values (?, ?)", id, member);
        }
        return id;
    }

    /** A contact with this address, linked to the accounts, with EMAIL SYNC as given on each. */
    UUID contact(String email, boolean sync, UUID... accounts) {
        UUID id = UUID.randomUUID();
        dsl.execute("insert into contact (id, first_name, last_name, updated_by, updated_at, created_at) values (?, 'C', 'D', ?, ?::timestamptz, ?::timestamptz)",
                id, owner(), AT, AT);
        dsl.execute("insert into contact_email (contact_id, email, position) values (?, ?, 0)", id, email);
        for (int i = 0; i < accounts.length; i++) {
            dsl.execute("insert into account_contact (account_id, contact_id, position) values (?, ?, ?)", accounts[i], id, i);
            dsl.execute("insert into email_access (account_id, contact_id, email_key, email_sync) values (?, ?, lower(?), ?)",
                    accounts[i], id, email, sync);
        }
        return id;
    }

    void saveAttachmentsSince(Instant since) {
        dsl.execute("insert into firm (id, name, created_at) values (gen_random_uuid(), 'Studio', ?::timestamptz) on conflict do nothing", AT);
        dsl.execute("update firm set save_attachments_since = ?::timestamptz", since.atOffset(ZoneOffset.UTC));
    }

    private UUID owner() {
        if (owner == null) {
            owner = staff("owner@firm.it", false);
        }
        return owner;
    }
}
