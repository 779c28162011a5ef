package io.portico.application.portal.port.in;

import io.portico.domain.account.AccountId;
import io.portico.domain.portal.UnlinkedEmail;
import io.portico.domain.staff.StaffId;
import java.util.List;

/** B8: the Info tab's <b>Unlinked emails</b>: addresses no longer on a contact that still hold LOGIN on the account. */
public interface UnlinkedEmailsQuery {

    /** By address; nothing for an account the viewer may not see. */
    List<UnlinkedEmail> unlinkedEmails(StaffId viewer, AccountId account);
}
