package io.portico.application.account;

import static io.portico.application.account.AccountFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link CustomFieldHistoryPort} does; each test starts with nothing stored. */
public abstract class CustomFieldHistoryPortContract {

    protected abstract StaffPort staff();

    protected abstract ContactPort contacts();

    protected abstract AccountPort accounts();

    protected abstract CustomFieldPort fields();

    protected abstract CustomFieldHistoryPort history();

    @Test
    void A7_the_changes_of_one_field_of_one_account_newest_first_also_within_one_instant() {
        StaffMember anna = AccountFixtures.staff(staff(), "Anna", "Bianchi", StaffRole.OWNER);
        var mario = AccountFixtures.contact(contacts(), anna.id(), "Mario", "Rossi");
        Account rossi = AccountFixtures.individual("Rossi", Set.of(anna.id()), AccountFixtures.plain(mario));
        Account other = AccountFixtures.individual("Other", Set.of(anna.id()), AccountFixtures.plain(mario));
        accounts().add(rossi, anna.id(), NOW);
        accounts().add(other, anna.id(), NOW);
        var vat = CustomField.create(CustomFieldScope.ACCOUNT, "VAT number", CustomFieldType.TEXT, List.of());
        var revenue = CustomField.create(CustomFieldScope.ACCOUNT, "Revenue", CustomFieldType.NUMBER, List.of());
        fields().add(vat);
        fields().add(revenue);

        var first = new CustomFieldChange(rossi.id(), vat.id(), anna.id(), NOW, "", "IT01");
        var second = new CustomFieldChange(rossi.id(), vat.id(), anna.id(), NOW, "IT01", "IT02");
        var third = new CustomFieldChange(rossi.id(), vat.id(), anna.id(), NOW.plusSeconds(60), "IT02", "");
        history().record(first);
        history().record(second);
        history().record(new CustomFieldChange(rossi.id(), revenue.id(), anna.id(), NOW, "", "10"));
        history().record(new CustomFieldChange(other.id(), vat.id(), anna.id(), NOW, "", "IT99"));
        history().record(third);

        assertThat(history().history(rossi.id(), vat.id(), 10)).containsExactly(third, second, first);
        assertThat(history().history(rossi.id(), vat.id(), 2)).containsExactly(third, second);
    }
}
