package io.portico.application.account;

import io.portico.application.access.AccessEventListener;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.mail.MailQueue;
import io.portico.application.mail.port.out.MailTemplate;
import io.portico.application.inbox.port.out.NotificationPort;
import io.portico.application.shared.port.out.Links;
import io.portico.application.staff.port.out.StaffLanguagePort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.account.Account;
import io.portico.domain.account.access.AccessEvent;
import io.portico.domain.inbox.InboxNotification;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffMember;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A6: each member a staff member adds to a team gets an Inbox+ notification and an email with a link
 * to the account, both in the caller's transaction. Whoever assigns does not notify themselves; a team
 * a client's sign-up made hears of the sign-up instead (B10). The mail is in the member's own
 * language, English while none is known.
 */
public final class TeamNotices implements AccessEventListener {

    public static final String ASSIGNED = "inbox.team-assigned";

    private final AccountPort accounts;
    private final NotificationPort notifications;
    private final MailQueue mail;
    private final StaffPort staff;
    private final Links links;
    private final StaffLanguagePort languages;

    public TeamNotices(AccountPort accounts, NotificationPort notifications, MailQueue mail, StaffPort staff, Links links,
                       StaffLanguagePort languages) {
        this.accounts = accounts;
        this.notifications = notifications;
        this.mail = mail;
        this.staff = staff;
        this.links = links;
        this.languages = languages;
    }

    @Override
    public List<AccessEvent> on(AccessEvent event) {
        if (event instanceof AccessEvent.TeamMemberAdded added) {
            added.by().staff().filter(by -> !by.equals(added.member())).ifPresent(by -> assigned(added, by));
        }
        return List.of();
    }

    private void assigned(AccessEvent.TeamMemberAdded added, StaffId by) {
        String assignedBy = staff.findById(by).map(m -> m.name().full()).orElse("");
        staff.findById(added.member()).filter(StaffMember::active)
                .ifPresent(member -> accounts.find(added.account())
                        .ifPresent(account -> notify(member, account, assignedBy, added.at())));
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
