package io.portico.ui.email;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.portico.application.email.port.EmailThreadPage;
import io.portico.application.email.port.EmailThreadSummary;
import io.portico.application.email.port.ThreadCursor;
import io.portico.application.email.port.in.AccountEmailQuery;
import io.portico.domain.account.AccountId;
import io.portico.domain.staff.StaffId;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import java.util.UUID;

/**
 * Item 6: an account's Email tab — New email, then its threads newest first a page at a time (subject, the account's
 * addresses in it, last message, count, files), or one thread open with Reply buttons under each message.
 */
class EmailTab extends VerticalLayout {

    static final int PAGE = 25;

    final VerticalLayout threads = new VerticalLayout();
    final Button more = new Button(getTranslation("emailtab.more"));
    final VerticalLayout open = new VerticalLayout();
    private final AccountId account;
    private final StaffId viewer;
    private final AccountEmailQuery emails;
    private final EmailComposer composer;
    private Optional<ThreadCursor> next = Optional.empty();
    private UUID shownThread;

    EmailTab(AccountId account, StaffId viewer, AccountEmailQuery emails, EmailComposer composer, Optional<UUID> thread) {
        this.account = account;
        this.viewer = viewer;
        this.emails = emails;
        this.composer = composer;
        setPadding(false);
        addClassName("email-tab");
        threads.setPadding(false);
        threads.setSpacing(false);
        open.setPadding(false);
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.addClickListener(click -> showPage(next));
        add(composer.newEmailButton(account, viewer, this::refresh), threads, more, open);
        shownThread = thread.orElse(null);
        // read when shown, and again each time the tab is shown: the profile builds every tab, and mail arrives meanwhile
        addAttachListener(attach -> refresh());
    }

    /** Reads again what is shown: the open thread, or the list from its first page (a mail may have been sent since). */
    void refresh() {
        if (shownThread != null) {
            openThread(shownThread);
        } else {
            showList();
        }
    }

    void showList() {
        shownThread = null;
        open.removeAll();
        open.setVisible(false);
        threads.removeAll();
        threads.setVisible(true);
        showPage(Optional.empty());
        if (threads.getComponentCount() == 0) {
            threads.add(new Span(getTranslation("emailtab.none")));
        }
    }

    private void showPage(Optional<ThreadCursor> after) {
        EmailThreadPage page = emails.threads(viewer, account, after, PAGE);
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(ZoneId.systemDefault());
        page.threads().forEach(thread -> threads.add(row(thread, when)));
        next = page.next();
        more.setVisible(next.isPresent());
    }

    private HorizontalLayout row(EmailThreadSummary thread, DateTimeFormatter when) {
        var subject = new Button(thread.subject().isBlank() ? getTranslation("emailtab.no-subject") : thread.subject(),
                click -> openThread(thread.id()));
        subject.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        subject.addClassName("email-thread-subject");
        var row = new HorizontalLayout(subject, new Span(String.join(", ", thread.participants())),
                new Span(getTranslation("emailtab.thread.line", when.format(thread.lastMessageAt()), thread.messageCount())));
        if (thread.attachments()) {
            var clip = VaadinIcon.PAPERCLIP.create();
            clip.setSize("var(--lumo-icon-size-s)");
            clip.getElement().setAttribute("aria-label", getTranslation("emailtab.has-files"));
            row.add(clip);
        }
        row.setAlignItems(Alignment.BASELINE);
        row.addClassName("email-thread-row");
        return row;
    }

    /** Opens one thread in place of the list; a thread that is not the account's mail shows the list instead. */
    void openThread(UUID thread) {
        var found = emails.thread(viewer, account, thread);
        if (found.isEmpty()) {
            showList();
            return;
        }
        shownThread = thread;
        threads.setVisible(false);
        more.setVisible(false);
        open.removeAll();
        var back = new Button(getTranslation("emailtab.back"), VaadinIcon.ARROW_LEFT.create(), click -> showList());
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        open.add(back, new EmailThreadPanel(found.get(), file -> emails.attachment(viewer, account, file),
                message -> composer.replyButtons(account, viewer, message, this::refresh)));
        open.setVisible(true);
    }
}
