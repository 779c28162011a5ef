package io.portico.application.account;

import io.portico.application.mail.MailQueue;
import io.portico.application.mail.port.out.MailTemplate;
import io.portico.application.notification.port.out.NotificationPort;
import io.portico.application.shared.port.out.Links;
import io.portico.application.staff.port.out.StaffLanguagePort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.account.Account;
import io.portico.domain.notification.InboxNotification;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffMember;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A6: each newly assigned team member gets an Inbox+ notification and an email with a link to the
 * account, both in the caller's transaction. Whoever assigns does not notify themselves. The mail is
 * in the member's own language, English while none is known.
 */
public final class TeamNotices {

    public static final String ASSIGNED = "inbox.team-assigned";

    private final NotificationPort notifications;
    private final MailQueue mail;
    private final StaffPort staff;
    private final Links links;
    private final StaffLanguagePort languages;

    public TeamNotices(NotificationPort notifications, MailQueue mail, StaffPort staff, Links links, StaffLanguagePort languages) {
        this.notifications = notifications;
        this.mail = mail;
        this.staff = staff;
        this.links = links;
        this.languages = languages;
    }

    public void assigned(Account account, Set<StaffId> before, StaffId by, Instant at) {
        String assignedBy = staff.findById(by).map(m -> m.name().full()).orElse("");
        account.team().stream()
                .filter(member -> !before.contains(member) && !member.equals(by))
                .flatMap(member -> staff.findById(member).filter(StaffMember::active).stream())
                .forEach(member -> notify(member, account, assignedBy, at));
    }

    private void notify(StaffMember member, Account account, String assignedBy, Instant at) {
        notifications.add(InboxNotification.unread(member.id(), ASSIGNED, List.of(assignedBy, account.name().value()),
                links.accountPath(account.id()), at));
        mail.queue(member.email(), MailTemplate.TEAM_ASSIGNED, languages.language(member.id()).orElse(Locale.ENGLISH), Map.of(
                "firstName", member.name().first(),
                "assignedBy", assignedBy,
                "accountName", account.name().value(),
                "link", links.absolute(links.accountPath(account.id()))));
    }
}
