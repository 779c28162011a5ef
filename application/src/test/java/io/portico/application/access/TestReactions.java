package io.portico.application.access;

import io.portico.application.account.InMemoryAccounts;
import io.portico.application.account.TeamNotices;
import io.portico.application.audit.AccessHistory;
import io.portico.application.audit.port.out.AccessAuditPort;
import io.portico.application.contact.InMemoryContacts;
import io.portico.application.mail.FakeMailRenderer;
import io.portico.application.mail.InMemoryMailOutbox;
import io.portico.application.mail.MailQueue;
import io.portico.application.inbox.InMemoryNotifications;
import io.portico.application.portal.PortalFakes;
import io.portico.application.staff.InMemoryStaffLanguages;
import io.portico.application.inbox.port.out.NotificationPort;
import io.portico.application.portal.ActivationNotices;
import io.portico.application.portal.InvitationReactions;
import io.portico.application.portal.Invitations;
import io.portico.application.shared.FixedLinks;
import io.portico.application.staff.InMemoryStaff;
import io.portico.application.staff.port.out.StaffLanguagePort;
import java.time.Clock;
import java.util.List;

/** The reactions the application wires, over in-memory ports: history, invitations, team and activation notices. */
public final class TestReactions {

    private TestReactions() {
    }

    /** Reactions whose mails and notices no test looks at. */
    public static AccessReactions of(InMemoryStaff staff, InMemoryContacts contacts, InMemoryAccounts accounts, AccessAuditPort audit,
                                     Clock clock) {
        var mail = new MailQueue(new FakeMailRenderer(), new InMemoryMailOutbox(), clock);
        return of(staff, contacts, accounts, audit, new PortalFakes().invitations(accounts, mail), mail, new InMemoryNotifications(),
                new InMemoryStaffLanguages(staff));
    }

    public static AccessReactions of(InMemoryStaff staff, InMemoryContacts contacts, InMemoryAccounts accounts, AccessAuditPort audit,
                                     Invitations invitations, MailQueue mail, NotificationPort notifications,
                                     StaffLanguagePort languages) {
        return new AccessReactions(List.of(
                new AccessHistory(audit, staff, contacts),
                new InvitationReactions(invitations, accounts),
                new TeamNotices(accounts, notifications, mail, staff, new FixedLinks(), languages),
                new ActivationNotices(accounts, staff, notifications, mail, new FixedLinks(), languages)));
    }
}
