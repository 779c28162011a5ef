package io.portico.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import io.portico.application.account.AccountFixtures;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.notification.port.in.NotificationPreferencesQuery;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.account.Account;
import io.portico.domain.contact.Contact;
import io.portico.domain.notification.DeliveryMode;
import io.portico.domain.notification.NotificationCategory;
import io.portico.domain.notification.NotificationPreferences;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.staff.StaffId;
import io.portico.ui.support.StaffViewTest;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 11, item 1: ⋯ → Notification preferences next to an address on the Info tab. */
class PreferencesDialogTest extends StaffViewTest {

    @Autowired
    ContactPort contacts;
    @Autowired
    AccountPort accounts;
    @Autowired
    Transactions transactions;
    @Autowired
    NotificationPreferencesQuery preferences;

    private final EmailAddress email = new EmailAddress("client-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com");
    private StaffId owner;
    private Account account;

    @BeforeEach
    void anAccount() {
        owner = new StaffId(signInAsOwner().id());
        Contact client = transactions.inTransaction(() -> AccountFixtures.contact(contacts, owner, "Mario", "Rossi", email.value()));
        account = AccountFixtures.individual("Rossi " + email.value(), Set.of(owner), AccountFixtures.loginFor(client, email.value()));
        transactions.inTransaction(() -> accounts.add(account, owner, Instant.now()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void issue11_1_staff_choose_categories_and_the_daily_digest_from_the_addresses_menu() {
        AccountView profile = navigate(AccountView.class, account.id().value().toString());
        test(profile.tabs).select("Info");
        new MenuBarTester<>(find(MenuBar.class, profile).single()).clickItem("⋯", "Notification preferences");

        PreferencesDialog dialog = find(PreferencesDialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Notification preferences · " + email.value());
        var groups = find(RadioButtonGroup.class, dialog).all();
        test((RadioButtonGroup<Boolean>) groups.get(0)).selectItem("Only the categories checked");
        test(find(Checkbox.class, dialog).all().stream().filter(box -> "Chats and client tasks".equals(box.getLabel())).findFirst()
                .orElseThrow()).click();
        test((RadioButtonGroup<DeliveryMode>) groups.get(1)).selectItem("One daily digest");
        test(dialog.save).click();

        NotificationPreferences saved = preferences.preferences(owner, account.id(), email).orElseThrow().preferences();
        assertThat(saved.chosen()).hasSize(7).doesNotContain(NotificationCategory.CHATS_AND_CLIENT_TASKS);
        assertThat(saved.delivery()).isEqualTo(DeliveryMode.DAILY_DIGEST);
        assertThat(dialog.isOpened()).isFalse();
    }
}
