package io.portico.application.account.port.out;

import io.portico.application.account.port.RelatedAccount;
import io.portico.domain.account.AccountId;
import io.portico.domain.staff.StaffId;
import java.util.List;
import java.util.Optional;

public interface RelatedAccountsPort {

    /**
     * The other accounts that share at least one linked contact with this one, ordered by name; with
     * a team member given, only the accounts that member is on the team of.
     */
    List<RelatedAccount> sharingContacts(AccountId account, Optional<StaffId> teamMember);
}
