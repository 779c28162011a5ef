package io.portico.domain.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.domain.access.AccessToggle;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.access.Actor;
import io.portico.domain.account.access.HistoryEntry;
import io.portico.domain.account.access.HistoryType;
import io.portico.domain.account.access.Invite;
import io.portico.domain.contact.ContactId;
import io.portico.domain.notification.DeliveryMode;
import io.portico.domain.notification.NotificationPreferences;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.Language;
import io.portico.domain.staff.StaffId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BulkAccessChangeTest {

    private static final AccountId ROSSI = new AccountId(UUID.randomUUID());
    private static final ContactId MARIO = new ContactId(UUID.randomUUID());
    private static final ContactId LUCIA = new ContactId(UUID.randomUUID());
    private static final EmailAddress MARIO_MAIL = new EmailAddress("mario@rossi.it");
    private static final EmailAddress MARIO_GMAIL = new EmailAddress("m.rossi@gmail.com");
    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    private static final Actor BY_JOB = new Actor(Optional.of(new StaffId(UUID.randomUUID())), Optional.of(UUID.randomUUID()));

    private static BulkAccessChange loginOn(boolean invite) {
        return new BulkAccessChange(ToggleChoice.ENABLE, ToggleChoice.KEEP, ToggleChoice.KEEP,
                invite ? Optional.of(new Invite("Welcome")) : Optional.empty(), Optional.empty());
    }

    private static BulkAccount rossi(BulkContact... contacts) {
        return new BulkAccount(ROSSI, "Rossi family", true, List.of(contacts));
    }

    private static BulkContact mario(BulkAddress... addresses) {
        return new BulkContact(MARIO, "Mario Rossi", Optional.of(Language.IT), List.of(addresses));
    }

    private static BulkAddress address(EmailAddress email, boolean login, boolean notify, boolean sync, boolean activated) {
        return new BulkAddress(new EmailAccess(email, login, notify, sync), activated);
    }

    @Test
    void E3_an_edit_changes_at_least_one_toggle() {
        assertThatThrownBy(() -> new BulkAccessChange(ToggleChoice.KEEP, ToggleChoice.KEEP, ToggleChoice.KEEP, Optional.empty(),
                Optional.empty())).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("toggles"));
    }

    @Test
    void E3_invitations_only_with_LOGIN_turned_on() {
        for (ToggleChoice login : List.of(ToggleChoice.KEEP, ToggleChoice.DISABLE)) {
            assertThatThrownBy(() -> new BulkAccessChange(login, ToggleChoice.ENABLE, ToggleChoice.KEEP, Optional.of(new Invite("")),
                    Optional.empty())).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("invite"));
        }
    }

    @Test
    void E3_preferences_only_with_NOTIFY_turned_on() {
        var preferences = Optional.of(NotificationPreferences.everything(DeliveryMode.DAILY_DIGEST));
        for (ToggleChoice notifications : List.of(ToggleChoice.KEEP, ToggleChoice.DISABLE)) {
            assertThatThrownBy(() -> new BulkAccessChange(ToggleChoice.ENABLE, notifications, ToggleChoice.KEEP, Optional.empty(), preferences))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("preferences"));
        }
        assertThat(new BulkAccessChange(ToggleChoice.KEEP, ToggleChoice.ENABLE, ToggleChoice.KEEP, Optional.empty(), preferences)
                .preferences()).isEqualTo(preferences);
    }

    @Test
    void E3_each_toggle_is_left_turned_on_or_turned_off() {
        var change = new BulkAccessChange(ToggleChoice.KEEP, ToggleChoice.ENABLE, ToggleChoice.DISABLE, Optional.empty(), Optional.empty());
        assertThat(change.applyTo(new EmailAccess(MARIO_MAIL, true, false, true))).isEqualTo(new EmailAccess(MARIO_MAIL, true, true, false));
        assertThat(change.applyTo(new EmailAccess(MARIO_MAIL, false, true, false))).isEqualTo(new EmailAccess(MARIO_MAIL, false, true, false));
        var loginOff = new BulkAccessChange(ToggleChoice.DISABLE, ToggleChoice.KEEP, ToggleChoice.ENABLE, Optional.empty(), Optional.empty());
        assertThat(loginOff.applyTo(new EmailAccess(MARIO_MAIL, true, true, false))).isEqualTo(new EmailAccess(MARIO_MAIL, false, true, true));
        assertThat(change.choices()).containsEntry(AccessToggle.LOGIN, ToggleChoice.KEEP).containsEntry(AccessToggle.NOTIFY, ToggleChoice.ENABLE)
                .containsEntry(AccessToggle.EMAIL_SYNC, ToggleChoice.DISABLE);
    }

    @Test
    void E3_applies_to_every_address_of_every_contact_and_leaves_those_already_as_asked() {
        var plan = (AccountPlan.Planned) loginOn(false).plan(rossi(
                mario(address(MARIO_MAIL, false, true, false, false), address(MARIO_GMAIL, true, false, false, false)),
                new BulkContact(LUCIA, "Lucia Rossi", Optional.empty(), List.of(address(new EmailAddress("lucia@rossi.it"), false, false, false, false)))),
                true);

        assertThat(plan.changes()).containsExactly(
                new AddressChange(ROSSI, MARIO, new EmailAccess(MARIO_MAIL, false, true, false), new EmailAccess(MARIO_MAIL, true, true, false)),
                new AddressChange(ROSSI, LUCIA, EmailAccess.none(new EmailAddress("lucia@rossi.it")),
                        new EmailAccess(new EmailAddress("lucia@rossi.it"), true, false, false)));
        assertThat(plan.contactsChanged()).isEqualTo(2);
        assertThat(plan.invitees()).isEmpty();
        assertThat(plan.name()).isEqualTo("Rossi family");
    }

    @Test
    void B1_LOGIN_turned_on_invites_in_the_contacts_language_unless_activated_or_already_on() {
        var plan = (AccountPlan.Planned) loginOn(true).plan(rossi(mario(address(MARIO_MAIL, false, false, false, false),
                address(MARIO_GMAIL, false, false, false, true)), new BulkContact(LUCIA, "Lucia Rossi", Optional.empty(),
                List.of(address(new EmailAddress("lucia@rossi.it"), true, false, false, false)))), true);

        assertThat(plan.invitees()).containsExactly(new Invitee(ROSSI, "Rossi family", MARIO_MAIL, Optional.of(Language.IT)));
        assertThat(plan.changes()).hasSize(2);
    }

    @Test
    void E3_a_contact_without_an_address_is_reported_when_something_is_turned_on() {
        var nobody = new BulkContact(LUCIA, "Lucia Rossi", Optional.empty(), List.of());
        var on = (AccountPlan.Planned) loginOn(true).plan(rossi(nobody), true);
        assertThat(on.withoutAddress()).containsExactly("Lucia Rossi");
        assertThat(on.changes()).isEmpty();

        var off = new BulkAccessChange(ToggleChoice.DISABLE, ToggleChoice.DISABLE, ToggleChoice.DISABLE, Optional.empty(), Optional.empty());
        assertThat(off.turnsOn()).isFalse();
        assertThat(((AccountPlan.Planned) off.plan(rossi(nobody), true)).withoutAddress()).isEmpty();
        assertThat(new BulkAccessChange(ToggleChoice.KEEP, ToggleChoice.KEEP, ToggleChoice.ENABLE, Optional.empty(), Optional.empty()).turnsOn())
                .isTrue();
        assertThat(new BulkAccessChange(ToggleChoice.KEEP, ToggleChoice.ENABLE, ToggleChoice.KEEP, Optional.empty(), Optional.empty()).turnsOn())
                .isTrue();
    }

    @Test
    void E3_an_account_the_user_may_not_edit_or_see_is_skipped() {
        var mine = rossi(mario(address(MARIO_MAIL, false, false, false, false)));
        assertThat(loginOn(true).plan(mine, false)).isEqualTo(new AccountPlan.Skipped(ROSSI, "Rossi family"));
        var hidden = new BulkAccount(ROSSI, "Rossi family", false, mine.contacts());
        assertThat(loginOn(true).plan(hidden, true)).isEqualTo(new AccountPlan.Skipped(ROSSI, "Rossi family"));
    }

    @Test
    void issue14_1_an_archived_account_is_skipped_as_archived_unless_the_user_may_not_edit_it() {
        var archived = new BulkAccount(ROSSI, "Rossi family", true, List.of(mario(address(MARIO_MAIL, false, false, false, false))), true);
        assertThat(loginOn(true).plan(archived, true)).isEqualTo(new AccountPlan.Archived(ROSSI, "Rossi family"));
        assertThat(loginOn(true).plan(archived, false)).isEqualTo(new AccountPlan.Skipped(ROSSI, "Rossi family"));
        assertThat(rossi().archived()).isFalse();
    }

    @Test
    void E3_each_toggle_turned_is_one_history_entry_with_the_jobs_actor() {
        var change = new AddressChange(ROSSI, MARIO, new EmailAccess(MARIO_MAIL, false, true, false), new EmailAccess(MARIO_MAIL, true, false, false));

        assertThat(change.history(BY_JOB, NOW)).containsExactly(
                HistoryEntry.switched(ROSSI, BY_JOB, NOW, HistoryType.LOGIN, MARIO_MAIL.value(), true),
                HistoryEntry.switched(ROSSI, BY_JOB, NOW, HistoryType.NOTIFY, MARIO_MAIL.value(), false));
        assertThat(change.turnedOn(AccessToggle.LOGIN)).isTrue();
        assertThat(change.turnedOn(AccessToggle.NOTIFY)).isFalse();
        assertThat(change.turnedOff(AccessToggle.NOTIFY)).isTrue();
        assertThat(change.turnedOff(AccessToggle.LOGIN)).isFalse();
        assertThat(change.turnedOff(AccessToggle.EMAIL_SYNC)).isFalse();
        var sync = new AddressChange(ROSSI, MARIO, EmailAccess.none(MARIO_MAIL), new EmailAccess(MARIO_MAIL, false, false, true));
        assertThat(sync.history(BY_JOB, NOW)).containsExactly(
                HistoryEntry.switched(ROSSI, BY_JOB, NOW, HistoryType.EMAIL_SYNC, MARIO_MAIL.value(), true));
    }

    @Test
    void a_change_is_of_one_address() {
        assertThatThrownBy(() -> new AddressChange(ROSSI, MARIO, EmailAccess.none(MARIO_MAIL), EmailAccess.none(MARIO_GMAIL)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
