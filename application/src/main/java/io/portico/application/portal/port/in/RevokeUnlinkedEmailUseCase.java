package io.portico.application.portal.port.in;

import io.portico.domain.account.AccountId;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.staff.StaffId;

/** B8: turning off the LOGIN an unlinked address still holds on an account; it cannot be turned on again. */
public interface RevokeUnlinkedEmailUseCase {

    /**
     * The address loses the account at once (B6), its open links stop working, and the access history
     * says who did it. Nothing happens when the address holds no LOGIN there any more.
     *
     * @throws io.portico.domain.shared.InvalidInputException on "account" when the actor may not see it
     * @throws io.portico.domain.shared.NotAllowedException when the actor may see but not edit it
     */
    void revoke(StaffId actor, AccountId account, EmailAddress email);
}
