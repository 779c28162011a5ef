package io.portico.application.portal;

import io.portico.application.portal.port.in.UnlinkedEmailsQuery;
import io.portico.application.portal.port.out.UnlinkedAccessPort;
import io.portico.application.account.Viewers;
import io.portico.domain.account.AccountId;
import io.portico.domain.portal.UnlinkedEmail;
import io.portico.domain.staff.StaffId;
import java.util.List;

/** B8: listing the addresses that left their contact but kept LOGIN. */
public final class UnlinkedEmailsService implements UnlinkedEmailsQuery {

    private final UnlinkedAccessPort unlinked;
    private final Viewers viewers;

    public UnlinkedEmailsService(UnlinkedAccessPort unlinked, Viewers viewers) {
        this.unlinked = unlinked;
        this.viewers = viewers;
    }

    @Override
    public List<UnlinkedEmail> unlinkedEmails(StaffId viewer, AccountId account) {
        return viewers.visible(viewer, account).map(visible -> unlinked.unlinked(visible.id())).orElse(List.of());
    }
}
