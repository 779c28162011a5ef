package io.portico.ui.erasure;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import io.portico.application.erasure.port.in.EraseAccountCommand;
import io.portico.application.erasure.port.in.EraseAccountUseCase;
import io.portico.application.erasure.port.in.EraseContactCommand;
import io.portico.application.erasure.port.in.EraseContactUseCase;
import io.portico.application.erasure.port.in.ErasurePreviewQuery;
import io.portico.domain.account.AccountId;
import io.portico.domain.contact.ContactId;
import io.portico.domain.staff.StaffId;
import java.util.Optional;

/**
 * Issue 14, item 2: the "Erase…" buttons — on an archived account's header and on a contact linked to no account —
 * offered only to those who may erase; each opens the {@link EraseDialog}.
 */
@org.springframework.stereotype.Component
public class ErasureActions {

    /** Where staff land once the account they were looking at is gone. */
    static final String ACCOUNT_LIST = "clients/accounts";

    private final ErasurePreviewQuery previews;
    private final EraseAccountUseCase eraseAccount;
    private final EraseContactUseCase eraseContact;

    ErasureActions(ErasurePreviewQuery previews, EraseAccountUseCase eraseAccount, EraseContactUseCase eraseContact) {
        this.previews = previews;
        this.eraseAccount = eraseAccount;
        this.eraseContact = eraseContact;
    }

    public Optional<Button> account(StaffId viewer, AccountId account, String name) {
        if (!previews.offered(viewer, account)) {
            return Optional.empty();
        }
        return Optional.of(button(() -> new EraseDialog(name, previews.preview(viewer, account),
                () -> eraseAccount.erase(new EraseAccountCommand(viewer, account)),
                () -> UI.getCurrent().navigate(ACCOUNT_LIST)).open()));
    }

    public Optional<Button> contact(StaffId viewer, ContactId contact, String name, Runnable erased) {
        if (!previews.offered(viewer, contact)) {
            return Optional.empty();
        }
        return Optional.of(button(() -> new EraseDialog(name, previews.preview(viewer, contact),
                () -> eraseContact.erase(new EraseContactCommand(viewer, contact)), erased).open()));
    }

    private static Button button(Runnable open) {
        var erase = new Button(UI.getCurrent().getTranslation("erasure.erase"), click -> open.run());
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        erase.setId("erase");
        return erase;
    }
}
