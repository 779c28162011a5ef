package io.portico.application.portal;

import io.portico.application.inbox.port.out.NotificationPort;
import io.portico.application.shared.port.out.Links;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.account.Account;
import io.portico.domain.inbox.InboxNotification;
import io.portico.domain.staff.StaffMember;
import java.time.Instant;
import java.util.List;

/** Tells each active member of an account's team, in Inbox+, with a way to the account's profile. */
public final class TeamInbox {

    private final StaffPort staff;
    private final NotificationPort notifications;
    private final Links links;

    public TeamInbox(StaffPort staff, NotificationPort notifications, Links links) {
        this.staff = staff;
        this.notifications = notifications;
        this.links = links;
    }

    void tell(Account account, String messageKey, List<String> parameters, Instant now) {
        String path = links.accountPath(account.id());
        account.team().stream()
                .flatMap(member -> staff.findById(member).filter(StaffMember::active).stream())
                .forEach(member -> notifications.add(InboxNotification.unread(member.id(), messageKey, parameters, path, now)));
    }
}
