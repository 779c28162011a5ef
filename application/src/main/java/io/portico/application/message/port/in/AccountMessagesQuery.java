package io.portico.application.message.port.in;

import io.portico.domain.account.AccountId;
import io.portico.domain.message.AttachmentId;
import io.portico.domain.shared.FileAttachment;
import io.portico.domain.staff.StaffId;
import java.util.List;
import java.util.Optional;

/** Items 8, 9: an account's threads on its profile (Overview, Messages tab), for staff who may see the account. */
public interface AccountMessagesQuery {

    /** The newest threads, each with its messages and their deliveries; none when the viewer may not see the account. */
    List<ThreadView> threads(StaffId viewer, AccountId account, int limit);

    /** A file of a message, when the viewer may see the message's account; nothing otherwise, as if it did not exist. */
    Optional<FileAttachment> attachment(StaffId viewer, AttachmentId id);
}
