package io.portico.application.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.account.AccountFixtures;
import io.portico.application.notification.port.in.AddressPreferences;
import io.portico.application.notification.port.in.ChangeNotificationPreferencesCommand;
import io.portico.application.notification.port.in.ChangeOwnNotificationPreferencesCommand;
import io.portico.application.notification.port.in.LockNotificationCategoriesCommand;
import io.portico.domain.account.AccountId;
import io.portico.domain.notification.DeliveryMode;
import io.portico.domain.notification.LockedCategories;
import io.portico.domain.notification.NotificationCategory;
import io.portico.domain.notification.NotificationPreferences;
import io.portico.domain.portal.PortalUser;
import io.portico.domain.portal.PortalUserId;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 11, item 1: staff and clients change preferences; the firm locks categories. */
class NotificationPreferencesUseCasesTest {

    private static final NotificationPreferences CHATS_DAILY =
            NotificationPreferences.only(Set.of(NotificationCategory.CHATS_AND_CLIENT_TASKS), DeliveryMode.DAILY_DIGEST);

    private final NotificationWorld world = new NotificationWorld();
    private final NotificationFixture firm = world.firm;
    private StaffMember marco;

    @BeforeEach
    void employee() {
        marco = AccountFixtures.staff(world.staff, "Marco", "Verdi", StaffRole.EMPLOYEE);
    }

    @Test
    void issue11_1_staff_set_an_addresses_preferences_on_an_account_they_may_edit() {
        world.choices.change(new ChangeNotificationPreferencesCommand(firm.anna.id(), firm.rossi.id(), new EmailAddress("LUCIA@verdi.it"),
                CHATS_DAILY));

        AddressPreferences shown = world.choices.preferences(firm.anna.id(), firm.rossi.id(), NotificationFixture.LUCIA).orElseThrow();
        assertThat(shown.preferences()).isEqualTo(CHATS_DAILY);
        assertThat(shown.accountName()).isEqualTo("Rossi");
        assertThat(world.preferences.load(firm.verdi.id(), NotificationFixture.LUCIA)).isEqualTo(NotificationPreferences.DEFAULT);
    }

    @Test
    void issue11_1_an_address_not_on_the_account_is_refused_on_its_field_and_nothing_changes() {
        assertThatThrownBy(() -> world.choices.change(new ChangeNotificationPreferencesCommand(firm.anna.id(), firm.verdi.id(),
                NotificationFixture.MARIO_WORK, CHATS_DAILY)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("email"));
        assertThat(world.choices.preferences(firm.anna.id(), firm.verdi.id(), NotificationFixture.MARIO_WORK)).isEmpty();
    }

    @Test
    void F2_an_account_the_employee_cannot_see_reads_as_not_found_and_one_they_only_see_is_refused() {
        assertThatThrownBy(() -> world.choices.change(new ChangeNotificationPreferencesCommand(marco.id(), firm.rossi.id(),
                NotificationFixture.LUCIA, CHATS_DAILY)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("account"));
        assertThat(world.choices.preferences(marco.id(), firm.rossi.id(), NotificationFixture.LUCIA)).isEmpty();

        world.accounts.addToTeams(marco.id(), Set.of(firm.rossi.id()));
        assertThat(world.choices.preferences(marco.id(), firm.rossi.id(), NotificationFixture.LUCIA)).isPresent();
        assertThatThrownBy(() -> world.choices.change(new ChangeNotificationPreferencesCommand(marco.id(), firm.rossi.id(),
                NotificationFixture.LUCIA, CHATS_DAILY))).isInstanceOf(NotAllowedException.class);
        assertThat(world.preferences.load(firm.rossi.id(), NotificationFixture.LUCIA)).isEqualTo(NotificationPreferences.DEFAULT);
    }

    @Test
    void issue11_1_a_client_sees_and_changes_their_own_on_the_accounts_where_their_address_has_login_on() {
        PortalUserId mario = activate(NotificationFixture.MARIO_WORK);
        world.locks.lock(new LockNotificationCategoriesCommand(firm.anna.id(),
                new LockedCategories(Set.of(NotificationCategory.INVOICES_AND_PAYMENTS))));

        world.choices.change(new ChangeOwnNotificationPreferencesCommand(mario, firm.rossi.id(), CHATS_DAILY));

        assertThat(world.choices.own(mario)).singleElement().satisfies(own -> {
            assertThat(own.account()).isEqualTo(firm.rossi.id());
            assertThat(own.preferences()).isEqualTo(CHATS_DAILY);
            assertThat(own.locked().isLocked(NotificationCategory.INVOICES_AND_PAYMENTS)).isTrue();
        });
    }

    @Test
    void issue11_1_a_client_cannot_reach_an_account_where_their_address_has_no_login() {
        PortalUserId lucia = activate(NotificationFixture.LUCIA); // NOTIFY only on both accounts

        assertThat(world.choices.own(lucia)).isEmpty();
        for (AccountId account : new AccountId[] {firm.rossi.id(), AccountId.random()}) {
            assertThatThrownBy(() -> world.choices.change(new ChangeOwnNotificationPreferencesCommand(lucia, account, CHATS_DAILY)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("account"));
        }
        assertThatThrownBy(() -> world.choices.change(new ChangeOwnNotificationPreferencesCommand(PortalUserId.random(),
                firm.rossi.id(), CHATS_DAILY))).isInstanceOf(InvalidInputException.class);
        assertThat(world.choices.own(PortalUserId.random())).isEmpty();
        assertThat(world.preferences.load(firm.rossi.id(), NotificationFixture.LUCIA)).isEqualTo(NotificationPreferences.DEFAULT);
    }

    @Test
    void issue11_1_owners_and_admins_lock_categories_and_employees_may_not() {
        var invoices = new LockedCategories(Set.of(NotificationCategory.INVOICES_AND_PAYMENTS));
        world.locks.lock(new LockNotificationCategoriesCommand(firm.anna.id(), invoices));
        assertThat(world.locks.locked()).isEqualTo(invoices);

        assertThatThrownBy(() -> world.locks.lock(new LockNotificationCategoriesCommand(marco.id(), LockedCategories.NONE)))
                .isInstanceOf(NotAllowedException.class);
        assertThat(world.locks.locked()).isEqualTo(invoices);
    }

    private PortalUserId activate(EmailAddress email) {
        PortalUser user = PortalUser.activate(email, "hash", AccountFixtures.NOW);
        world.portal.users.add(user);
        return user.id();
    }
}
