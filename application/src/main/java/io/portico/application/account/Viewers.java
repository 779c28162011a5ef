package io.portico.application.account;

import io.portico.application.account.port.out.AccountArchivePort;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.account.Account;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.AccountVisibility;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffMember;
import java.time.Instant;
import java.util.Optional;

/** What a staff member may see and change (F2), looked up afresh on every call so revoked rights apply at once. */
public final class Viewers {

    private final StaffPort staff;
    private final AccountPort accounts;
    private final AccountArchivePort archive;

    public Viewers(StaffPort staff, AccountPort accounts, AccountArchivePort archive) {
        this.staff = staff;
        this.accounts = accounts;
        this.archive = archive;
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

    /**
     * The account for a change: "not found" if invisible, refused if only visible. Issue 14, item 1: an archived
     * account is read-only (nothing may reach its clients until it is restored), so a change is refused too.
     */
    public Account editable(StaffId viewer, AccountId id) {
        Account account = manageable(viewer, id);
        if (archive.archivedAt(id).isPresent()) {
            throw new InvalidInputException("account", "account.archived");
        }
        return account;
    }

    /** As {@link #editable}, archived or not: for archiving and restoring, and for internal notes. */
    public Account manageable(StaffId viewer, AccountId id) {
        AccountVisibility visibility = of(viewer);
        Account account = accounts.find(id).filter(visibility::canView)
                .orElseThrow(() -> new InvalidInputException("account", "account.not-found"));
        if (!visibility.canEdit(account)) {
            throw new NotAllowedException("edit account");
        }
        return account;
    }

    /** Issue 14, item 1: since when the account is archived; empty while it is active. */
    public Optional<Instant> archivedAt(AccountId id) {
        return archive.archivedAt(id);
    }
}
