package io.portico.ui.settings;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import io.portico.application.mailbox.port.in.AddMailboxCommand;
import io.portico.application.mailbox.port.in.AddMailboxUseCase;
import io.portico.application.mailbox.port.in.ChangeMailboxCommand;
import io.portico.application.mailbox.port.in.ChangeMailboxUseCase;
import io.portico.application.mailbox.port.in.MailServerInput;
import io.portico.application.mailbox.port.in.MailboxDetails;
import io.portico.application.mailbox.port.in.MailboxSettings;
import io.portico.application.mailbox.port.in.MailboxTestResult;
import io.portico.application.mailbox.port.in.TestMailboxCommand;
import io.portico.application.mailbox.port.in.TestMailboxUseCase;
import io.portico.domain.mailbox.Security;
import io.portico.domain.mailbox.SyncError;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.staff.StaffId;
import io.portico.ui.i18n.InputErrors;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * D1: a mailbox's name, address, IMAP and SMTP servers, with *Test connection*. Passwords are never shown again: when
 * editing, a password field left empty keeps the stored one. The dialog stays open while what was typed is refused.
 */
class MailboxDialog extends Dialog {

    /** What the dialog calls. */
    record UseCases(AddMailboxUseCase add, ChangeMailboxUseCase change, TestMailboxUseCase test) {
    }

    /** One server's fields; errors are named after it ("imapHost", "smtpPort", …). */
    final class ServerFields extends FormLayout {
        final TextField host = new TextField(getTranslation("mailboxes.host"));
        final IntegerField port = new IntegerField(getTranslation("mailboxes.port"));
        final Select<Security> security = new Select<>();
        final TextField user = new TextField(getTranslation("mailboxes.user"));
        final PasswordField password = new PasswordField(getTranslation("mailboxes.password"));

        ServerFields(String server, Optional<MailboxSettings.Server> stored) {
            security.setLabel(getTranslation("mailboxes.security"));
            security.setItems(Security.values());
            security.setItemLabelGenerator(s -> getTranslation("mailboxes.security." + s.name()));
            stored.ifPresentOrElse(s -> {
                host.setValue(s.host());
                port.setValue(s.port());
                security.setValue(s.security());
                user.setValue(s.user());
                password.setHelperText(getTranslation("mailboxes.password.keep"));
            }, () -> security.setValue(Security.TLS));
            add(host, port, security, user, password);
            fields.putAll(Map.of(server + "Host", host, server + "Port", port, server + "Security", security, server + "User", user,
                    server + "Password", password));
        }

        MailServerInput input() {
            return new MailServerInput(host.getValue(), port.getValue() == null ? 0 : port.getValue(), security.getValue(), user.getValue(),
                    password.getValue());
        }
    }

    private final Map<String, HasValidation> fields = new HashMap<>();
    final TextField name = new TextField(getTranslation("mailboxes.name"));
    final TextField address = new TextField(getTranslation("mailboxes.address"));
    final ServerFields imap;
    final ServerFields smtp;
    final Button test = new Button(getTranslation("mailboxes.test"));
    final Button save = new Button(getTranslation("settings.save"));
    final Paragraph imapResult = new Paragraph();
    final Paragraph smtpResult = new Paragraph();
    final Paragraph problem = new Paragraph();
    private final UseCases useCases;
    private final StaffId actor;
    private final Optional<MailboxSettings> editing;
    private final Runnable saved;

    MailboxDialog(UseCases useCases, StaffId actor, MailboxSettings mailbox, Runnable saved) {
        this.useCases = useCases;
        this.actor = actor;
        this.editing = Optional.ofNullable(mailbox);
        this.saved = saved;
        fields.putAll(Map.of("mailboxName", name, "mailboxAddress", address));
        imap = new ServerFields("imap", editing.map(MailboxSettings::imap));
        smtp = new ServerFields("smtp", editing.map(MailboxSettings::smtp));
        editing.ifPresent(m -> {
            name.setValue(m.name());
            address.setValue(m.address().value());
        });
        setHeaderTitle(editing.map(m -> getTranslation("settings.edit") + " · " + m.name()).orElse(getTranslation("mailboxes.add")));
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        test.addClickListener(click -> test());
        add(new VerticalLayout(new FormLayout(name, address), new H3(getTranslation("mailboxes.imap")), imap,
                new H3(getTranslation("mailboxes.smtp")), smtp, imapResult, smtpResult, problem));
        getFooter().add(new Button(getTranslation("settings.cancel"), click -> close()), test, save);
    }

    private MailboxDetails details() {
        return MailboxDetails.of(name.getValue(), address.getValue(), imap.input(), smtp.input());
    }

    private void save() {
        if (attempt(() -> {
            if (editing.isPresent()) {
                useCases.change().change(new ChangeMailboxCommand(actor, editing.get().id(), details()));
            } else {
                useCases.add().add(new AddMailboxCommand(actor, details()));
            }
        })) {
            close();
            saved.run();
        }
    }

    private void test() {
        imapResult.setText("");
        smtpResult.setText("");
        attempt(() -> show(useCases.test().test(new TestMailboxCommand(actor, editing.map(MailboxSettings::id), details()))));
    }

    private void show(MailboxTestResult result) {
        imapResult.setText(outcome("mailboxes.imap", result.imap()));
        smtpResult.setText(outcome("mailboxes.smtp", result.smtp()));
    }

    private String outcome(String server, Optional<SyncError> failure) {
        String serverName = getTranslation(server);
        return failure.map(f -> getTranslation("mailboxes.test.failed", serverName, getTranslation("mailboxes.error." + f.name())))
                .orElseGet(() -> getTranslation("mailboxes.test.ok", serverName));
    }

    /** @return whether the action went through; otherwise the refused field is marked and the reason shown */
    private boolean attempt(Runnable action) {
        problem.setText("");
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            action.run();
            return true;
        } catch (InvalidInputException e) {
            problem.setText(InputErrors.show(e, fields));
        } catch (NotAllowedException e) {
            problem.setText(getTranslation("error.not-allowed"));
        }
        return false;
    }
}
