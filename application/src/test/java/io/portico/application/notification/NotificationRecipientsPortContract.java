package io.portico.application.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.portico.application.account.AccountFixtures;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.notification.port.out.LockedCategoriesPort;
import io.portico.application.notification.port.out.NotificationPreferencesPort;
import io.portico.application.notification.port.out.NotificationRecipientsPort;
import io.portico.application.notification.port.out.NotificationRecipientsPort.Recipient;
import io.portico.application.notification.port.out.NotificationRecipientsPort.Wanted;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.account.AccountId;
import io.portico.domain.contact.ContactId;
import io.portico.domain.notification.DeliveryMode;
import io.portico.domain.notification.LockedCategories;
import io.portico.domain.notification.NotificationCategory;
import io.portico.domain.notification.NotificationEvent;
import io.portico.domain.notification.NotificationPreferences;
import io.portico.domain.portal.PortalUser;
import io.portico.domain.shared.EmailAddress;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** C1, C3, issue 11 items 1–4: who receives each of many notifications, found at once; each test starts empty. */
public abstract class NotificationRecipientsPortContract {

    protected abstract StaffPort staff();

    protected abstract ContactPort contacts();

    protected abstract AccountPort accounts();

    protected abstract PortalUserPort users();

    protected abstract NotificationPreferencesPort preferences();

    protected abstract LockedCategoriesPort locked();

    protected abstract NotificationRecipientsPort recipients();

    protected abstract void contactSpeaks(ContactId contact, Locale language);

    protected abstract void firmSpeaks(Locale language);

    private NotificationFixture firm;

    @BeforeEach
    void firm() {
        firm = new NotificationFixture(staff(), contacts(), accounts());
    }

    static Wanted invoice(AccountId account) {
        return new Wanted(account, NotificationEvent.INVOICE_ISSUED.category());
    }

    static Wanted message(AccountId account) {
        return new Wanted(account, NotificationEvent.MESSAGE_RECEIVED.category());
    }

    @Test
    void C1_the_addresses_with_notify_on_of_each_notifications_account_are_found_in_one_call() {
        List<Recipient> found = recipients().recipients(List.of(invoice(firm.rossi.id()), message(firm.verdi.id())));

        assertThat(found).extracting(Recipient::notification, Recipient::accountName, r -> r.to().email().lookupKey())
                .containsExactlyInAnyOrder(
                        tuple(0, "Rossi", "mario@rossi.it"),
                        tuple(0, "Rossi", "lucia@verdi.it"),
                        tuple(1, "Verdi", "lucia@verdi.it"));
        assertThat(found).extracting(r -> r.to().delivery()).containsOnly(DeliveryMode.EACH_AS_IT_HAPPENS);
    }

    @Test
    void C1_an_account_nobody_is_notified_on_or_an_unknown_one_has_no_recipients() {
        assertThat(recipients().recipients(List.of(invoice(AccountId.random())))).isEmpty();
        assertThat(recipients().recipients(List.of())).isEmpty();
    }

    @Test
    void issue11_an_address_that_chose_other_categories_is_left_out_unless_the_firm_locked_the_category() {
        preferences().save(firm.rossi.id(), NotificationFixture.LUCIA,
                NotificationPreferences.only(Set.of(NotificationCategory.DOCUMENT_UPLOADS), DeliveryMode.DAILY_DIGEST));

        assertThat(emailsOf(recipients().recipients(List.of(invoice(firm.rossi.id()))))).containsExactly("mario@rossi.it");

        locked().save(new LockedCategories(Set.of(NotificationCategory.INVOICES_AND_PAYMENTS)));
        List<Recipient> withLock = recipients().recipients(List.of(invoice(firm.rossi.id()), message(firm.rossi.id())));
        assertThat(withLock).extracting(Recipient::notification, r -> r.to().email().lookupKey(), r -> r.to().delivery())
                .containsExactlyInAnyOrder(
                        tuple(0, "mario@rossi.it", DeliveryMode.EACH_AS_IT_HAPPENS),
                        tuple(0, "lucia@verdi.it", DeliveryMode.DAILY_DIGEST),
                        tuple(1, "mario@rossi.it", DeliveryMode.EACH_AS_IT_HAPPENS));
    }

    @Test
    void C3_login_on_without_a_portal_user_is_pending_until_it_activates() {
        assertThat(pendingOf(recipients().recipients(List.of(invoice(firm.rossi.id())))))
                .containsExactlyInAnyOrderEntriesOf(Map.of("mario@rossi.it", true, "lucia@verdi.it", false));

        users().add(PortalUser.activate(new EmailAddress("mario@ROSSI.it"), "hash", AccountFixtures.NOW));

        assertThat(pendingOf(recipients().recipients(List.of(invoice(firm.rossi.id())))))
                .containsExactlyInAnyOrderEntriesOf(Map.of("mario@rossi.it", false, "lucia@verdi.it", false));
    }

    @Test
    void issue11_each_recipient_has_its_contacts_language_or_else_the_firms() {
        firmSpeaks(Locale.ITALIAN);
        contactSpeaks(firm.lucia.id(), Locale.FRENCH);

        assertThat(recipients().recipients(List.of(invoice(firm.rossi.id()))))
                .extracting(r -> r.to().email().lookupKey(), r -> r.to().language())
                .containsExactlyInAnyOrder(tuple("mario@rossi.it", Locale.ITALIAN), tuple("lucia@verdi.it", Locale.FRENCH));
    }

    private static List<String> emailsOf(List<Recipient> found) {
        return found.stream().map(r -> r.to().email().lookupKey()).toList();
    }

    private static Map<String, Boolean> pendingOf(List<Recipient> found) {
        return found.stream().collect(java.util.stream.Collectors.toMap(r -> r.to().email().lookupKey(), r -> r.to().pending()));
    }
}
