package io.portico.ui.contact;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.account.AccountFixtures;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.ContactRow;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.tag.port.out.TagPort;
import io.portico.domain.contact.Contact;
import io.portico.domain.staff.StaffId;
import io.portico.domain.tag.Tag;
import io.portico.domain.tag.TagColor;
import io.portico.domain.tag.TagScope;
import io.portico.ui.support.StaffViewTest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 12, item 9: Clients → Contacts searches names and addresses and filters by tag and portal access. */
class ContactFiltersViewTest extends StaffViewTest {

    @Autowired
    AccountPort accounts;
    @Autowired
    ContactPort contacts;
    @Autowired
    TagPort tags;

    private final String run = UUID.randomUUID().toString().substring(0, 6);

    private List<String> names(ContactsView view) {
        var rows = test(view.grid);
        return IntStream.range(0, Math.min(100, rows.size())).mapToObj(rows::getRow).map(ContactRow::name).toList();
    }

    @Test
    void issue12_the_contact_list_searches_and_filters_like_the_account_list() {
        StaffId owner = new StaffId(signInAsOwner().id());
        Tag vip = Tag.create(TagScope.CONTACT, "VIP " + run, new TagColor("#112233"));
        tags.add(vip);
        Contact mario = AccountFixtures.contact(contacts, owner, "Mario", "Rossi" + run, "mario." + run + "@rossi.it");
        Contact ada = AccountFixtures.contact(contacts, owner, "Ada", "Bruni" + run, "ada." + run + "@bruni.it");
        contacts.update(ada.withDetails(Set.of(vip.id()), ada.customValues()), owner, Instant.now());
        accounts.add(AccountFixtures.individual("Rossi " + run, Set.of(owner), AccountFixtures.loginFor(mario, "mario." + run + "@rossi.it"),
                AccountFixtures.plain(ada)), owner, Instant.now());

        ContactsView view = navigate(ContactsView.class);
        test(view.search).setValue(run);
        assertThat(names(view)).containsExactly("Ada Bruni" + run, "Mario Rossi" + run);
        test(view.search).setValue(run + "@bru");
        assertThat(names(view)).containsExactly("Ada Bruni" + run);

        test(view.search).setValue(run);
        view.tag.setValue(Optional.of(vip));
        assertThat(names(view)).containsExactly("Ada Bruni" + run);

        view.tag.setValue(Optional.empty());
        assertThat(view.portalAccess.getListDataView().getItems().map(view.portalAccess.getItemLabelGenerator()))
                .containsExactly("Any", "Has portal access", "No portal access");
        view.portalAccess.setValue(Optional.of(true));
        assertThat(names(view)).containsExactly("Mario Rossi" + run);
        view.portalAccess.setValue(Optional.of(false));
        assertThat(names(view)).containsExactly("Ada Bruni" + run);
    }
}
