package io.portico.ui.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import io.portico.application.account.AccountFixtures;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.notification.port.in.NotificationPreferencesQuery;
import io.portico.application.notification.port.out.LockedCategoriesPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.port.out.PasswordHasher;
import io.portico.domain.account.Account;
import io.portico.domain.contact.Contact;
import io.portico.domain.notification.DeliveryMode;
import io.portico.domain.notification.LockedCategories;
import io.portico.domain.notification.NotificationCategory;
import io.portico.domain.notification.NotificationPreferences;
import io.portico.domain.portal.PortalUser;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.staff.StaffId;
import io.portico.ui.support.StaffViewTest;
import io.portico.ui.support.TestFirm;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 11, item 1: My profile → Notifications, per account where the client's address has LOGIN on. */
class PortalNotificationsViewTest extends StaffViewTest {

    private static final String PASSWORD = "my portal passphrase";

    @Autowired
    ContactPort contacts;
    @Autowired
    AccountPort accounts;
    @Autowired
    PortalUserPort users;
    @Autowired
    PasswordHasher hasher;
    @Autowired
    Transactions transactions;
    @Autowired
    NotificationPreferencesQuery preferences;
    @Autowired
    LockedCategoriesPort locked;

    private final EmailAddress email = new EmailAddress("client-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com");
    private StaffId owner;
    private Account account;

    @BeforeEach
    void aSignedInClient() {
        owner = authenticate.authenticate(TestFirm.OWNER_EMAIL, TestFirm.OWNER_PASSWORD).orElseThrow().id();
        Contact client = transactions.inTransaction(() -> AccountFixtures.contact(contacts, owner, "Mario", "Rossi", email.value()));
        account = AccountFixtures.individual("Rossi " + email.value(), Set.of(owner), AccountFixtures.loginFor(client, email.value()));
        transactions.inTransaction(() -> {
            accounts.add(account, owner, Instant.now());
            users.add(PortalUser.activate(email, hasher.hash(PASSWORD), Instant.now()));
        });
        PortalLoginView login = navigate(PortalLoginView.class);
        test(login.email).setValue(email.value());
        test(login.password).setValue(PASSWORD);
        test(login.submit).click();
    }

    /** The other view tests share the firm: nothing stays locked. */
    @AfterEach
    void unlock() {
        locked.save(LockedCategories.NONE);
    }

    @Test
    @SuppressWarnings("unchecked")
    void issue11_1_a_client_turns_a_category_off_and_a_locked_one_stays_on() {
        locked.save(new LockedCategories(Set.of(NotificationCategory.INVOICES_AND_PAYMENTS)));
        PortalProfileView profile = navigate(PortalProfileView.class);
        assertThat(profile.notifications.getHref()).isEqualTo(PortalRoutes.NOTIFICATIONS);

        PortalNotificationsView page = navigate(PortalNotificationsView.class);
        PortalNotificationsView.Section section = page.sections.stream().filter(s -> s.shown.account().equals(account.id()))
                .findFirst().orElseThrow();
        test((RadioButtonGroup<Boolean>) find(RadioButtonGroup.class, section).all().getFirst()).selectItem("Only the categories checked");
        Checkbox invoices = box(section, "Invoices and payments");
        assertThat(invoices.getValue()).isTrue();
        assertThat(invoices.isEnabled()).isFalse();
        assertThat(section.getElement().getTextRecursively()).contains("Locked by the firm: always sent");
        test(box(section, "Chats and client tasks")).click();
        test(section.save).click();

        assertThat(section.saved.getText()).isEqualTo("Your choices are saved.");
        NotificationPreferences saved = preferences.preferences(owner, account.id(), email).orElseThrow().preferences();
        assertThat(saved.receives(NotificationCategory.CHATS_AND_CLIENT_TASKS, LockedCategories.NONE)).isFalse();
        assertThat(saved.receives(NotificationCategory.DOCUMENT_UPLOADS, LockedCategories.NONE)).isTrue();
        assertThat(saved.delivery()).isEqualTo(DeliveryMode.EACH_AS_IT_HAPPENS);
    }

    private Checkbox box(PortalNotificationsView.Section section, String label) {
        return find(Checkbox.class, section).all().stream().filter(box -> label.equals(box.getLabel())).findFirst().orElseThrow();
    }
}
