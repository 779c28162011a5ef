package io.portico.application.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.account.port.AccountColumn;
import io.portico.application.account.port.AccountListRequest;
import io.portico.application.account.port.AccountRow;
import io.portico.application.account.port.PortalStatus;
import io.portico.application.account.port.SearchHit;
import io.portico.application.account.port.out.AccountArchivePort;
import io.portico.application.account.port.out.AccountFiguresPort;
import io.portico.application.account.port.out.AccountListPort;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.bulk.port.AccountFilter;
import io.portico.application.bulk.port.AccountSelection;
import io.portico.application.bulk.port.out.BulkAccessPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.notification.port.out.NotificationRecipientsPort;
import io.portico.application.notification.port.out.NotificationRecipientsPort.Recipient;
import io.portico.application.notification.port.out.NotificationRecipientsPort.Wanted;
import io.portico.application.portal.port.out.PortalAccessPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.Account;
import io.portico.domain.account.AccountType;
import io.portico.domain.account.ContactLink;
import io.portico.domain.bulk.BulkAccount;
import io.portico.domain.contact.Contact;
import io.portico.domain.notification.NotificationEvent;
import io.portico.domain.portal.PortalAccount;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 1: every read port that lists accounts, reaches the portal or finds mail recipients leaves an archived
 * account out, and the list's Archived filter shows only those. Each test starts with nothing stored.
 */
public abstract class ArchivedAccountsContract {

    private static final EmailAddress MARIO = new EmailAddress("mario@rossi.it");

    protected abstract StaffPort staff();

    protected abstract ContactPort contacts();

    protected abstract AccountPort accounts();

    protected abstract AccountArchivePort archive();

    protected abstract AccountListPort list();

    protected abstract AccountFiguresPort figures();

    protected abstract PortalAccessPort portalAccess();

    protected abstract NotificationRecipientsPort recipients();

    protected abstract BulkAccessPort bulk();

    private StaffMember anna;
    private Account rossi;
    private Account bianchi;

    @BeforeEach
    void mariosAccountsOneArchived() {
        anna = AccountFixtures.staff(staff(), "Anna", "Bianchi", StaffRole.OWNER);
        Contact mario = AccountFixtures.contact(contacts(), anna.id(), "Mario", "Rossi", MARIO.value());
        rossi = add(AccountFixtures.individual("Rossi", Set.of(anna.id()),
                ContactLink.of(mario, "", List.of(new EmailAccess(MARIO, true, true, true)))));
        bianchi = add(AccountFixtures.company("Bianchi", Set.of(anna.id()),
                ContactLink.of(mario, "", List.of(new EmailAccess(MARIO, true, true, true)))));
        archive().archive(rossi.id(), AccountFixtures.NOW);
    }

    private Account add(Account account) {
        accounts().add(account, anna.id(), AccountFixtures.NOW);
        return account;
    }

    private List<String> names(AccountListRequest request) {
        return list().page(request).stream().map(AccountRow::name).toList();
    }

    @Test
    void issue14_1_the_list_shows_active_accounts_and_its_archived_filter_only_archived_ones_page_after_page() {
        Contact nobody = AccountFixtures.contact(contacts(), anna.id(), "Nessuno", "Verdi");
        IntStream.range(0, 3).forEach(i -> archive().archive(add(AccountFixtures.individual("Archived " + i, Set.of(anna.id()),
                AccountFixtures.plain(nobody))).id(), AccountFixtures.NOW));
        AccountListRequest first = new AccountListRequest(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false,
                Optional.empty(), Optional.empty(), 2);

        assertThat(names(first)).containsExactly("Bianchi");
        List<AccountRow> archivedPage = list().page(first.inArchive(true));
        assertThat(archivedPage).extracting(AccountRow::name).containsExactly("Archived 0", "Archived 1");
        assertThat(names(first.inArchive(true).after(archivedPage.getLast()))).containsExactly("Archived 2", "Rossi");
        assertThat(names(first.inArchive(true).withPortalStatus(Optional.of(PortalStatus.PENDING_ACTIVATION)))).containsExactly("Rossi");
        assertThat(names(first.inArchive(true).sortedBy(AccountColumn.TYPE, true))).containsExactly("Rossi", "Archived 2");
        assertThat(names(first.inArchive(true).inArchive(false))).containsExactly("Bianchi");
    }

    @Test
    void issue14_1_search_and_home_figures_leave_archived_accounts_out() {
        assertThat(list().search("Ross", Optional.empty(), 10)).extracting(SearchHit::accountName).containsExactly("Bianchi");
        assertThat(list().search("Rossi", Optional.of(anna.id()), 10)).extracting(SearchHit::accountName).containsExactly("Bianchi");

        var figures = figures().figures(Optional.empty());
        assertThat(figures.byType()).containsEntry(AccountType.INDIVIDUAL, 0L).containsEntry(AccountType.COMPANY, 1L);
        assertThat(figures.byPortalStatus()).containsEntry(PortalStatus.PENDING_ACTIVATION, 1L).containsEntry(PortalStatus.NO_ACCESS, 0L);
    }

    @Test
    void issue14_1_the_portal_reaches_no_archived_account_whatever_its_toggles_and_again_once_restored() {
        assertThat(portalAccess().loginAccounts(MARIO)).extracting(PortalAccount::name).containsExactly("Bianchi");
        assertThat(portalAccess().loginOn(rossi.id(), MARIO)).isFalse();
        assertThat(portalAccess().loginOn(bianchi.id(), MARIO)).isTrue();

        archive().restore(rossi.id());
        assertThat(portalAccess().loginAccounts(MARIO)).extracting(PortalAccount::name).containsExactly("Bianchi", "Rossi");
        assertThat(portalAccess().loginOn(rossi.id(), MARIO)).isTrue();
    }

    @Test
    void issue14_1_an_archived_account_has_no_notification_recipients() {
        var category = NotificationEvent.INVOICE_ISSUED.category();
        var found = recipients().recipients(List.of(new Wanted(rossi.id(), category), new Wanted(bianchi.id(), category)));

        assertThat(found).extracting(Recipient::notification, Recipient::accountName).containsExactly(Tuple.tuple(1, "Bianchi"));
    }

    @Test
    void issue14_1_a_bulk_edit_reads_a_chosen_archived_account_as_archived_and_all_matching_leaves_it_out() {
        assertThat(bulk().count(new AccountSelection.Matching(AccountFilter.ANY), Optional.empty())).isEqualTo(1);
        assertThat(bulk().chunk(new AccountSelection.Matching(AccountFilter.ANY), Optional.empty(), Optional.empty(), 10))
                .extracting(BulkAccount::name).containsExactly("Bianchi");

        var chosen = bulk().chunk(new AccountSelection.Chosen(List.of(rossi.id(), bianchi.id())), Optional.empty(), Optional.empty(), 10);
        assertThat(chosen).hasSize(2).filteredOn(BulkAccount::archived).extracting(BulkAccount::name).containsExactly("Rossi");
    }
}
