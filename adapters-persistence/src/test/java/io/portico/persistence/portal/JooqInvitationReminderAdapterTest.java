package io.portico.persistence.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.account.AccountFixtures;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.link.port.out.MailedLinkPort;
import io.portico.application.portal.InvitationReminderPortContract;
import io.portico.application.portal.port.out.DueReminder;
import io.portico.application.portal.port.out.InvitationReminderPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.account.Account;
import io.portico.domain.contact.Contact;
import io.portico.domain.portal.Invitation;
import io.portico.domain.portal.InvitationValidity;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.SecretToken;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import io.portico.persistence.account.AccountAdapters;
import io.portico.persistence.contact.ContactAdapters;
import io.portico.persistence.link.LinkAdapters;
import io.portico.persistence.shared.Concurrently;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import io.portico.persistence.staff.StaffAdapters;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmptyDatabase.class)
class JooqInvitationReminderAdapterTest extends InvitationReminderPortContract {

    private final TestPostgres postgres = TestPostgres.get();
    private final Transactions transactions = postgres.transactions();
    private final StaffPort staff = StaffAdapters.staff(postgres.dsl());
    private final ContactPort contacts = ContactAdapters.contacts(postgres.dsl());
    private final AccountPort accounts = AccountAdapters.accounts(postgres.dsl());
    private final PortalUserPort users = new JooqPortalUserAdapter(postgres.dsl());
    private final MailedLinkPort links = LinkAdapters.links(postgres.dsl());
    private final InvitationReminderPort reminders = new JooqInvitationReminderAdapter(postgres.dsl());

    @Override
    protected StaffPort staff() {
        return staff;
    }

    @Override
    protected ContactPort contacts() {
        return contacts;
    }

    @Override
    protected AccountPort accounts() {
        return accounts;
    }

    @Override
    protected PortalUserPort users() {
        return users;
    }

    @Override
    protected MailedLinkPort links() {
        return links;
    }

    @Override
    protected InvitationReminderPort reminders() {
        return reminders;
    }

    @Override
    protected io.portico.application.account.port.out.AccountArchivePort archive() {
        return AccountAdapters.archive(postgres.dsl());
    }

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return transactions.inTransaction(work);
    }

    @Test
    void issue11_two_nodes_claiming_at_once_remind_each_invitation_once() throws Exception {
        StaffMember owner = AccountFixtures.staff(staff, "Olga", "Neri", StaffRole.OWNER);
        List<Invitation> invited = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Contact contact = AccountFixtures.contact(contacts, owner.id(), "C" + i, "Rossi", "c" + i + "@rossi.it");
            Account account = AccountFixtures.individual("A" + i, Set.of(owner.id()), AccountFixtures.loginFor(contact, "c" + i + "@rossi.it"));
            accounts.add(account, owner.id(), AccountFixtures.NOW);
            Invitation invitation = Invitation.send(SecretToken.generate().hash(), account.id(), new EmailAddress("c" + i + "@rossi.it"), "",
                    owner.id(), AccountFixtures.NOW, InvitationValidity.DEFAULT);
            links.issue(invitation);
            invited.add(invitation);
        }
        var bothClaimed = new CountDownLatch(2);
        Callable<List<DueReminder>> node = () -> transactions.inTransaction(() -> {
            List<DueReminder> mine = reminders.claimDue(invited.getFirst().expiresAt().minusSeconds(60), Duration.ofDays(2), 4);
            Concurrently.arriveAndAwait(bothClaimed); // both hold their claims before either commits
            return mine;
        });

        List<List<DueReminder>> claims = Concurrently.run(node, node);

        List<EmailAddress> all = claims.stream().flatMap(List::stream).map(DueReminder::email).toList();
        assertThat(all).hasSize(6).doesNotHaveDuplicates();
    }
}
