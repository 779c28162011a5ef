package io.portico.application.message.port.out;

import io.portico.domain.account.AccountId;
import io.portico.domain.message.AttachmentId;
import io.portico.domain.message.Message;
import io.portico.domain.message.MessageThread;
import io.portico.domain.message.ThreadId;
import io.portico.domain.shared.FileAttachment;
import java.util.List;
import java.util.Optional;

/** Items 8, 9: the threads of each account, their messages and the messages' files. */
public interface MessagePort {

    /**
     * Stores the new threads and the messages (each in a new or a stored thread) in a few statements,
     * however many there are (a bulk email's chunk). Every message carries these same files, in the
     * order of its {@link Message#attachments()}; the bytes of a file shared by many messages are kept
     * once. A thread's latest-message time moves to its newest message.
     */
    void add(List<MessageThread> newThreads, List<Message> messages, List<FileAttachment> files);

    Optional<MessageThread> thread(ThreadId id);

    /** The account's threads, the one with the newest message first. */
    List<MessageThread> threads(AccountId account, int limit);

    /** A thread's messages, oldest first. */
    List<Message> messages(ThreadId thread);

    /** A message's file with its bytes, and the account whose thread holds it (who may download it is checked by it). */
    Optional<StoredFile> file(AttachmentId id);

    record StoredFile(AccountId account, FileAttachment file) {
    }
}
