package io.portico.application.account;

import io.portico.application.account.port.out.AccountPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.account.Account;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.AccountVisibility;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffMember;
import java.util.Optional;

/** What a staff member may see and change (F2), looked up afresh on every call so revoked rights apply at once. */
public final class Viewers {

    private final StaffPort staff;
    private final AccountPort accounts;

    public Viewers(StaffPort staff, AccountPort accounts) {
        this.staff = staff;
        this.accounts = accounts;
    }

    public AccountVisibility of(StaffId viewer) {
        StaffMember member = staff.findById(viewer).filter(StaffMember::active)
                .orElseThrow(() -> new NotAllowedException("not an active staff member"));
        return new AccountVisibility(viewer, member.role(), staff.rights(viewer));
    }

    /** The account if the viewer may see it; otherwise nothing, exactly as if it did not exist. */
    public Optional<Account> visible(StaffId viewer, AccountId id) {
        AccountVisibility visibility = of(viewer);
        return accounts.find(id).filter(visibility::canView);
    }

    /** The account for a change: "not found" if invisible, refused if only visible. */
    public Account editable(StaffId viewer, AccountId id) {
        AccountVisibility visibility = of(viewer);
        Account account = accounts.find(id).filter(visibility::canView)
                .orElseThrow(() -> new io.portico.domain.shared.InvalidInputException("account", "account.not-found"));
        if (!visibility.canEdit(account)) {
            throw new NotAllowedException("edit account");
        }
        return account;
    }
}
