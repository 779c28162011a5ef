package io.portico.application.portal;

import io.portico.application.access.AccessEventListener;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.mail.MailQueue;
import io.portico.application.mail.port.out.MailTemplate;
import io.portico.application.inbox.port.out.NotificationPort;
import io.portico.application.shared.port.out.Links;
import io.portico.application.staff.port.out.StaffLanguagePort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.access.AccessEvent;
import io.portico.domain.inbox.InboxNotification;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.staff.StaffMember;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * B10: when a client activates the portal or signs up, every team member of each account it reaches
 * gets an Inbox+ notification and an email with a link to the profile, in the member's own language
 * (English while none is known). In the caller's transaction.
 */
public final class ActivationNotices implements AccessEventListener {

    public static final String ACTIVATED = "inbox.client-activated";
    public static final String SIGNED_UP = "inbox.client-signed-up";

    private final AccountPort accounts;
    private final StaffPort staff;
    private final NotificationPort notifications;
    private final MailQueue mail;
    private final Links links;
    private final StaffLanguagePort languages;

    public ActivationNotices(AccountPort accounts, StaffPort staff, NotificationPort notifications, MailQueue mail, Links links,
                             StaffLanguagePort languages) {
        this.accounts = accounts;
        this.staff = staff;
        this.notifications = notifications;
        this.mail = mail;
        this.links = links;
        this.languages = languages;
    }

    @Override
    public List<AccessEvent> on(AccessEvent event) {
        switch (event) {
            case AccessEvent.Activated activated -> tellTeam(activated.email(), activated.account(), ACTIVATED,
                    MailTemplate.CLIENT_ACTIVATED, activated.at());
            case AccessEvent.SignedUp signedUp -> tellTeam(signedUp.email(), signedUp.account(), SIGNED_UP,
                    MailTemplate.CLIENT_SIGNED_UP, signedUp.at());
            default -> {
            }
        }
        return List.of();
    }

    private void tellTeam(EmailAddress email, AccountId id, String messageKey, MailTemplate template, Instant at) {
        String path = links.accountPath(id);
        accounts.find(id).ifPresent(account -> account.team().stream()
                .flatMap(member -> staff.findById(member).filter(StaffMember::active).stream())
                .forEach(member -> {
                    notifications.add(InboxNotification.unread(member.id(), messageKey,
                            List.of(email.value(), account.name().value()), path, at));
                    mail.queue(member.email(), template, languages.language(member.id()).orElse(Locale.ENGLISH), Map.of(
                            "firstName", member.name().first(),
                            "client", email.value(),
                            "accountName", account.name().value(),
                            "link", links.absolute(path)));
                }));
    }
}
