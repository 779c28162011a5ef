package io.portico.ui.account;

import com.vaadin.flow.component.Component;
import io.portico.application.portal.port.in.RevokeUnlinkedEmailUseCase;
import io.portico.application.portal.port.in.UnlinkedEmailsQuery;
import io.portico.domain.account.AccountId;
import io.portico.domain.staff.StaffId;

/** Builds the profile's {@link UnlinkedEmailsSection} (B8), so the account view only places it. */
@org.springframework.stereotype.Component
public class UnlinkedEmailsSections {

    private final UnlinkedEmailsQuery query;
    private final RevokeUnlinkedEmailUseCase revoke;

    UnlinkedEmailsSections(UnlinkedEmailsQuery query, RevokeUnlinkedEmailUseCase revoke) {
        this.query = query;
        this.revoke = revoke;
    }

    public Component section(StaffId viewer, AccountId account, boolean editable, Runnable changed) {
        return new UnlinkedEmailsSection(query.unlinkedEmails(viewer, account), editable, revoke, viewer, account, changed);
    }
}
