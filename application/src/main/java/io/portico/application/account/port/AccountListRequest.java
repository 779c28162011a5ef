package io.portico.application.account.port;

import io.portico.domain.account.AccountId;
import io.portico.domain.account.AccountType;
import io.portico.domain.staff.StaffId;
import io.portico.domain.tag.TagId;
import java.util.Optional;

/**
 * A page of the account list, sorted by a column then name then id, starting after the given row (keyset
 * pagination: a deep page costs what the first one does).
 *
 * @param visibleTo     only accounts whose team has this member; empty for every account
 * @param type          only this type; empty for all
 * @param teamMember    only accounts with this team member (the list's filter); empty for all
 * @param portalStatus  only accounts with at least one address in this portal status; empty for all
 * @param afterName     with {@code afterId}: the last row of the previous page; empty for the first page
 * @param tag           only accounts with this tag (A5); empty for all
 * @param sortBy        issue 12, item 9: the column sorted by (see {@link AccountColumn}), then the name, then the id
 * @param archived      issue 14, item 1: only archived accounts (the <i>Archived</i> filter); otherwise only active ones
 */
public record AccountListRequest(Optional<StaffId> visibleTo, Optional<AccountType> type, Optional<StaffId> teamMember,
                                 Optional<PortalStatus> portalStatus, boolean descending, Optional<String> afterName,
                                 Optional<AccountId> afterId, int limit, Optional<TagId> tag, AccountColumn sortBy,
                                 boolean archived) {

    public AccountListRequest {
        if (limit < 1 || limit > 500) {
            throw new IllegalArgumentException("limit must be 1..500");
        }
        if (afterName.isPresent() != afterId.isPresent()) {
            throw new IllegalArgumentException("a cursor needs both name and id");
        }
        tag = tag == null ? Optional.empty() : tag;
        sortBy = sortBy == null ? AccountColumn.NAME : sortBy;
    }

    /** A request for active accounts. */
    public AccountListRequest(Optional<StaffId> visibleTo, Optional<AccountType> type, Optional<StaffId> teamMember,
                              Optional<PortalStatus> portalStatus, boolean descending, Optional<String> afterName,
                              Optional<AccountId> afterId, int limit, Optional<TagId> tag, AccountColumn sortBy) {
        this(visibleTo, type, teamMember, portalStatus, descending, afterName, afterId, limit, tag, sortBy, false);
    }

    /** A request sorted by name. */
    public AccountListRequest(Optional<StaffId> visibleTo, Optional<AccountType> type, Optional<StaffId> teamMember,
                              Optional<PortalStatus> portalStatus, boolean descending, Optional<String> afterName,
                              Optional<AccountId> afterId, int limit, Optional<TagId> tag) {
        this(visibleTo, type, teamMember, portalStatus, descending, afterName, afterId, limit, tag, AccountColumn.NAME);
    }

    /** A request with no tag filter. */
    public AccountListRequest(Optional<StaffId> visibleTo, Optional<AccountType> type, Optional<StaffId> teamMember,
                              Optional<PortalStatus> portalStatus, boolean descending, Optional<String> afterName,
                              Optional<AccountId> afterId, int limit) {
        this(visibleTo, type, teamMember, portalStatus, descending, afterName, afterId, limit, Optional.empty());
    }

    public AccountListRequest withTag(Optional<TagId> only) {
        return new AccountListRequest(visibleTo, type, teamMember, portalStatus, descending, afterName, afterId, limit, only, sortBy, archived);
    }

    /** Issue 12, item 9: the same filters sorted by this column, from the first page. */
    public AccountListRequest sortedBy(AccountColumn column, boolean inDescendingOrder) {
        return new AccountListRequest(visibleTo, type, teamMember, portalStatus, inDescendingOrder, Optional.empty(), Optional.empty(),
                limit, tag, column, archived);
    }

    /** The same request for the accounts this member may see; empty for every account. */
    public AccountListRequest visibleTo(Optional<StaffId> member) {
        return new AccountListRequest(member, type, teamMember, portalStatus, descending, afterName, afterId, limit, tag, sortBy, archived);
    }

    public AccountListRequest withPortalStatus(Optional<PortalStatus> only) {
        return new AccountListRequest(visibleTo, type, teamMember, only, descending, afterName, afterId, limit, tag, sortBy, archived);
    }

    /** Issue 14, item 1: the same filters over the archived accounts ({@code true}) or the active ones, from the first page. */
    public AccountListRequest inArchive(boolean onlyArchived) {
        return new AccountListRequest(visibleTo, type, teamMember, portalStatus, descending, Optional.empty(), Optional.empty(), limit, tag,
                sortBy, onlyArchived);
    }

    public static AccountListRequest firstPage(Optional<StaffId> visibleTo, int limit) {
        return new AccountListRequest(visibleTo, Optional.empty(), Optional.empty(), Optional.empty(), false,
                Optional.empty(), Optional.empty(), limit);
    }

    public AccountListRequest after(AccountRow last) {
        return new AccountListRequest(visibleTo, type, teamMember, portalStatus, descending, Optional.of(last.name()),
                Optional.of(last.id()), limit, tag, sortBy, archived);
    }
}
