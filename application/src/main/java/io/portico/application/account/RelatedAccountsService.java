package io.portico.application.account;

import io.portico.application.account.port.RelatedAccount;
import io.portico.application.account.port.in.RelatedAccountsQuery;
import io.portico.application.account.port.out.RelatedAccountsPort;
import io.portico.domain.account.AccountVisibility;
import io.portico.domain.staff.StaffId;
import io.portico.domain.account.AccountId;
import java.util.List;
import java.util.Optional;

/** F4: Related accounts — those sharing a contact with this one, as far as the viewer may see them (F2). */
public final class RelatedAccountsService implements RelatedAccountsQuery {

    private final RelatedAccountsPort related;
    private final Viewers viewers;

    public RelatedAccountsService(RelatedAccountsPort related, Viewers viewers) {
        this.related = related;
        this.viewers = viewers;
    }

    @Override
    public List<RelatedAccount> related(StaffId viewer, AccountId account) {
        if (viewers.visible(viewer, account).isEmpty()) {
            return List.of();
        }
        AccountVisibility visibility = viewers.of(viewer);
        return related.sharingContacts(account, visibility.seesAll() ? Optional.empty() : Optional.of(viewer));
    }
}
