package io.portico.application.account;

import static io.portico.application.account.AccountFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.account.port.AccountListRequest;
import io.portico.application.account.port.AccountRow;
import io.portico.application.account.port.SearchHit;
import io.portico.application.account.port.out.AccountListPort;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.application.tag.port.out.TagPort;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.Account;
import io.portico.domain.account.AccountType;
import io.portico.domain.account.ContactLink;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import io.portico.domain.tag.Tag;
import io.portico.domain.tag.TagColor;
import io.portico.domain.tag.TagScope;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.portal.port.out.UnlinkedAccessPort;
import io.portico.application.account.port.PortalStatus;
import io.portico.domain.portal.PortalUser;
import io.portico.domain.portal.UnlinkedEmail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link AccountListPort} does; each test starts with nothing stored. */
public abstract class AccountListPortContract {

    protected abstract StaffPort staff();

    protected abstract ContactPort contacts();

    protected abstract AccountPort accounts();

    protected abstract AccountListPort list();

    protected abstract TagPort tags();

    protected abstract UnlinkedAccessPort unlinked();

    protected abstract PortalUserPort users();

    private StaffMember anna;
    private StaffMember marco;
    private Account rossi;
    private Account bianchi;
    private Account verdiSrl;

    @BeforeEach
    void firmWithClients() {
        anna = AccountFixtures.staff(staff(), "Anna", "Bianchi", StaffRole.OWNER);
        marco = AccountFixtures.staff(staff(), "Marco", "Verdi", StaffRole.EMPLOYEE);
        var mario = AccountFixtures.contact(contacts(), anna.id(), "Mario", "Rossi", "mario.rossi@gmail.com");
        var giulia = AccountFixtures.contact(contacts(), anna.id(), "Giulia", "Bianchi", "giulia@studiobianchi.it");
        var luca = AccountFixtures.contact(contacts(), anna.id(), "Luca", "Verdi");
        rossi = AccountFixtures.individual("Rossi family", Set.of(anna.id()), AccountFixtures.loginFor(mario, "mario.rossi@gmail.com"));
        bianchi = AccountFixtures.individual("Bianchi", Set.of(anna.id(), marco.id()),
                ContactLink.of(giulia, "", List.of(new EmailAccess(new EmailAddress("giulia@studiobianchi.it"), false, true, true))));
        verdiSrl = AccountFixtures.company("Verdi", Set.of(marco.id()), AccountFixtures.plain(luca));
        for (Account account : List.of(rossi, bianchi, verdiSrl)) {
            accounts().add(account, anna.id(), NOW);
        }
    }

    private static AccountListRequest all(int limit) {
        return AccountListRequest.firstPage(Optional.empty(), limit);
    }

    @Test
    void E1_rows_are_sorted_by_name_and_carry_type_team_and_indicators() {
        List<AccountRow> rows = list().page(all(10));
        assertThat(rows).extracting(AccountRow::name).containsExactly("Bianchi", "Rossi family", "Verdi");
        AccountRow first = rows.getFirst();
        assertThat(first.type()).isEqualTo(AccountType.INDIVIDUAL);
        assertThat(first.teamMembers()).containsExactly("Anna Bianchi", "Marco Verdi");
        assertThat(first.login()).isFalse();
        assertThat(first.notifications()).isTrue();
        assertThat(first.emailSync()).isTrue();
        assertThat(rows.get(1).login()).as("LOGIN on for Mario").isTrue();
        assertThat(rows.get(2)).satisfies(r -> {
            assertThat(r.type()).isEqualTo(AccountType.COMPANY);
            assertThat(r.login() || r.notifications() || r.emailSync()).isFalse();
        });
    }

    @Test
    void E1_pages_follow_each_other_without_gaps_or_repeats_also_with_equal_names() {
        var extra = AccountFixtures.contact(contacts(), anna.id(), "Ada", "Neri");
        for (int i = 0; i < 5; i++) {
            accounts().add(AccountFixtures.individual("Neri", Set.of(anna.id()), AccountFixtures.plain(extra)), anna.id(), NOW);
        }
        List<AccountRow> seen = new ArrayList<>();
        AccountListRequest request = all(2);
        for (List<AccountRow> page = list().page(request); !page.isEmpty(); page = list().page(request)) {
            seen.addAll(page);
            request = request.after(page.getLast());
        }
        assertThat(seen).hasSize(8).doesNotHaveDuplicates();
        assertThat(seen).extracting(AccountRow::name)
                .containsExactly("Bianchi", "Neri", "Neri", "Neri", "Neri", "Neri", "Rossi family", "Verdi");
        assertThat(seen).containsExactlyElementsOf(list().page(all(100)));
    }

