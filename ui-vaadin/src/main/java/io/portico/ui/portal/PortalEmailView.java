package io.portico.ui.portal;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.portico.application.email.port.EmailThreadPage;
import io.portico.application.email.port.EmailThreadView;
import io.portico.application.email.port.ThreadCursor;
import io.portico.application.email.port.in.PortalEmailQuery;
import io.portico.domain.account.AccountId;
import io.portico.domain.portal.PortalUserId;
import io.portico.ui.email.EmailThreadPanel;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import java.util.UUID;

/**
 * Issue 13, item 10 (D4): the mail between the firm and the client's own address on the current account, read-only,
 * newest first; /portal/email/{thread id} opens a thread. Without EMAIL SYNC on the client's address the page is
 * "not found", as is a thread or file that is not the client's own mail.
 */
@Route(value = PortalRoutes.EMAIL, layout = PortalLayout.class)
@AnonymousAllowed
public class PortalEmailView extends VerticalLayout implements HasUrlParameter<String>, BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE = 25;

    private final PortalEmailQuery emails;
    final H1 title = new H1(getTranslation("portal.email"));
    final VerticalLayout content = new VerticalLayout();
    final Button more = new Button(getTranslation("emailtab.more"));
    private String requested;
    private Optional<ThreadCursor> next = Optional.empty();
    private PortalUserId client;
    private AccountId account;

    public PortalEmailView(PortalEmailQuery emails) {
        this.emails = emails;
        content.setPadding(false);
        content.setSpacing(false);
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.addClickListener(click -> showPage(next));
        add(title, content, more);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String thread) {
        requested = thread;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PortalSession session = PortalSession.current().orElse(null);
        if (session == null) {
            return; // the layout forwards to the login page
        }
        client = session.userId();
        account = session.currentAccount().filter(current -> emails.shown(client, current)).orElse(null);
        if (account == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        content.removeAll();
        more.setVisible(false);
        if (requested == null) {
            showThreads();
            return;
        }
        Optional<EmailThreadView> thread = parse(requested).flatMap(id -> emails.thread(client, account, id));
        if (thread.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title.setText(thread.get().subject());
        PortalUserId reader = client;
        AccountId current = account;
        content.add(new RouterLink(getTranslation("emailtab.back"), PortalEmailView.class),
                new EmailThreadPanel(thread.get(), file -> emails.attachment(reader, current, file), message -> new Span()));
    }

    private void showThreads() {
        title.setText(getTranslation("portal.email"));
        showPage(Optional.empty());
        if (content.getComponentCount() == 0) {
            content.add(new Span(getTranslation("emailtab.none")));
        }
    }

    private void showPage(Optional<ThreadCursor> after) {
        EmailThreadPage page = emails.threads(client, account, after, PAGE);
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(ZoneId.systemDefault());
        page.threads().forEach(thread -> {
            var line = new HorizontalLayout(new RouterLink(thread.subject().isBlank() ? getTranslation("emailtab.no-subject") : thread.subject(),
                    PortalEmailView.class, thread.id().toString()),
                    new Span(getTranslation("emailtab.thread.line", when.format(thread.lastMessageAt()), thread.messageCount())));
            line.setAlignItems(Alignment.BASELINE);
            line.addClassName("email-thread-row");
            content.add(line);
        });
        next = page.next();
        more.setVisible(next.isPresent());
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return title.getText() + " · Portal";
    }
}
