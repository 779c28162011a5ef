package io.portico.persistence.mailbox;

import static io.portico.persistence.jooq.Tables.MAILBOX;
import static io.portico.persistence.jooq.Tables.MAIL_OUTBOX;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.val;

import io.portico.application.mailbox.port.out.MailboxHealthPort;
import io.portico.application.mailbox.port.out.MailboxPort;
import io.portico.domain.mailbox.MailServer;
import io.portico.domain.mailbox.Mailbox;
import io.portico.domain.mailbox.MailboxHealth;
import io.portico.domain.mailbox.MailboxId;
import io.portico.domain.mailbox.Secret;
import io.portico.domain.mailbox.Security;
import io.portico.domain.mailbox.SyncError;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.persistence.jooq.tables.records.MailboxRecord;
import io.portico.persistence.shared.ForeignKeyViolation;
import io.portico.persistence.shared.UniqueViolation;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;

/**
 * D1, item 2: the firm's mailboxes. Both passwords are sealed by {@link MailboxSeal} before they reach the table and
 * opened only when a mailbox is read; the unique index on lower(address) decides whether an address is taken. Writes
 * that may be refused run as a transaction of their own (a savepoint inside the caller's), so a refusal leaves the
 * caller's intact.
 */
@Repository
class JooqMailboxAdapter implements MailboxPort, MailboxHealthPort {

    /** The unique index on a mailbox's address (see V48). */
    private static final String ADDRESS_KEY = "mailbox_address_key";
    private static final String OUTBOX_PENDING = "PENDING";

    /** What a mailbox is read from: not the worker's columns (next_sync_at starts at -infinity, which no Instant holds). */
    private static final List<Field<?>> MAILBOX_FIELDS = List.of(MAILBOX.ID, MAILBOX.NAME, MAILBOX.ADDRESS, MAILBOX.IMAP_HOST,
            MAILBOX.IMAP_PORT, MAILBOX.IMAP_SECURITY, MAILBOX.IMAP_USER, MAILBOX.IMAP_PASSWORD, MAILBOX.SMTP_HOST, MAILBOX.SMTP_PORT,
            MAILBOX.SMTP_SECURITY, MAILBOX.SMTP_USER, MAILBOX.SMTP_PASSWORD);

    private final DSLContext dsl;
    private final MailboxSeal seal;

    JooqMailboxAdapter(DSLContext dsl, MailboxSeal seal) {
        this.dsl = dsl;
        this.seal = seal;
    }

    @Override
    public void add(Mailbox mailbox, Instant at) {
        write(mailbox, () -> dsl.transaction(tx -> {
            MailboxRecord row = tx.dsl().newRecord(MAILBOX);
            row.setId(mailbox.id().value());
            row.setCreatedAt(at);
            fill(row, mailbox);
            row.insert();
        }));
    }

    @Override
    public void update(Mailbox mailbox) {
        write(mailbox, () -> dsl.transaction(tx -> {
            MailboxRecord row = tx.dsl().newRecord(MAILBOX);
            fill(row, mailbox);
            row.changed(MAILBOX.ID, false);
            int updated = tx.dsl().update(MAILBOX).set(row).set(MAILBOX.VERSION, MAILBOX.VERSION.plus(1L))
                    .where(MAILBOX.ID.eq(mailbox.id().value())).execute();
            if (updated == 0) {
                throw new InvalidInputException("mailbox", "mailbox.not-found");
            }
        }));
    }

    private void fill(MailboxRecord row, Mailbox mailbox) {
        row.setName(mailbox.name());
        row.setAddress(mailbox.address().value());
        row.setImapHost(mailbox.imap().host());
        row.setImapPort(mailbox.imap().port());
        row.setImapSecurity(mailbox.imap().security().name());
        row.setImapUser(mailbox.imap().user());
        row.setImapPassword(seal.seal(mailbox.imap().password().value()));
        row.setSmtpHost(mailbox.smtp().host());
        row.setSmtpPort(mailbox.smtp().port());
        row.setSmtpSecurity(mailbox.smtp().security().name());
        row.setSmtpUser(mailbox.smtp().user());
        row.setSmtpPassword(seal.seal(mailbox.smtp().password().value()));
    }

    private static void write(Mailbox mailbox, Runnable statement) {
        try {
            statement.run();
        } catch (RuntimeException e) {
            if (UniqueViolation.of(e).filter(ADDRESS_KEY::equals).isPresent()) {
                throw new InvalidInputException("mailboxAddress", "mailbox.address-taken", mailbox.address().value());
            }
            throw e;
        }
    }

