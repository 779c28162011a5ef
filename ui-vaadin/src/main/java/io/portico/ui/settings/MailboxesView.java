package io.portico.ui.settings;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.portico.application.mailbox.port.in.AddMailboxUseCase;
import io.portico.application.mailbox.port.in.ChangeMailboxUseCase;
import io.portico.application.mailbox.port.in.MailboxSettings;
import io.portico.application.mailbox.port.in.MailboxesQuery;
import io.portico.application.mailbox.port.in.RemoveMailboxUseCase;
import io.portico.application.mailbox.port.in.TestMailboxUseCase;
import io.portico.domain.mailbox.MailboxHealth;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.staff.StaffId;
import io.portico.ui.i18n.InputErrors;
import io.portico.ui.security.StaffSession;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;

/** D1, item 2: Settings → Mailboxes: the firm's mailboxes with their sync health; added, changed, tested and removed. */
@Route("settings/mailboxes")
@RolesAllowed({"OWNER", "ADMIN"})
public class MailboxesView extends VerticalLayout implements HasDynamicTitle {

    final Grid<MailboxSettings> grid = new Grid<>();
    final Button add = new Button(getTranslation("mailboxes.add"));
    final Paragraph error = new Paragraph();
    private final MailboxesQuery mailboxes;
    private final RemoveMailboxUseCase remove;
    private final MailboxDialog.UseCases useCases;
    private final StaffId actor;

    public MailboxesView(MailboxesQuery mailboxes, AddMailboxUseCase addMailbox, ChangeMailboxUseCase change, RemoveMailboxUseCase remove,
                         TestMailboxUseCase test, StaffSession session) {
        this.mailboxes = mailboxes;
        this.remove = remove;
        this.useCases = new MailboxDialog.UseCases(addMailbox, change, test);
        this.actor = new StaffId(session.current().orElseThrow().id());
        grid.addColumn(MailboxSettings::name).setHeader(getTranslation("mailboxes.name")).setAutoWidth(true);
        grid.addColumn(m -> m.address().value()).setHeader(getTranslation("mailboxes.address")).setAutoWidth(true);
        grid.addComponentColumn(m -> health(m.health())).setHeader(getTranslation("mailboxes.health")).setFlexGrow(3);
        grid.addComponentColumn(this::actions).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> open(null));
        add(new H1(getTranslation("nav.mailboxes")), new Paragraph(getTranslation("mailboxes.intro")), add, grid, error);
        refresh();
    }

    /** Item 2: when it last synced, what it kept and only counted, and while it fails, why and since when. */
    Div health(MailboxHealth health) {
        var lines = new Div();
        if (health.lastSuccessAt().isEmpty() && !health.failing()) {
            lines.add(new Paragraph(getTranslation("mailboxes.health.never")));
        }
        health.lastSuccessAt().ifPresent(at -> lines.add(new Paragraph(getTranslation("mailboxes.health.last-sync", when(at)))));
        lines.add(new Paragraph(getTranslation("mailboxes.health.counts", health.messagesSynced(), health.messagesUnmatched())));
        health.failingSince().ifPresent(since -> {
            var failing = new Paragraph(getTranslation("mailboxes.health.failing", when(since),
                    getTranslation("mailboxes.error." + health.lastError().orElseThrow().name())));
            failing.getStyle().set("color", "var(--lumo-error-text-color)");
            lines.add(failing);
        });
        return lines;
    }

    private String when(Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(ZoneId.systemDefault()).format(at);
    }

    private HorizontalLayout actions(MailboxSettings mailbox) {
        var edit = new Button(getTranslation("settings.edit"), click -> open(mailbox));
        var removeButton = new Button(getTranslation("mailboxes.remove"), click -> remove(mailbox));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        removeButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(edit, removeButton);
    }

    /** Adds a mailbox ({@code mailbox} null) or edits one, in a dialog. */
    MailboxDialog open(MailboxSettings mailbox) {
        var dialog = new MailboxDialog(useCases, actor, mailbox, this::refresh);
        dialog.open();
        return dialog;
    }

    /** Removing asks first. */
    ConfirmDelete remove(MailboxSettings mailbox) {
        var confirm = new ConfirmDelete(getTranslation("mailboxes.remove.confirm", mailbox.name()), () -> {
            error.setText("");
            try {
                remove.remove(actor, mailbox.id());
            } catch (InvalidInputException e) {
                error.setText(InputErrors.show(e, Map.of()));
            } catch (NotAllowedException e) {
                error.setText(getTranslation("error.not-allowed"));
            }
            refresh();
        });
        confirm.open();
        return confirm;
    }

    void refresh() {
        try {
            grid.setItems(mailboxes.mailboxes(actor));
        } catch (NotAllowedException e) { // demoted since the page opened
            grid.setItems();
            error.setText(getTranslation("error.not-allowed"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.mailboxes") + " · Portico";
    }
}
