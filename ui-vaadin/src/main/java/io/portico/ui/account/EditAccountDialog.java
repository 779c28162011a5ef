package io.portico.ui.account;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import io.portico.application.account.port.in.ArchiveAccountCommand;
import io.portico.application.account.port.in.ArchiveAccountUseCase;
import io.portico.application.account.port.in.EditAccountCommand;
import io.portico.application.account.port.in.EditAccountUseCase;
import io.portico.domain.account.Account;
import io.portico.domain.account.AccountName;
import io.portico.domain.account.AccountType;
import io.portico.domain.account.CompanyName;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.shared.PostalAddress;
import io.portico.domain.shared.StaleRecordException;
import io.portico.domain.staff.StaffId;
import io.portico.ui.form.AddressFields;
import io.portico.ui.i18n.InputErrors;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * F4: Edit of the account's type, name, and for a company its company name and address (A4; the name is required);
 * issue 14, item 1: <i>Archive</i>, after a confirmation.
 */
public class EditAccountDialog extends Dialog {

    final RadioButtonGroup<AccountType> type = new RadioButtonGroup<>(getTranslation("accounts.type"));
    final TextField name = new TextField(getTranslation("field.accountName"));
    final TextField companyName = new TextField(getTranslation("field.companyName"));
    final AddressFields address = new AddressFields();
    final Button save = new Button(getTranslation("notes.save"));
    final Button archive = new Button(getTranslation("archive.archive"));
    final Paragraph error = new Paragraph();
    private final Account account;
    private final EditAccountUseCase edit;
    private final ArchiveAccountUseCase archiving;
    private final StaffId editor;
    private final Runnable saved;

    public EditAccountDialog(Account account, EditAccountUseCase edit, ArchiveAccountUseCase archiving, StaffId editor, Runnable saved) {
        this.account = account;
        this.edit = edit;
        this.archiving = archiving;
        this.editor = editor;
        this.saved = saved;
        setHeaderTitle(account.name().value());
        setWidth("40em");
        type.setItems(AccountType.values());
        type.setItemLabelGenerator(t -> getTranslation("account.type." + t.name()));
        type.setValue(account.type());
        type.addValueChangeListener(e -> showCompanyFields());
        name.setValue(account.name().value());
        name.setRequired(true);
        companyName.setValue(account.companyName().map(CompanyName::value).orElse(""));
        companyName.setRequired(true);
        address.setValue(account.companyAddress());
        var form = new FormLayout(type, name, companyName);
        address.addTo(form);
        form.setColspan(type, 2);
        showCompanyFields();
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        add(form, error);
        archive.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        archive.addClickListener(click -> confirmArchive());
        archive.getStyle().set("margin-inline-end", "auto");
        getFooter().add(archive, new Button(getTranslation("new-account.cancel"), click -> close()), save);
    }

    /** Issue 14, item 1: says what archiving does before it is done. */
    private void confirmArchive() {
        var confirm = new ConfirmDialog(getTranslation("archive.confirm.title", account.name().value()), getTranslation("archive.confirm.text"),
                getTranslation("archive.archive"), event -> archive());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("new-account.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    void archive() {
        try {
            archiving.archive(new ArchiveAccountCommand(editor, account.id()));
            close();
            saved.run();
        } catch (InvalidInputException e) {
            error.setText(InputErrors.message(e));
        } catch (NotAllowedException e) {
            error.setText(getTranslation("error.not-allowed"));
        }
    }

    private void showCompanyFields() {
        boolean company = type.getValue() == AccountType.COMPANY;
        companyName.setVisible(company);
        address.setVisible(company);
    }

    private void save() {
        error.setText("");
        try {
            boolean company = type.getValue() == AccountType.COMPANY;
            Optional<CompanyName> company_ = company && !companyName.getValue().isBlank()
                    ? Optional.of(new CompanyName(companyName.getValue())) : Optional.empty();
            PostalAddress companyAddress = company ? address.value()
                    : PostalAddress.NONE;
            edit.edit(new EditAccountCommand(editor, account.id(), account.version(), type.getValue(), new AccountName(name.getValue()),
                    company_, companyAddress));
            close();
            saved.run();
        } catch (InvalidInputException e) {
            Map<String, HasValidation> fields = address.with(Map.of("accountName", name, "companyName", companyName));
            error.setText(InputErrors.show(e, fields));
        } catch (StaleRecordException e) {
            error.setText(InputErrors.stale(e));
        } catch (NotAllowedException e) {
            error.setText(getTranslation("error.not-allowed"));
        }
    }
}
