package io.portico.persistence.message;

import static io.portico.persistence.jooq.Tables.MESSAGE;
import static io.portico.persistence.jooq.Tables.MESSAGE_ATTACHMENT;
import static io.portico.persistence.jooq.Tables.MESSAGE_FILE;
import static io.portico.persistence.jooq.Tables.MESSAGE_READ;
import static io.portico.persistence.jooq.Tables.MESSAGE_THREAD;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.greatest;
import static org.jooq.impl.DSL.val;

import io.portico.application.message.port.out.MessagePort;
import io.portico.application.message.port.out.MessageReadPort;
import io.portico.domain.account.AccountId;
import io.portico.domain.message.AttachmentId;
import io.portico.domain.message.Message;
import io.portico.domain.message.MessageThread;
import io.portico.domain.message.ThreadId;
import io.portico.domain.portal.PortalUserId;
import io.portico.domain.shared.FileAttachment;
import io.portico.persistence.jooq.tables.records.MessageAttachmentRecord;
import io.portico.persistence.jooq.tables.records.MessageRecord;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Threads, messages and files in PostgreSQL. A batch of messages (a bulk email's chunk) is written with
 * one multi-row insert per table and slice, and each distinct file's bytes once.
 */
@Repository
class JooqMessageAdapter implements MessagePort, MessageReadPort {

    private final DSLContext dsl;

    JooqMessageAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(List<MessageThread> newThreads, List<Message> messages, List<FileAttachment> files) {
        MessageRows.insertThreads(dsl, newThreads);
        MessageRows.insertMessages(dsl, messages);
        List<String> hashes = MessageRows.insertFiles(dsl, files);
        MessageRows.insertAttachments(dsl, messages, hashes);
        Set<ThreadId> created = newThreads.stream().map(MessageThread::id).collect(Collectors.toSet());
        messages.stream().filter(message -> !created.contains(message.thread()))
                .collect(Collectors.toMap(Message::thread, Message::sentAt, (a, b) -> a.isAfter(b) ? a : b))
                .forEach(this::movedOn);
    }

    private void movedOn(ThreadId thread, Instant at) {
        dsl.update(MESSAGE_THREAD).set(MESSAGE_THREAD.LAST_MESSAGE_AT, greatest(MESSAGE_THREAD.LAST_MESSAGE_AT, val(at)))
                .where(MESSAGE_THREAD.ID.eq(thread.value())).execute();
    }

    @Override
    public Optional<MessageThread> thread(ThreadId id) {
        return dsl.selectFrom(MESSAGE_THREAD).where(MESSAGE_THREAD.ID.eq(id.value())).fetchOptional(MessageRows::toThread);
    }

    @Override
    public List<MessageThread> threads(AccountId account, int limit) {
        return dsl.selectFrom(MESSAGE_THREAD).where(MESSAGE_THREAD.ACCOUNT_ID.eq(account.value()))
                .orderBy(MESSAGE_THREAD.LAST_MESSAGE_AT.desc(), MESSAGE_THREAD.ID).limit(limit).fetch(MessageRows::toThread);
    }

    @Override
    public List<Message> messages(ThreadId thread) {
        List<MessageRecord> rows = dsl.selectFrom(MESSAGE).where(MESSAGE.THREAD_ID.eq(thread.value()))
                .orderBy(MESSAGE.SENT_AT, MESSAGE.SEQ).fetch();
        Map<UUID, List<MessageAttachmentRecord>> attachments = dsl.selectFrom(MESSAGE_ATTACHMENT)
                .where(MESSAGE_ATTACHMENT.MESSAGE_ID.in(rows.stream().map(MessageRecord::getId).toList()))
                .orderBy(MESSAGE_ATTACHMENT.POSITION).fetch().stream()
                .collect(Collectors.groupingBy(MessageAttachmentRecord::getMessageId));
        return rows.stream().map(row -> MessageRows.toMessage(row, attachments.getOrDefault(row.getId(), List.of()))).toList();
    }

    @Override
    public Optional<StoredFile> file(AttachmentId id) {
        return dsl.select(MESSAGE_THREAD.ACCOUNT_ID, MESSAGE_ATTACHMENT.FILE_NAME, MESSAGE_ATTACHMENT.CONTENT_TYPE, MESSAGE_FILE.CONTENT)
                .from(MESSAGE_ATTACHMENT)
                .join(MESSAGE_FILE).on(MESSAGE_FILE.SHA256.eq(MESSAGE_ATTACHMENT.SHA256))
                .join(MESSAGE).on(MESSAGE.ID.eq(MESSAGE_ATTACHMENT.MESSAGE_ID))
                .join(MESSAGE_THREAD).on(MESSAGE_THREAD.ID.eq(MESSAGE.THREAD_ID))
                .where(MESSAGE_ATTACHMENT.ID.eq(id.value()))
                .fetchOptional(row -> new StoredFile(new AccountId(row.value1()), new FileAttachment(row.value2(), row.value3(), row.value4())));
    }

    @Override
    public void markRead(ThreadId thread, PortalUserId user, Instant at) {
        dsl.insertInto(MESSAGE_READ)
                .set(MESSAGE_READ.PORTAL_USER_ID, user.value())
                .set(MESSAGE_READ.THREAD_ID, thread.value())
                .set(MESSAGE_READ.READ_AT, at)
                .onConflict(MESSAGE_READ.PORTAL_USER_ID, MESSAGE_READ.THREAD_ID)
                .doUpdate().set(MESSAGE_READ.READ_AT, greatest(MESSAGE_READ.READ_AT, val(at)))
                .execute();
    }

    @Override
    public int unread(AccountId account, PortalUserId user) {
        return dsl.select(count()).from(MESSAGE).join(MESSAGE_THREAD).on(MESSAGE_THREAD.ID.eq(MESSAGE.THREAD_ID))
                .leftJoin(MESSAGE_READ).on(MESSAGE_READ.THREAD_ID.eq(MESSAGE_THREAD.ID), MESSAGE_READ.PORTAL_USER_ID.eq(user.value()))
                .where(unreadBy(account, user)).fetchSingle(0, Integer.class);
    }

    @Override
    public Set<ThreadId> unreadThreads(AccountId account, PortalUserId user) {
        return new HashSet<>(dsl.selectDistinct(MESSAGE.THREAD_ID).from(MESSAGE).join(MESSAGE_THREAD).on(MESSAGE_THREAD.ID.eq(MESSAGE.THREAD_ID))
                .leftJoin(MESSAGE_READ).on(MESSAGE_READ.THREAD_ID.eq(MESSAGE_THREAD.ID), MESSAGE_READ.PORTAL_USER_ID.eq(user.value()))
                .where(unreadBy(account, user)).fetch(row -> new ThreadId(row.value1())));
    }

    /** Others' messages of the account's threads, newer than the user's read mark of their thread (or with none). */
    private static Condition unreadBy(AccountId account, PortalUserId user) {
        return MESSAGE_THREAD.ACCOUNT_ID.eq(account.value())
                .and(MESSAGE.SENDER_PORTAL_USER_ID.isDistinctFrom(user.value()))
                .and(MESSAGE_READ.READ_AT.isNull().or(MESSAGE.SENT_AT.gt(MESSAGE_READ.READ_AT)));
    }
}
