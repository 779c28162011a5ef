package io.portico.application.contact;

import static io.portico.application.account.AccountFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.account.AccountFixtures;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.ContactListRequest;
import io.portico.application.contact.port.ContactRow;
import io.portico.application.contact.port.ContactMatch;
import io.portico.application.contact.port.out.ContactListPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.account.Account;
import io.portico.domain.contact.Contact;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ContactListPort} does; each test starts with nothing stored. */
public abstract class ContactListPortContract {

    protected abstract StaffPort staff();

    protected abstract ContactPort contacts();

    protected abstract AccountPort accounts();

    protected abstract ContactListPort list();

    protected abstract io.portico.application.tag.port.out.TagPort tags();

    private StaffMember marco;
    private Contact mario;
    private Account family;
    private Account business;
    private Contact ada;
    private Contact zeno;

    @BeforeEach
    void clients() {
        StaffMember anna = AccountFixtures.staff(staff(), "Anna", "Bianchi", StaffRole.OWNER);
        marco = AccountFixtures.staff(staff(), "Marco", "Verdi", StaffRole.EMPLOYEE);
        mario = AccountFixtures.contact(contacts(), anna.id(), "Mario", "Rossi", "mario@rossi.it");
        Contact lucia = AccountFixtures.contact(contacts(), anna.id(), "Lucia", "Rossi");
        ada = AccountFixtures.contact(contacts(), anna.id(), "Ada", "Bruni", "ada@bruni.it");
        zeno = AccountFixtures.contact(contacts(), anna.id(), "Zeno", "Marini", "zeno@studio-rossi.it", "zeno@home.it");
        family = AccountFixtures.individual("Rossi family", Set.of(anna.id()), AccountFixtures.plain(mario), AccountFixtures.plain(lucia));
        business = AccountFixtures.company("Rossi", Set.of(marco.id()), AccountFixtures.plain(mario));
        accounts().add(family, anna.id(), NOW);
        accounts().add(business, anna.id(), NOW);
        accounts().add(AccountFixtures.individual("Bruni", Set.of(anna.id()), AccountFixtures.loginFor(ada, "ada@bruni.it")), anna.id(), NOW);
    }

    @Test
    void E4_contacts_are_listed_by_last_then_first_name_with_their_accounts() {
        List<ContactRow> rows = list().page(new ContactListRequest(Optional.empty(), Optional.empty(), 10));
        assertThat(rows).extracting(ContactRow::name).containsExactly("Ada Bruni", "Zeno Marini", "Lucia Rossi", "Mario Rossi");
        assertThat(rows.get(3).primaryEmail()).isEqualTo("mario@rossi.it");
        assertThat(rows.get(3).accounts()).containsExactlyInAnyOrder("Rossi family", "Rossi");
        assertThat(rows.get(2).primaryEmail()).isEmpty();
    }

    @Test
    void E4_pages_follow_each_other() {
        List<ContactRow> seen = new ArrayList<>();
        var request = new ContactListRequest(Optional.empty(), Optional.empty(), 2);
        for (var page = list().page(request); !page.isEmpty(); page = list().page(request)) {
            seen.addAll(page);
            request = request.after(page.getLast());
        }
        assertThat(seen).extracting(ContactRow::name).containsExactly("Ada Bruni", "Zeno Marini", "Lucia Rossi", "Mario Rossi");
    }

    @Test
    void F2_an_employee_restricted_to_their_team_sees_the_contacts_of_those_accounts() {
        assertThat(list().page(new ContactListRequest(Optional.of(marco.id()), Optional.empty(), 10)))
                .extracting(ContactRow::name).containsExactly("Mario Rossi");
    }

    @Test
    void the_accounts_a_contact_is_linked_to_are_known() {
        assertThat(list().linkedAccounts(mario.id())).containsExactlyInAnyOrder(family.id(), business.id());
    }

    private ContactListRequest filtered(Optional<String> search, Optional<io.portico.domain.tag.TagId> tag, Optional<Boolean> portal) {
        return new ContactListRequest(Optional.empty(), Optional.empty(), 10, search, tag, portal);
    }

    @Test
    void issue12_the_list_searches_names_and_addresses_in_any_case() {
        assertThat(list().page(filtered(Optional.of("ROSSI"), Optional.empty(), Optional.empty())))
                .extracting(ContactRow::name).containsExactly("Zeno Marini", "Lucia Rossi", "Mario Rossi");
        assertThat(list().page(filtered(Optional.of("@home"), Optional.empty(), Optional.empty())))
                .extracting(ContactRow::name).containsExactly("Zeno Marini");
        assertThat(list().page(filtered(Optional.of("50%_off"), Optional.empty(), Optional.empty()))).isEmpty();
    }

    @Test
    void issue12_search_results_page_like_the_whole_list() {
        var request = new ContactListRequest(Optional.empty(), Optional.empty(), 1, Optional.of("rossi"), Optional.empty(), Optional.empty());
        List<ContactRow> seen = new ArrayList<>();
        for (var page = list().page(request); !page.isEmpty(); page = list().page(request)) {
            seen.addAll(page);
            request = request.after(page.getLast());
        }
        assertThat(seen).extracting(ContactRow::name).containsExactly("Zeno Marini", "Lucia Rossi", "Mario Rossi");
    }

    @Test
    void issue12_the_list_filters_by_contact_tag() {
        var vip = io.portico.domain.tag.Tag.create(io.portico.domain.tag.TagScope.CONTACT, "VIP", new io.portico.domain.tag.TagColor("#112233"));
        tags().add(vip);
        contacts().update(zeno.withDetails(Set.of(vip.id()), zeno.customValues()), marco.id(), NOW);

        assertThat(list().page(filtered(Optional.empty(), Optional.of(vip.id()), Optional.empty())))
                .extracting(ContactRow::name).containsExactly("Zeno Marini");
    }

    @Test
    void issue12_the_list_filters_by_portal_access() {
        assertThat(list().page(filtered(Optional.empty(), Optional.empty(), Optional.of(true))))
                .extracting(ContactRow::name).containsExactly("Ada Bruni");
        assertThat(list().page(filtered(Optional.of("r"), Optional.empty(), Optional.of(false))))
                .extracting(ContactRow::name).containsExactly("Zeno Marini", "Lucia Rossi", "Mario Rossi");
    }

    @Test
    void issue12_contact_search_finds_names_and_addresses_prefixes_first() {
        assertThat(list().matching("mari", Optional.empty(), 10)).extracting(ContactMatch::name)
                .containsExactly("Mario Rossi", "Zeno Marini");
        assertThat(list().matching("STUDIO-ROSSI", Optional.empty(), 10)).singleElement().satisfies(match -> {
            assertThat(match.id()).isEqualTo(zeno.id());
            assertThat(match.emails()).containsExactly("zeno@studio-rossi.it", "zeno@home.it");
        });
        assertThat(list().matching("ada bru", Optional.empty(), 10)).extracting(ContactMatch::name).containsExactly("Ada Bruni");
        assertThat(list().matching("rossi", Optional.empty(), 2)).hasSize(2);
        assertThat(list().matching("nobody", Optional.empty(), 10)).isEmpty();
    }

    @Test
    void issue12_F2_contact_search_shows_contacts_of_the_members_accounts_and_of_no_account_only() {
        assertThat(list().matching("i", Optional.of(marco.id()), 10)).extracting(ContactMatch::name)
                .containsExactlyInAnyOrder("Mario Rossi", "Zeno Marini");
    }
}
