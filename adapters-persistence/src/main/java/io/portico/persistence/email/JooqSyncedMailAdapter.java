package io.portico.persistence.email;

import io.portico.application.email.port.out.SyncedMailPort;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Items 8 and 9 on PostgreSQL: the notices and documents a batch of new mail brings, each one insert-select over
 * the batch, whatever the number of accounts and team members it reaches.
 */
@Repository
class JooqSyncedMailAdapter implements SyncedMailPort {

    /** The Inbox+ notice of new synced mail: sender, subject, account; it opens the account's Email tab. */
    static final String RECEIVED = "inbox.email.received";

    private static final String NOTICES = """
            insert into staff_notification (id, recipient, message_key, arguments, link, created_at)
            select gen_random_uuid(), team.staff_id, ?, array[coalesce(nullif(m.from_name, ''), m.from_address), m.subject, a.name],
                   'account/' || a.id || '?tab=email', ?::timestamptz
            from email_message m
            join (select distinct account_id, email_key from email_access where email_sync) sync on sync.email_key = lower(m.from_address)
            join account a on a.id = sync.account_id
            join account_team team on team.account_id = a.id
            join staff s on s.id = team.staff_id and s.status = 'ACTIVE' and not s.mute_synced_mail
            where m.id = any(?::uuid[]) and m.sent_at >= ?::timestamptz
              and not exists (select 1 from mailbox f where lower(f.address) = lower(m.from_address))
            """;

    private static final String DOCUMENTS = """
            insert into document (id, account_id, file_name, content_type, size, content, created_at, source_message_id, source_attachment_id)
            select gen_random_uuid(), reached.account_id, f.file_name, f.content_type, f.size, f.content, ?::timestamptz, m.id, f.id
            from email_message m
            join firm on firm.save_attachments_since is not null and m.sent_at >= firm.save_attachments_since
            join email_attachment f on f.message_id = m.id and f.content is not null
            join (select distinct ma.message_id, sync.account_id
                  from email_message_address ma
                  join email_access sync on sync.email_key = ma.address and sync.email_sync
                  where ma.message_id = any(?::uuid[])) reached on reached.message_id = m.id
            where m.id = any(?::uuid[])
            on conflict (account_id, source_attachment_id) where source_attachment_id is not null do nothing
            """;

    private final DSLContext dsl;

    JooqSyncedMailAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public int raiseNotices(List<UUID> messages, Instant from, Instant now) {
        if (messages.isEmpty()) {
            return 0;
        }
        return dsl.execute(NOTICES, RECEIVED, at(now), messages.toArray(UUID[]::new), at(from));
    }

    @Override
    public int saveAttachments(List<UUID> messages, Instant now) {
        if (messages.isEmpty()) {
            return 0;
        }
        UUID[] ids = messages.toArray(UUID[]::new);
        return dsl.execute(DOCUMENTS, at(now), ids, ids);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
