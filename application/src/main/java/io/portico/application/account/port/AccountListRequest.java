package io.portico.application.account.port;

import io.portico.domain.account.AccountId;
import io.portico.domain.account.AccountType;
import io.portico.domain.staff.StaffId;
import io.portico.domain.tag.TagId;
import java.util.Optional;

/**
 * A page of the account list, sorted by name then id, starting after the given row (keyset
 * pagination: a deep page costs what the first one does).
 *
 * @param visibleTo     only accounts whose team has this member; empty for every account
 * @param type          only this type; empty for all
 * @param teamMember    only accounts with this team member (the list's filter); empty for all
 * @param portalStatus  only accounts with at least one address in this portal status; empty for all
 * @param afterName     with {@code afterId}: the last row of the previous page; empty for the first page
 * @param tag           only accounts with this tag (A5); empty for all
 */
public record AccountListRequest(Optional<StaffId> visibleTo, Optional<AccountType> type, Optional<StaffId> teamMember,
                                 Optional<PortalStatus> portalStatus, boolean descending, Optional<String> afterName,
                                 Optional<AccountId> afterId, int limit, Optional<TagId> tag) {

    public AccountListRequest {
        if (limit < 1 || limit > 500) {
            throw new IllegalArgumentException("limit must be 1..500");
        }
        if (afterName.isPresent() != afterId.isPresent()) {
            throw new IllegalArgumentException("a cursor needs both name and id");
        }
        tag = tag == null ? Optional.empty() : tag;
    }

    /** A request with no tag filter. */
    public AccountListRequest(Optional<StaffId> visibleTo, Optional<AccountType> type, Optional<StaffId> teamMember,
                              Optional<PortalStatus> portalStatus, boolean descending, Optional<String> afterName,
                              Optional<AccountId> afterId, int limit) {
        this(visibleTo, type, teamMember, portalStatus, descending, afterName, afterId, limit, Optional.empty());
    }

    public AccountListRequest withTag(Optional<TagId> only) {
        return new AccountListRequest(visibleTo, type, teamMember, portalStatus, descending, afterName, afterId, limit, only);
    }

    public AccountListRequest withPortalStatus(Optional<PortalStatus> only) {
        return new AccountListRequest(visibleTo, type, teamMember, only, descending, afterName, afterId, limit, tag);
    }

    public static AccountListRequest firstPage(Optional<StaffId> visibleTo, int limit) {
        return new AccountListRequest(visibleTo, Optional.empty(), Optional.empty(), Optional.empty(), false,
                Optional.empty(), Optional.empty(), limit);
    }

    public AccountListRequest after(AccountRow last) {
        return new AccountListRequest(visibleTo, type, teamMember, portalStatus, descending, Optional.of(last.name()),
                Optional.of(last.id()), limit, tag);
    }
}
