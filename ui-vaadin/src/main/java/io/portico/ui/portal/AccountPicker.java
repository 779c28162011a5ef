package io.portico.ui.portal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.portico.domain.portal.PortalAccount;
import java.util.List;

/** B7: a client reaching several accounts chooses the one to work in; the portal then shows that account. */
class AccountPicker extends Dialog {

    final VerticalLayout choices = new VerticalLayout();

    AccountPicker(List<PortalAccount> accounts, boolean cancellable) {
        setHeaderTitle(getTranslation("portal.pick.title"));
        setCloseOnOutsideClick(cancellable);
        setCloseOnEsc(cancellable);
        choices.setPadding(false);
        accounts.forEach(account -> {
            var choose = new Button(account.name(), click -> choose(account));
            choose.setWidthFull();
            choices.add(choose);
        });
        add(new Paragraph(getTranslation("portal.pick.intro")), choices);
        if (cancellable) {
            var cancel = new Button(getTranslation("portal.pick.cancel"), click -> close());
            cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            getFooter().add(cancel);
        }
    }

    private void choose(PortalAccount account) {
        close();
        PortalHomeView.open(account.id());
    }
}
