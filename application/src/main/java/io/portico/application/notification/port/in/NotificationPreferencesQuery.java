package io.portico.application.notification.port.in;

import io.portico.domain.account.AccountId;
import io.portico.domain.portal.PortalUserId;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.staff.StaffId;
import java.util.List;
import java.util.Optional;

/** Issue 11, item 1: preferences as staff and clients see them. */
public interface NotificationPreferencesQuery {

    /** Nothing when the viewer cannot see the account or the address is not one of its contacts'. */
    Optional<AddressPreferences> preferences(StaffId viewer, AccountId account, EmailAddress email);

    /** The client's own, per account where their address has LOGIN on, by account name. */
    List<AddressPreferences> own(PortalUserId user);
}
