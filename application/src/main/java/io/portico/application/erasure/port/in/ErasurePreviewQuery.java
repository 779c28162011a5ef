package io.portico.application.erasure.port.in;

import io.portico.domain.account.AccountId;
import io.portico.domain.contact.ContactId;
import io.portico.domain.staff.StaffId;

/** Issue 14, item 2: whether to offer erasing, and the confirmation's list of what goes. Same checks as erasing. */
public interface ErasurePreviewQuery {

    /** Whether the viewer may erase the account now: cheap enough for every visit to the account. */
    boolean offered(StaffId viewer, AccountId account);

    /** Whether the viewer may erase the contact now. */
    boolean offered(StaffId viewer, ContactId contact);

    Erasure preview(StaffId viewer, AccountId account);

    Erasure preview(StaffId viewer, ContactId contact);
}
