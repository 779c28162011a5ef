package io.portico.persistence.email;

import static io.portico.persistence.jooq.Tables.CONTACT_EMAIL;
import static io.portico.persistence.jooq.Tables.MAILBOX;
import static io.portico.persistence.jooq.Tables.MAILBOX_FOLDER;
import static org.jooq.impl.DSL.any;

import io.portico.application.email.port.out.FolderCursorPort;
import io.portico.application.email.port.out.KnownAddressesPort;
import io.portico.application.email.port.out.MailboxLeasePort;
import io.portico.domain.email.FolderCursor;
import io.portico.domain.mailbox.Folder;
import io.portico.domain.mailbox.MailboxId;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Item 3 on PostgreSQL: the sync's lease on each mailbox row (taken by one conditional update over a row picked
 * with {@code FOR UPDATE SKIP LOCKED}, so two nodes never take the same mailbox), the folders' cursors, and the
 * contact addresses the sync keeps mail for.
 */
@Repository
class JooqMailSyncAdapter implements MailboxLeasePort, FolderCursorPort, KnownAddressesPort {

    private final DSLContext dsl;

    JooqMailSyncAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<LeasedMailbox> leaseNext(String owner, Instant now, Instant until) {
        var due = dsl.select(MAILBOX.ID).from(MAILBOX)
                .where(MAILBOX.NEXT_SYNC_AT.le(now))
                .and(MAILBOX.LEASE_UNTIL.isNull().or(MAILBOX.LEASE_UNTIL.lt(now)))
                .orderBy(MAILBOX.NEXT_SYNC_AT)
                .limit(1)
                .forUpdate()
                .skipLocked();
        return dsl.update(MAILBOX).set(MAILBOX.LEASE_OWNER, owner).set(MAILBOX.LEASE_UNTIL, until)
                .where(MAILBOX.ID.eq(due))
                .returningResult(MAILBOX.ID, MAILBOX.CREATED_AT)
                .fetchOptional(row -> new LeasedMailbox(new MailboxId(row.value1()), row.value2()));
    }

    @Override
    public boolean renew(MailboxId mailbox, String owner, Instant now, Instant until) {
        return dsl.update(MAILBOX).set(MAILBOX.LEASE_UNTIL, until)
                .where(MAILBOX.ID.eq(mailbox.value()))
                .and(MAILBOX.LEASE_OWNER.eq(owner))
                .and(MAILBOX.LEASE_UNTIL.ge(now))
                .execute() == 1;
    }

    @Override
    public void release(MailboxId mailbox, String owner, Instant nextSyncAt) {
        dsl.update(MAILBOX).setNull(MAILBOX.LEASE_OWNER).setNull(MAILBOX.LEASE_UNTIL).set(MAILBOX.NEXT_SYNC_AT, nextSyncAt)
                .where(MAILBOX.ID.eq(mailbox.value()))
                .and(MAILBOX.LEASE_OWNER.eq(owner))
                .execute();
    }

    @Override
    public Optional<FolderCursor> cursor(MailboxId mailbox, Folder folder) {
        return dsl.select(MAILBOX_FOLDER.UID_VALIDITY, MAILBOX_FOLDER.LAST_UID).from(MAILBOX_FOLDER)
                .where(MAILBOX_FOLDER.MAILBOX_ID.eq(mailbox.value())).and(MAILBOX_FOLDER.FOLDER.eq(folder.name()))
                .fetchOptional(row -> new FolderCursor(row.value1(), row.value2()));
    }

    @Override
    public void save(MailboxId mailbox, Folder folder, FolderCursor cursor) {
        dsl.insertInto(MAILBOX_FOLDER)
                .set(MAILBOX_FOLDER.MAILBOX_ID, mailbox.value())
                .set(MAILBOX_FOLDER.FOLDER, folder.name())
                .set(MAILBOX_FOLDER.UID_VALIDITY, cursor.uidValidity())
                .set(MAILBOX_FOLDER.LAST_UID, cursor.lastUid())
                .onConflict(MAILBOX_FOLDER.MAILBOX_ID, MAILBOX_FOLDER.FOLDER).doUpdate()
                .set(MAILBOX_FOLDER.UID_VALIDITY, cursor.uidValidity())
                .set(MAILBOX_FOLDER.LAST_UID, cursor.lastUid())
                .execute();
    }

    @Override
    public Set<String> known(Set<String> addressKeys) {
        return dsl.select(CONTACT_EMAIL.EMAIL_KEY).from(CONTACT_EMAIL).where(CONTACT_EMAIL.EMAIL_KEY.eq(any(addressKeys.toArray(String[]::new))))
                .fetchSet(CONTACT_EMAIL.EMAIL_KEY);
    }
}
