package io.portico.application.message;

import io.portico.application.account.port.out.AccountPort;
import io.portico.application.inbox.port.out.NotificationPort;
import io.portico.application.mail.MailQueue;
import io.portico.application.mail.port.out.MailTemplate;
import io.portico.application.shared.port.out.Links;
import io.portico.application.staff.port.out.StaffLanguagePort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.inbox.InboxNotification;
import io.portico.domain.message.MessageText;
import io.portico.domain.message.MessageThread;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.staff.StaffMember;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Item 9: a client's reply reaches every active member of the account's team — in Inbox+, with a way to
 * the account's Messages tab, and by mail in the member's own language (English while none is known).
 * In the caller's transaction.
 */
public final class ReplyNotices {

    public static final String CLIENT_REPLIED = "inbox.client-replied";

    private final AccountPort accounts;
    private final StaffPort staff;
    private final NotificationPort inbox;
    private final MailQueue mail;
    private final Links links;
    private final StaffLanguagePort languages;

    public ReplyNotices(AccountPort accounts, StaffPort staff, NotificationPort inbox, MailQueue mail, Links links,
                        StaffLanguagePort languages) {
        this.accounts = accounts;
        this.staff = staff;
        this.inbox = inbox;
        this.mail = mail;
        this.links = links;
        this.languages = languages;
    }

    void clientReplied(MessageThread thread, EmailAddress client, MessageText text, Instant at) {
        String path = links.accountMessagesPath(thread.account());
        accounts.find(thread.account()).ifPresent(account -> account.team().stream()
                .flatMap(member -> staff.findById(member).filter(StaffMember::active).stream())
                .forEach(member -> {
                    inbox.add(InboxNotification.unread(member.id(), CLIENT_REPLIED,
                            List.of(client.value(), account.name().value(), thread.subject().value()), path, at));
                    mail.queue(member.email(), MailTemplate.CLIENT_REPLIED, languages.language(member.id()).orElse(Locale.ENGLISH),
                            Map.of("firstName", member.name().first(),
                                    "client", client.value(),
                                    "accountName", account.name().value(),
                                    "subject", thread.subject().value(),
                                    "text", text.value(),
                                    "link", links.absolute(path)));
                }));
    }
}
