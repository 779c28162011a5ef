package io.portico.persistence.account;

import static io.portico.application.account.AccountFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.account.AccountFixtures;
import io.portico.application.account.CustomFieldHistoryPortContract;
import io.portico.application.account.port.CustomFieldChange;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.account.port.out.CustomFieldHistoryPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.customfield.port.out.CustomFieldPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.account.Account;
import io.portico.domain.customfield.CustomField;
import io.portico.domain.customfield.CustomFieldScope;
import io.portico.domain.customfield.CustomFieldType;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import io.portico.persistence.contact.ContactAdapters;
import io.portico.persistence.customfield.CustomFieldAdapters;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import io.portico.persistence.staff.StaffAdapters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmptyDatabase.class)
class JooqCustomFieldHistoryAdapterTest extends CustomFieldHistoryPortContract {

    private final TestPostgres postgres = TestPostgres.get();
    private final StaffPort staff = StaffAdapters.staff(postgres.dsl());
    private final ContactPort contacts = ContactAdapters.contacts(postgres.dsl());
    private final AccountPort accounts = new JooqAccountAdapter(postgres.dsl());
    private final CustomFieldPort fields = CustomFieldAdapters.fields(postgres.dsl());
    private final CustomFieldHistoryPort history = new JooqCustomFieldHistoryAdapter(postgres.dsl());

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
    protected CustomFieldPort fields() {
        return fields;
    }

    @Override
    protected CustomFieldHistoryPort history() {
        return history;
    }

    @Test
    void A7_deleting_a_field_takes_its_values_and_history_with_it() {
        StaffMember anna = AccountFixtures.staff(staff, "Anna", "Bianchi", StaffRole.OWNER);
        var mario = AccountFixtures.contact(contacts, anna.id(), "Mario", "Rossi");
        var vat = CustomField.create(CustomFieldScope.ACCOUNT, "VAT number", CustomFieldType.TEXT, List.of());
        fields.add(vat);
        Account rossi = AccountFixtures.individual("Rossi", Set.of(anna.id()), AccountFixtures.plain(mario))
                .withDetails(Set.of(), Map.of(vat.id(), "IT01"));
        accounts.add(rossi, anna.id(), NOW);
        history.record(new CustomFieldChange(rossi.id(), vat.id(), anna.id(), NOW, "", "IT01"));

        fields.delete(vat.id());

        assertThat(accounts.find(rossi.id()).orElseThrow().customValues()).isEmpty();
        assertThat(history.history(rossi.id(), vat.id(), 10)).isEmpty();
    }
}
