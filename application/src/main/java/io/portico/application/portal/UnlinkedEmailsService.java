package io.portico.application.portal;

import io.portico.application.audit.AccessAudit;
import io.portico.application.portal.port.in.RevokeUnlinkedEmailUseCase;
import io.portico.application.portal.port.in.UnlinkedEmailsQuery;
import io.portico.application.portal.port.out.UnlinkedAccessPort;
import io.portico.application.shared.Viewers;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.access.AccessToggle;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.Account;
import io.portico.domain.account.AccountId;
import io.portico.domain.portal.UnlinkedEmail;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.staff.StaffId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** B8: listing the addresses that left their contact but kept LOGIN, and turning that LOGIN off. */
public final class UnlinkedEmailsService implements UnlinkedEmailsQuery, RevokeUnlinkedEmailUseCase {

    private final UnlinkedAccessPort unlinked;
    private final Viewers viewers;
    private final Invitations invitations;
    private final AccessAudit audit;
    private final Transactions transactions;
    private final Clock clock;

    public UnlinkedEmailsService(UnlinkedAccessPort unlinked, Viewers viewers, Invitations invitations, AccessAudit audit,
                                 Transactions transactions, Clock clock) {
        this.unlinked = unlinked;
        this.viewers = viewers;
        this.invitations = invitations;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public List<UnlinkedEmail> unlinkedEmails(StaffId viewer, AccountId account) {
        return viewers.visible(viewer, account).map(visible -> unlinked.unlinked(visible.id())).orElse(List.of());
    }

    @Override
    public void revoke(StaffId actor, AccountId accountId, EmailAddress email) {
        transactions.inTransaction(() -> {
            Account account = viewers.editable(actor, accountId);
            // a second click, or two staff at once: only the one that removed the row writes the history
            if (unlinked.remove(account.id(), email)) {
                Instant now = clock.instant();
                invitations.voidLinks(email, now);
                audit.toggled(account, EmailAccess.none(email), AccessToggle.LOGIN, actor, now);
            }
        });
    }
}
