package io.portico.persistence.message;

import static io.portico.persistence.jooq.Tables.MESSAGE;
import static io.portico.persistence.jooq.Tables.MESSAGE_ATTACHMENT;
import static io.portico.persistence.jooq.Tables.MESSAGE_FILE;
import static io.portico.persistence.jooq.Tables.MESSAGE_THREAD;

import io.portico.domain.account.AccountId;
import io.portico.domain.message.Attachment;
import io.portico.domain.message.AttachmentId;
import io.portico.domain.message.Message;
import io.portico.domain.message.MessageId;
import io.portico.domain.message.MessageSender;
import io.portico.domain.message.MessageSubject;
import io.portico.domain.message.MessageText;
import io.portico.domain.message.MessageThread;
import io.portico.domain.message.ThreadId;
import io.portico.domain.portal.PortalUserId;
import io.portico.domain.shared.FileAttachment;
import io.portico.domain.staff.StaffId;
import io.portico.persistence.jooq.tables.records.MessageAttachmentRecord;
import io.portico.persistence.jooq.tables.records.MessageRecord;
import io.portico.persistence.jooq.tables.records.MessageThreadRecord;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import org.jooq.DSLContext;

/** The rows of threads, messages and files, written in slices of multi-row inserts, and read back. */
final class MessageRows {

    /** Rows per insert: well under PostgreSQL's limit of bind values per statement for every table here. */
    static final int SLICE = 1000;

    private MessageRows() {
    }

    static void insertThreads(DSLContext dsl, List<MessageThread> threads) {
        inSlices(threads, slice -> {
            var insert = dsl.insertInto(MESSAGE_THREAD, MESSAGE_THREAD.ID, MESSAGE_THREAD.ACCOUNT_ID, MESSAGE_THREAD.SUBJECT,
                    MESSAGE_THREAD.STARTED_AT, MESSAGE_THREAD.LAST_MESSAGE_AT);
            for (MessageThread thread : slice) {
                insert = insert.values(thread.id().value(), thread.account().value(), thread.subject().value(), thread.startedAt(),
                        thread.lastMessageAt());
            }
            insert.execute();
        });
    }

    static void insertMessages(DSLContext dsl, List<Message> messages) {
        inSlices(messages, slice -> {
            var insert = dsl.insertInto(MESSAGE, MESSAGE.ID, MESSAGE.THREAD_ID, MESSAGE.SENDER_STAFF_ID, MESSAGE.SENDER_PORTAL_USER_ID,
                    MESSAGE.TEXT, MESSAGE.SENT_AT);
            for (Message message : slice) {
                insert = insert.values(message.id().value(), message.thread().value(), staffOf(message.sender()), clientOf(message.sender()),
                        message.text().value(), message.sentAt());
            }
            insert.execute();
        });
    }

    /** @return each file's SHA-256, in order; a file stored before (by any message) is not stored again */
    static List<String> insertFiles(DSLContext dsl, List<FileAttachment> files) {
        List<String> hashes = files.stream().map(file -> sha256(file.content())).toList();
        if (!files.isEmpty()) {
            var insert = dsl.insertInto(MESSAGE_FILE, MESSAGE_FILE.SHA256, MESSAGE_FILE.CONTENT);
            for (int i = 0; i < files.size(); i++) {
                insert = insert.values(hashes.get(i), files.get(i).content());
            }
            insert.onConflictDoNothing().execute();
        }
        return hashes;
    }

    static void insertAttachments(DSLContext dsl, List<Message> messages, List<String> hashes) {
        var rows = new ArrayList<Object[]>();
        for (Message message : messages) {
            List<Attachment> attachments = message.attachments();
            for (int position = 0; position < attachments.size(); position++) {
                Attachment attachment = attachments.get(position);
                rows.add(new Object[] {attachment.id().value(), message.id().value(), position, attachment.fileName(),
                        attachment.contentType(), attachment.size(), hashes.get(position)});
            }
        }
        inSlices(rows, slice -> {
            var insert = dsl.insertInto(MESSAGE_ATTACHMENT, MESSAGE_ATTACHMENT.ID, MESSAGE_ATTACHMENT.MESSAGE_ID, MESSAGE_ATTACHMENT.POSITION,
                    MESSAGE_ATTACHMENT.FILE_NAME, MESSAGE_ATTACHMENT.CONTENT_TYPE, MESSAGE_ATTACHMENT.SIZE, MESSAGE_ATTACHMENT.SHA256);
            for (Object[] row : slice) {
                insert = insert.values((java.util.UUID) row[0], (java.util.UUID) row[1], (Integer) row[2], (String) row[3], (String) row[4],
                        (Integer) row[5], (String) row[6]);
            }
            insert.execute();
        });
    }

    static MessageThread toThread(MessageThreadRecord row) {
        return new MessageThread(new ThreadId(row.getId()), new AccountId(row.getAccountId()), new MessageSubject(row.getSubject()),
                row.getStartedAt(), row.getLastMessageAt());
    }

    static Message toMessage(MessageRecord row, List<MessageAttachmentRecord> attachments) {
        MessageSender sender = row.getSenderStaffId() != null ? new MessageSender.Staff(new StaffId(row.getSenderStaffId()))
                : new MessageSender.Client(new PortalUserId(row.getSenderPortalUserId()));
        return new Message(new MessageId(row.getId()), new ThreadId(row.getThreadId()), sender, new MessageText(row.getText()),
                attachments.stream().map(a -> new Attachment(new AttachmentId(a.getId()), a.getFileName(), a.getContentType(), a.getSize()))
                        .toList(),
                row.getSentAt());
    }

    private static java.util.UUID staffOf(MessageSender sender) {
        return sender instanceof MessageSender.Staff staff ? staff.id().value() : null;
    }

    private static java.util.UUID clientOf(MessageSender sender) {
        return sender instanceof MessageSender.Client client ? client.id().value() : null;
    }

    private static <T> void inSlices(List<T> rows, Consumer<List<T>> insert) {
        for (int from = 0; from < rows.size(); from += SLICE) {
            insert.accept(rows.subList(from, Math.min(rows.size(), from + SLICE)));
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
