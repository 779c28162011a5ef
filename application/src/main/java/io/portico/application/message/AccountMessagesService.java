package io.portico.application.message;

import io.portico.application.account.Viewers;
import io.portico.application.message.port.in.AccountMessagesQuery;
import io.portico.application.message.port.in.ThreadView;
import io.portico.application.message.port.out.MessagePort;
import io.portico.domain.account.AccountId;
import io.portico.domain.message.AttachmentId;
import io.portico.domain.shared.FileAttachment;
import io.portico.domain.staff.StaffId;
import java.util.List;
import java.util.Optional;

/** Items 8, 9: an account's threads and files, for staff who may see the account now (F2). */
public final class AccountMessagesService implements AccountMessagesQuery {

    private final MessagePort messages;
    private final Viewers viewers;
    private final MessageViews views;

    public AccountMessagesService(MessagePort messages, Viewers viewers, MessageViews views) {
        this.messages = messages;
        this.viewers = viewers;
        this.views = views;
    }

    @Override
    public List<ThreadView> threads(StaffId viewer, AccountId account, int limit) {
        if (viewers.visible(viewer, account).isEmpty()) {
            return List.of();
        }
        return messages.threads(account, limit).stream().map(views::forStaff).toList();
    }

    @Override
    public Optional<FileAttachment> attachment(StaffId viewer, AttachmentId id) {
        return messages.file(id).filter(stored -> viewers.visible(viewer, stored.account()).isPresent()).map(MessagePort.StoredFile::file);
    }
}
