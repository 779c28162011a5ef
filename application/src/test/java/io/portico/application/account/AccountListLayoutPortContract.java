package io.portico.application.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.account.port.AccountColumn;
import io.portico.application.account.port.AccountListLayout;
import io.portico.application.account.port.out.AccountListLayoutPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link AccountListLayoutPort} does; each test starts with nothing stored. */
public abstract class AccountListLayoutPortContract {

    protected abstract StaffPort staff();

    protected abstract AccountListLayoutPort layouts();

    private StaffMember anna;
    private StaffMember marco;

    @BeforeEach
    void members() {
        anna = AccountFixtures.staff(staff(), "Anna", "Bianchi", StaffRole.OWNER);
        marco = AccountFixtures.staff(staff(), "Marco", "Verdi", StaffRole.EMPLOYEE);
    }

    @Test
    void issue12_a_member_without_a_layout_has_none() {
        assertThat(layouts().find(anna.id())).isEmpty();
    }

    @Test
    void issue12_each_member_gets_back_the_columns_in_their_order_and_the_sort_they_left() {
        var annas = new AccountListLayout(List.of(AccountColumn.LOGIN, AccountColumn.NAME, AccountColumn.TAGS), AccountColumn.TAGS, true);
        var marcos = new AccountListLayout(List.of(AccountColumn.NAME), AccountColumn.NAME, false);
        layouts().save(anna.id(), annas);
        layouts().save(marco.id(), marcos);

        assertThat(layouts().find(anna.id())).contains(annas);
        assertThat(layouts().find(marco.id())).contains(marcos);
    }

    @Test
    void issue12_a_new_layout_replaces_the_last_one() {
        layouts().save(anna.id(), AccountListLayout.DEFAULT);
        var changed = new AccountListLayout(List.of(AccountColumn.NAME, AccountColumn.EMAIL_SYNC), AccountColumn.EMAIL_SYNC, false);
        layouts().save(anna.id(), changed);

        assertThat(layouts().find(anna.id())).contains(changed);
    }
}
