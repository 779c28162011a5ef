package io.portico.application.bulk.port;

import io.portico.application.account.port.PortalStatus;
import io.portico.domain.account.AccountType;
import io.portico.domain.staff.StaffId;
import io.portico.domain.tag.TagId;
import java.util.Objects;
import java.util.Optional;

/** E1's filters of Clients → Accounts, as "all N accounts matching the filter" re-reads them (empty: any). */
public record AccountFilter(Optional<AccountType> type, Optional<StaffId> teamMember, Optional<PortalStatus> portalStatus,
                            Optional<TagId> tag) {

    public static final AccountFilter ANY = new AccountFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public AccountFilter {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(teamMember, "teamMember");
        Objects.requireNonNull(portalStatus, "portalStatus");
        Objects.requireNonNull(tag, "tag");
    }
}