    @Test
    void E1_descending_order_pages_too() {
        var request = new AccountListRequest(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), true,
                Optional.empty(), Optional.empty(), 2);
        List<AccountRow> page = list().page(request);
        assertThat(page).extracting(AccountRow::name).containsExactly("Verdi", "Rossi family");
        assertThat(list().page(request.after(page.getLast()))).extracting(AccountRow::name).containsExactly("Bianchi");
    }

    @Test
    void E1_filters_by_type_team_member_and_portal_status() {
        var companies = new AccountListRequest(Optional.empty(), Optional.of(AccountType.COMPANY), Optional.empty(), Optional.empty(),
                false, Optional.empty(), Optional.empty(), 10);
        assertThat(list().page(companies)).extracting(AccountRow::name).containsExactly("Verdi");
        var marcos = new AccountListRequest(Optional.empty(), Optional.empty(), Optional.of(marco.id()), Optional.empty(),
                false, Optional.empty(), Optional.empty(), 10);
        assertThat(list().page(marcos)).extracting(AccountRow::name).containsExactly("Bianchi", "Verdi");
        var pending = new AccountListRequest(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(PortalStatus.PENDING_ACTIVATION),
                false, Optional.empty(), Optional.empty(), 10);
        assertThat(list().page(pending)).extracting(AccountRow::name).containsExactly("Rossi family");
    }

    private List<String> withStatus(PortalStatus status) {
        return list().page(all(10).withPortalStatus(Optional.of(status))).stream().map(AccountRow::name).toList();
    }

    private void activate(String email) {
        users().add(PortalUser.activate(new EmailAddress(email), "hash", NOW));
    }

    @Test
    void E1_portal_status_tells_accounts_whose_login_address_activated_from_those_still_pending_and_those_without_access() {
        assertThat(withStatus(PortalStatus.ACTIVE)).isEmpty();
        assertThat(withStatus(PortalStatus.PENDING_ACTIVATION)).containsExactly("Rossi family");
        assertThat(withStatus(PortalStatus.NO_ACCESS)).containsExactly("Bianchi", "Verdi");

        activate("Mario.Rossi@gmail.com");

        assertThat(withStatus(PortalStatus.ACTIVE)).as("the portal user is found whatever the capitals").containsExactly("Rossi family");
        assertThat(withStatus(PortalStatus.PENDING_ACTIVATION)).isEmpty();
        assertThat(withStatus(PortalStatus.NO_ACCESS)).containsExactly("Bianchi", "Verdi");
    }

    @Test
    void E1_an_account_with_one_activated_and_one_pending_address_is_both_active_and_pending() {
        var ada = AccountFixtures.contact(contacts(), anna.id(), "Ada", "Neri", "ada@neri.it", "ada.neri@gmail.com");
        accounts().add(AccountFixtures.individual("Neri", Set.of(anna.id()), ContactLink.of(ada, "", List.of(
                new EmailAccess(new EmailAddress("ada@neri.it"), true, false, false),
                new EmailAccess(new EmailAddress("ada.neri@gmail.com"), true, false, false)))), anna.id(), NOW);
        activate("ada@neri.it");

        assertThat(withStatus(PortalStatus.ACTIVE)).containsExactly("Neri");
        assertThat(withStatus(PortalStatus.PENDING_ACTIVATION)).containsExactly("Neri", "Rossi family");
        assertThat(withStatus(PortalStatus.NO_ACCESS)).doesNotContain("Neri");
    }

    @Test
    void E1_a_portal_user_counts_only_on_accounts_where_its_address_has_login_on() {
        activate("giulia@studiobianchi.it"); // Giulia's address has NOTIFY and EMAIL SYNC on Bianchi, not LOGIN

        assertThat(withStatus(PortalStatus.ACTIVE)).isEmpty();
        assertThat(withStatus(PortalStatus.NO_ACCESS)).containsExactly("Bianchi", "Verdi");
    }

    @Test
    void E1_the_portal_status_filter_pages_without_gaps_or_repeats() {
        var ada = AccountFixtures.contact(contacts(), anna.id(), "Ada", "Neri", "ada@neri.it");
        for (int i = 0; i < 5; i++) {
            accounts().add(AccountFixtures.individual("Neri", Set.of(anna.id()), AccountFixtures.loginFor(ada, "ada@neri.it")), anna.id(), NOW);
        }
        activate("ada@neri.it");
        List<AccountRow> seen = new ArrayList<>();
        AccountListRequest request = all(2).withPortalStatus(Optional.of(PortalStatus.ACTIVE));
        for (List<AccountRow> page = list().page(request); !page.isEmpty(); page = list().page(request)) {
            seen.addAll(page);
            request = request.after(page.getLast());
        }
        assertThat(seen).hasSize(5).doesNotHaveDuplicates().extracting(AccountRow::name).containsOnly("Neri");
    }

    @Test
    void A5_E1_rows_carry_their_tags_by_name_and_the_list_filters_by_tag_also_across_pages() {
        Tag vip = Tag.create(TagScope.ACCOUNT, "VIP", new TagColor("#e53935"));
        Tag annual = Tag.create(TagScope.ACCOUNT, "annual", new TagColor("#43a047"));
        tags().add(vip);
        tags().add(annual);
        accounts().update(rossi.withDetails(Set.of(vip.id(), annual.id()), Map.of()), anna.id(), NOW);
        accounts().update(verdiSrl.withDetails(Set.of(vip.id()), Map.of()), anna.id(), NOW);

        assertThat(list().page(all(10))).extracting(AccountRow::name, AccountRow::tags).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Bianchi", List.of()),
                org.assertj.core.groups.Tuple.tuple("Rossi family", List.of(annual, vip)),
                org.assertj.core.groups.Tuple.tuple("Verdi", List.of(vip)));
        AccountListRequest vips = all(1).withTag(Optional.of(vip.id()));
        List<AccountRow> first = list().page(vips);
        assertThat(first).extracting(AccountRow::name).containsExactly("Rossi family");
        assertThat(list().page(vips.after(first.getLast()))).extracting(AccountRow::name).containsExactly("Verdi");
        assertThat(list().page(all(10).withTag(Optional.of(annual.id())))).extracting(AccountRow::name).containsExactly("Rossi family");
    }

    @Test
    void B8_E1_an_address_kept_after_leaving_its_contact_counts_for_the_login_indicator_and_the_portal_status() {
        unlinked().keep(new UnlinkedEmail(verdiSrl.id(), new EmailAddress("luca@verdi.it"), NOW));

        assertThat(list().page(all(10))).filteredOn(row -> row.name().equals("Verdi")).singleElement()
                .satisfies(row -> assertThat(row.login()).isTrue());
        assertThat(withStatus(PortalStatus.PENDING_ACTIVATION)).containsExactly("Rossi family", "Verdi");
        assertThat(withStatus(PortalStatus.NO_ACCESS)).containsExactly("Bianchi");
    }

    @Test
    void B8_E1_an_activated_address_kept_after_leaving_its_contact_makes_the_account_active() {
        unlinked().keep(new UnlinkedEmail(verdiSrl.id(), new EmailAddress("luca@verdi.it"), NOW));
        activate("luca@verdi.it");

        assertThat(withStatus(PortalStatus.ACTIVE)).containsExactly("Verdi");
        assertThat(withStatus(PortalStatus.PENDING_ACTIVATION)).containsExactly("Rossi family");
        assertThat(withStatus(PortalStatus.NO_ACCESS)).containsExactly("Bianchi");
    }

    @Test
    void F2_an_employee_restricted_to_their_team_sees_only_those_accounts() {
        assertThat(list().page(AccountListRequest.firstPage(Optional.of(marco.id()), 10)))
                .extracting(AccountRow::name).containsExactly("Bianchi", "Verdi");
        assertThat(list().search("rossi", Optional.of(marco.id()), 10)).isEmpty();
    }

    @Test
    void E2_search_finds_accounts_by_any_part_of_an_address_or_a_name() {
        assertThat(list().search("gmail", Optional.empty(), 10))
                .singleElement().satisfies(hit -> {
                    assertThat(hit.account()).isEqualTo(rossi.id());
                    assertThat(hit.matched()).isEqualTo("mario.rossi@gmail.com");
                });
        assertThat(list().search("BIANCH", Optional.empty(), 10)).extracting(SearchHit::account).containsExactly(bianchi.id());
        assertThat(list().search("verd", Optional.empty(), 10)).extracting(SearchHit::account).containsExactly(verdiSrl.id());
        assertThat(list().search("nothing-like-this", Optional.empty(), 10)).isEmpty();
    }

    @Test
    void E2_search_finds_a_contact_by_first_and_last_name_together() {
        assertThat(list().search("giulia bian", Optional.empty(), 10)).singleElement().satisfies(hit -> {
            assertThat(hit.account()).isEqualTo(bianchi.id());
            assertThat(hit.matched()).isEqualTo("Giulia Bianchi");
        });
    }

    /** Every row of the list sorted so, read a page of one row at a time. */
    private List<String> sortedBy(io.portico.application.account.port.AccountColumn column, boolean descending) {
        List<String> seen = new ArrayList<>();
        AccountListRequest request = all(1).sortedBy(column, descending);
        for (List<AccountRow> page = list().page(request); !page.isEmpty(); page = list().page(request)) {
            seen.addAll(page.stream().map(AccountRow::name).toList());
            request = request.after(page.getLast());
        }
        return seen;
    }

    @Test
    void issue12_the_list_sorts_by_type_and_by_team_then_name_in_both_directions_page_by_page() {
        var type = io.portico.application.account.port.AccountColumn.TYPE;
        var team = io.portico.application.account.port.AccountColumn.TEAM;
        assertThat(sortedBy(type, false)).containsExactly("Verdi", "Bianchi", "Rossi family");
        assertThat(sortedBy(type, true)).containsExactly("Rossi family", "Bianchi", "Verdi");
        // by the first member's name: Anna Bianchi's two accounts, then Marco Verdi's
        assertThat(sortedBy(team, false)).containsExactly("Bianchi", "Rossi family", "Verdi");
        assertThat(sortedBy(team, true)).containsExactly("Verdi", "Rossi family", "Bianchi");
    }

    @Test
    void issue12_the_list_sorts_by_first_tag_accounts_without_tags_first() {
        var alfa = Tag.create(TagScope.ACCOUNT, "alfa", new TagColor("#112233"));
        var zeta = Tag.create(TagScope.ACCOUNT, "Zeta", new TagColor("#112233"));
        tags().add(alfa);
        tags().add(zeta);
        var stored = accounts().find(rossi.id()).orElseThrow();
        accounts().update(stored.withDetails(Set.of(zeta.id()), stored.customValues()), anna.id(), NOW);
        stored = accounts().find(verdiSrl.id()).orElseThrow();
        accounts().update(stored.withDetails(Set.of(zeta.id(), alfa.id()), stored.customValues()), anna.id(), NOW);

        assertThat(sortedBy(io.portico.application.account.port.AccountColumn.TAGS, false)).containsExactly("Bianchi", "Verdi", "Rossi family");
        tags().update(alfa.renamed("Zz", alfa.color()));
        assertThat(sortedBy(io.portico.application.account.port.AccountColumn.TAGS, false)).containsExactly("Bianchi", "Rossi family", "Verdi");
    }

    @Test
    void issue12_the_list_sorts_by_each_indicator_on_before_off() {
        assertThat(sortedBy(io.portico.application.account.port.AccountColumn.LOGIN, false)).containsExactly("Rossi family", "Bianchi", "Verdi");
        assertThat(sortedBy(io.portico.application.account.port.AccountColumn.LOGIN, true)).containsExactly("Verdi", "Bianchi", "Rossi family");
        assertThat(sortedBy(io.portico.application.account.port.AccountColumn.NOTIFY, false)).containsExactly("Bianchi", "Rossi family", "Verdi");
        assertThat(sortedBy(io.portico.application.account.port.AccountColumn.EMAIL_SYNC, false)).containsExactly("Bianchi", "Rossi family", "Verdi");
    }

    @Test
    void issue12_a_sort_follows_the_changes_of_team_and_toggles() {
        var stored = accounts().find(rossi.id()).orElseThrow();
        accounts().update(stored.withTeam(Set.of(marco.id())).withLinks(stored.links().stream()
                .map(link -> new ContactLink(link.contactId(), link.description(), link.signerPriority(), link.signerAuthority(),
                        link.access().stream().map(a -> new EmailAccess(a.email(), false, false, true)).toList())).toList()), anna.id(), NOW);

        assertThat(sortedBy(io.portico.application.account.port.AccountColumn.TEAM, false)).containsExactly("Bianchi", "Rossi family", "Verdi");
        assertThat(sortedBy(io.portico.application.account.port.AccountColumn.LOGIN, false)).containsExactly("Bianchi", "Rossi family", "Verdi");
        assertThat(sortedBy(io.portico.application.account.port.AccountColumn.EMAIL_SYNC, false)).containsExactly("Bianchi", "Rossi family", "Verdi");
        assertThat(list().page(all(10).sortedBy(io.portico.application.account.port.AccountColumn.NOTIFY, false).withTag(Optional.empty())))
                .extracting(AccountRow::name).containsExactly("Bianchi", "Rossi family", "Verdi");
    }
}
