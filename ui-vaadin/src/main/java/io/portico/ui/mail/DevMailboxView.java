package io.portico.ui.mail;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import io.portico.application.mail.port.CapturedMail;
import io.portico.application.mail.port.in.DevMailboxQuery;
import io.portico.domain.staff.StaffId;
import io.portico.ui.security.StaffPrincipal;
import io.portico.ui.security.StaffSession;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Every mail the embedded mail server caught, newest first, so a newcomer can follow a reset link
 * without a real mailbox. Exists only while the embedded server runs in development (issue 10, item 17);
 * the use case checks the role on every read.
 */
@Route("dev/mailbox")
@RolesAllowed({"OWNER", "ADMIN"})
public class DevMailboxView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DevMailboxQuery mailbox;
    private final StaffSession session;

    public DevMailboxView(DevMailboxQuery mailbox, StaffSession session) {
        this.mailbox = mailbox;
        this.session = session;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!mailbox.available()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        add(new H1(getTranslation("nav.dev-mailbox")));
        var messages = mailbox.messages(new StaffId(session.current().map(StaffPrincipal::id).orElseThrow()));
        if (messages.isEmpty()) {
            add(new Paragraph(getTranslation("devmailbox.empty")));
        }
        messages.forEach(message -> add(entry(message)));
    }

    private Details entry(CapturedMail message) {
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(ZoneId.systemDefault());
        var summary = when.format(message.receivedAt()) + " — " + String.join(", ", message.to()) + " — " + message.subject();
        var details = new Details(summary, body(message));
        details.setWidthFull();
        return details;
    }

    /** The mail in a sandboxed frame: its scripts never run, its links open in the whole tab. */
    private static IFrame body(CapturedMail message) {
        var frame = new IFrame();
        String html = message.htmlBody() == null || message.htmlBody().isBlank()
                ? "<pre>" + escape(message.textBody()) + "</pre>"
                : message.htmlBody();
        frame.setSrcdoc("<base target=\"_top\">" + html);
        frame.setSandbox(IFrame.SandboxType.ALLOW_POPUPS, IFrame.SandboxType.ALLOW_TOP_NAVIGATION_BY_USER_ACTIVATION);
        frame.setWidthFull();
        frame.setHeight("28em");
        frame.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)");
        return frame;
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dev-mailbox") + " · Portico";
    }
}
