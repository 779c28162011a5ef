package io.portico.application.account.port.in;

import io.portico.domain.account.AccountId;
import io.portico.domain.contact.ContactId;
import io.portico.domain.staff.StaffId;

public interface UnlinkContactUseCase {

    /** F5: any contact but the last one; the contact itself stays. */
    void unlink(StaffId actor, AccountId account, long version, ContactId contact);
}
