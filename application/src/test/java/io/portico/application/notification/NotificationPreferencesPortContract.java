package io.portico.application.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.account.AccountFixtures;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.notification.port.out.LockedCategoriesPort;
import io.portico.application.notification.port.out.NotificationPreferencesPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.notification.DeliveryMode;
import io.portico.domain.notification.LockedCategories;
import io.portico.domain.notification.NotificationCategory;
import io.portico.domain.notification.NotificationPreferences;
import io.portico.domain.shared.EmailAddress;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 11, item 1: every preferences store; each test starts with nothing stored. */
public abstract class NotificationPreferencesPortContract {

    protected abstract StaffPort staff();

    protected abstract ContactPort contacts();

    protected abstract AccountPort accounts();

    protected abstract NotificationPreferencesPort preferences();

    protected abstract LockedCategoriesPort locked();

    private static final NotificationPreferences INVOICES_DAILY =
            NotificationPreferences.only(Set.of(NotificationCategory.INVOICES_AND_PAYMENTS), DeliveryMode.DAILY_DIGEST);

    private NotificationFixture firm;

    @BeforeEach
    void firm() {
        firm = new NotificationFixture(staff(), contacts(), accounts());
    }

    @Test
    void issue11_an_address_that_never_chose_has_the_defaults() {
        assertThat(preferences().load(firm.rossi.id(), NotificationFixture.LUCIA)).isEqualTo(NotificationPreferences.DEFAULT);
        assertThat(locked().load()).isEqualTo(LockedCategories.NONE);
    }

    @Test
    void issue11_preferences_are_kept_per_account_and_address_whatever_its_capitals() {
        preferences().save(firm.rossi.id(), NotificationFixture.LUCIA, INVOICES_DAILY);
        preferences().save(firm.rossi.id(), NotificationFixture.MARIO_HOME, NotificationPreferences.only(Set.of(), DeliveryMode.EACH_AS_IT_HAPPENS));

        assertThat(preferences().load(firm.rossi.id(), new EmailAddress("LUCIA@verdi.it"))).isEqualTo(INVOICES_DAILY);
        assertThat(preferences().load(firm.verdi.id(), NotificationFixture.LUCIA)).isEqualTo(NotificationPreferences.DEFAULT);
        assertThat(preferences().load(firm.rossi.id(), NotificationFixture.MARIO_HOME).chosen()).isEmpty();

        preferences().save(firm.rossi.id(), NotificationFixture.LUCIA, NotificationPreferences.DEFAULT);
        assertThat(preferences().load(firm.rossi.id(), NotificationFixture.LUCIA)).isEqualTo(NotificationPreferences.DEFAULT);
    }

    @Test
    void issue11_unlinking_the_contact_forgets_its_addresses_preferences() {
        preferences().save(firm.rossi.id(), NotificationFixture.LUCIA, INVOICES_DAILY);
        preferences().save(firm.verdi.id(), NotificationFixture.LUCIA, INVOICES_DAILY);

        accounts().update(accounts().find(firm.rossi.id()).orElseThrow().unlink(firm.lucia.id()), firm.anna.id(), AccountFixtures.NOW);

        assertThat(preferences().load(firm.rossi.id(), NotificationFixture.LUCIA)).isEqualTo(NotificationPreferences.DEFAULT);
        assertThat(preferences().load(firm.verdi.id(), NotificationFixture.LUCIA)).isEqualTo(INVOICES_DAILY);
    }

    @Test
    void issue11_an_address_not_on_the_account_keeps_nothing() {
        preferences().save(firm.verdi.id(), NotificationFixture.MARIO_WORK, INVOICES_DAILY);

        assertThat(preferences().load(firm.verdi.id(), NotificationFixture.MARIO_WORK)).isEqualTo(NotificationPreferences.DEFAULT);
    }

    @Test
    void issue11_the_firms_locked_categories_are_kept() {
        var invoicesAndSignatures = new LockedCategories(EnumSet.of(NotificationCategory.INVOICES_AND_PAYMENTS,
                NotificationCategory.SIGNATURE_REQUESTS));
        locked().save(invoicesAndSignatures);
        assertThat(locked().load()).isEqualTo(invoicesAndSignatures);

        locked().save(LockedCategories.NONE);
        assertThat(locked().load()).isEqualTo(LockedCategories.NONE);
    }
}
