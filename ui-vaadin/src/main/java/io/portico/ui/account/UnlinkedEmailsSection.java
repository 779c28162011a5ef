package io.portico.ui.account;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.portico.application.portal.port.in.RevokeUnlinkedEmailUseCase;
import io.portico.domain.account.AccountId;
import io.portico.domain.portal.UnlinkedEmail;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.staff.StaffId;
import io.portico.ui.i18n.InputErrors;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * B8: the Info tab's <b>Unlinked emails</b> — addresses no longer on a contact that still hold LOGIN on
 * the account, each with since when and a LOGIN toggle that can only be turned off. Hidden while there
 * are none: it is an exception to clear up, not a list staff keep.
 */
public class UnlinkedEmailsSection extends VerticalLayout {

    public UnlinkedEmailsSection(List<UnlinkedEmail> unlinked, boolean editable, RevokeUnlinkedEmailUseCase revoke, StaffId viewer,
                                 AccountId account, Runnable changed) {
        setPadding(false);
        addClassName("unlinked-emails");
        setVisible(!unlinked.isEmpty());
        add(new H2(getTranslation("account.unlinked-emails")), new Paragraph(getTranslation("account.unlinked-emails.help")));
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(ZoneId.systemDefault());
        for (UnlinkedEmail email : unlinked) {
            var login = new Checkbox(getTranslation("toggle.LOGIN"), true);
            // on only: the address is not on a contact, so there is nothing to turn LOGIN on for
            login.setReadOnly(!editable);
            login.addValueChangeListener(change -> {
                if (change.isFromClient() && !change.getValue()) {
                    turnOff(() -> revoke.revoke(viewer, account, email.email()));
                    changed.run();
                }
            });
            var row = new HorizontalLayout(new Span(email.email().value()),
                    new Span(getTranslation("account.unlinked-emails.since", when.format(email.since()))), login);
            row.setAlignItems(Alignment.CENTER);
            add(row);
        }
    }

    private void turnOff(Runnable revoke) {
        try {
            revoke.run();
        } catch (InvalidInputException e) {
            warn(InputErrors.message(e));
        } catch (NotAllowedException e) {
            warn(getTranslation("error.not-allowed"));
        }
    }

    private static void warn(String text) {
        Notification.show(text, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_WARNING);
    }
}
