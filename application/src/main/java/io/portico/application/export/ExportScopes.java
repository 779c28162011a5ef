package io.portico.application.export;

import io.portico.application.email.port.out.EmailReadPort;
import io.portico.application.export.port.out.ExportScope;
import io.portico.application.portal.port.out.PortalAccessPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.domain.account.AccountId;
import io.portico.domain.export.DataExport;
import io.portico.domain.export.ExportRequester;
import io.portico.domain.portal.PortalAccount;
import io.portico.domain.portal.PortalUser;
import java.util.List;

/**
 * What an export holds, resolved when its file is built: a client's accounts are those their address has LOGIN on
 * at that moment, and their mail is exported from those where it has EMAIL SYNC too (as the portal's Email tab).
 */
public final class ExportScopes {

    private final EmailReadPort mail;
    private final PortalUserPort users;
    private final PortalAccessPort access;

    public ExportScopes(EmailReadPort mail, PortalUserPort users, PortalAccessPort access) {
        this.mail = mail;
        this.users = users;
        this.access = access;
    }

    ExportScope of(DataExport export) {
        return switch (export.requester()) {
            case ExportRequester.Staff staff -> {
                AccountId account = export.account().orElseThrow(() -> new IllegalStateException("a staff export names its account"));
                yield new ExportScope.WholeAccount(account, mail.syncAddresses(account));
            }
            case ExportRequester.Client client -> ownData(users.findById(client.id())
                    .orElseThrow(() -> new IllegalStateException("the client of export " + export.job().value() + " is gone")));
        };
    }

    private ExportScope ownData(PortalUser user) {
        String address = user.email().lookupKey();
        List<AccountId> accounts = access.loginAccounts(user.email()).stream().map(PortalAccount::id).toList();
        List<AccountId> synced = accounts.stream().filter(account -> mail.syncAddresses(account).contains(address)).toList();
        return new ExportScope.OwnData(address, accounts, synced);
    }
}