    /**
     * Mail already sent or given up on forgets the mailbox; pending mail keeps it. A pending mail queued after the check
     * (another transaction) makes the delete fail on V48's foreign key, refused the same way.
     */
    @Override
    public void remove(MailboxId id) {
        try {
            dsl.transaction(tx -> {
                if (tx.dsl().fetchExists(MAIL_OUTBOX, MAIL_OUTBOX.MAILBOX_ID.eq(id.value()).and(MAIL_OUTBOX.STATUS.eq(OUTBOX_PENDING)))) {
                    throw unsentMail();
                }
                tx.dsl().update(MAIL_OUTBOX).setNull(MAIL_OUTBOX.MAILBOX_ID).where(MAIL_OUTBOX.MAILBOX_ID.eq(id.value())).execute();
                tx.dsl().deleteFrom(MAILBOX).where(MAILBOX.ID.eq(id.value())).execute();
            });
        } catch (RuntimeException e) {
            if (ForeignKeyViolation.of(e).isPresent()) {
                throw unsentMail();
            }
            throw e;
        }
    }

    private static InvalidInputException unsentMail() {
        return new InvalidInputException("mailbox", "mailbox.unsent-mail");
    }

    @Override
    public Optional<Mailbox> find(MailboxId id) {
        return dsl.select(MAILBOX_FIELDS).from(MAILBOX).where(MAILBOX.ID.eq(id.value())).fetchOptional()
                .map(row -> toMailbox(row.into(MAILBOX)));
    }

    @Override
    public List<Mailbox> all() {
        return dsl.select(MAILBOX_FIELDS).from(MAILBOX).orderBy(MAILBOX.NAME, MAILBOX.ID).fetch(row -> toMailbox(row.into(MAILBOX)));
    }

    private Mailbox toMailbox(MailboxRecord row) {
        return new Mailbox(new MailboxId(row.getId()), row.getName(), new EmailAddress(row.getAddress()),
                new MailServer(row.getImapHost(), row.getImapPort(), Security.valueOf(row.getImapSecurity()), row.getImapUser(),
                        new Secret(seal.open(row.getImapPassword()))),
                new MailServer(row.getSmtpHost(), row.getSmtpPort(), Security.valueOf(row.getSmtpSecurity()), row.getSmtpUser(),
                        new Secret(seal.open(row.getSmtpPassword()))));
    }

    @Override
    public void synced(MailboxId mailbox, Instant at, int stored, int unmatched) {
        dsl.update(MAILBOX)
                .set(MAILBOX.LAST_SUCCESS_AT, at)
                .set(MAILBOX.MESSAGES_SYNCED, MAILBOX.MESSAGES_SYNCED.plus((long) stored))
                .set(MAILBOX.MESSAGES_UNMATCHED, MAILBOX.MESSAGES_UNMATCHED.plus((long) unmatched))
                .setNull(MAILBOX.LAST_ERROR)
                .setNull(MAILBOX.FAILING_SINCE)
                .setNull(MAILBOX.FAILURE_NOTICED_AT)
                .where(MAILBOX.ID.eq(mailbox.value()))
                .execute();
    }

    @Override
    public void failed(MailboxId mailbox, Instant at, SyncError error) {
        dsl.update(MAILBOX)
                .set(MAILBOX.LAST_ERROR, error.name())
                .set(MAILBOX.FAILING_SINCE, coalesce(MAILBOX.FAILING_SINCE, val(at, MAILBOX.FAILING_SINCE)))
                .where(MAILBOX.ID.eq(mailbox.value()))
                .execute();
    }

    @Override
    public Map<MailboxId, MailboxHealth> health() {
        Map<MailboxId, MailboxHealth> all = new LinkedHashMap<>();
        dsl.select(MAILBOX.ID, MAILBOX.LAST_SUCCESS_AT, MAILBOX.MESSAGES_SYNCED, MAILBOX.MESSAGES_UNMATCHED, MAILBOX.LAST_ERROR,
                        MAILBOX.FAILING_SINCE)
                .from(MAILBOX).orderBy(lower(MAILBOX.NAME), MAILBOX.ID)
                .forEach(row -> all.put(new MailboxId(row.value1()), new MailboxHealth(Optional.ofNullable(row.value2()), row.value3(),
                        row.value4(), Optional.ofNullable(row.value5()).map(SyncError::valueOf), Optional.ofNullable(row.value6()))));
        return all;
    }

    @Override
    public List<FailingMailbox> failingUnnoticedSince(Instant since) {
        return dsl.select(MAILBOX.ID, MAILBOX.NAME, MAILBOX.LAST_ERROR, MAILBOX.FAILING_SINCE)
                .from(MAILBOX)
                .where(MAILBOX.FAILING_SINCE.lt(since))
                .and(MAILBOX.FAILURE_NOTICED_AT.isNull())
                .orderBy(MAILBOX.NAME, MAILBOX.ID)
                .fetch(row -> new FailingMailbox(new MailboxId(row.value1()), row.value2(), SyncError.valueOf(row.value3()), row.value4()));
    }

    /** Conditional, so of two nodes checking at once only one tells the admins. */
    @Override
    public boolean noticed(MailboxId mailbox, Instant at) {
        return dsl.update(MAILBOX)
                .set(MAILBOX.FAILURE_NOTICED_AT, at)
                .where(MAILBOX.ID.eq(mailbox.value()))
                .and(MAILBOX.FAILING_SINCE.isNotNull())
                .and(MAILBOX.FAILURE_NOTICED_AT.isNull())
                .execute() == 1;
    }
}
