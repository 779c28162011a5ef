package io.portico.application.notification;

import io.portico.application.account.Viewers;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.notification.port.in.AddressPreferences;
import io.portico.application.notification.port.in.ChangeNotificationPreferencesCommand;
import io.portico.application.notification.port.in.ChangeNotificationPreferencesUseCase;
import io.portico.application.notification.port.in.ChangeOwnNotificationPreferencesCommand;
import io.portico.application.notification.port.in.ChangeOwnNotificationPreferencesUseCase;
import io.portico.application.notification.port.in.NotificationPreferencesQuery;
import io.portico.application.notification.port.out.LockedCategoriesPort;
import io.portico.application.notification.port.out.NotificationPreferencesPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.Account;
import io.portico.domain.account.AccountId;
import io.portico.domain.portal.PortalUserId;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.staff.StaffId;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Issue 11, item 1: staff keep an address's preferences on accounts they may edit; a client keeps their own on
 * the accounts where their address has LOGIN on. An id the caller may not reach reads as "not found".
 */
public final class NotificationPreferencesService implements ChangeNotificationPreferencesUseCase,
        ChangeOwnNotificationPreferencesUseCase, NotificationPreferencesQuery {

    private final Viewers viewers;
    private final AccountPort accounts;
    private final PortalAddresses addresses;
    private final NotificationPreferencesPort preferences;
    private final LockedCategoriesPort locked;
    private final Transactions transactions;

    public NotificationPreferencesService(Viewers viewers, AccountPort accounts, PortalAddresses addresses,
                                          NotificationPreferencesPort preferences, LockedCategoriesPort locked,
                                          Transactions transactions) {
        this.viewers = viewers;
        this.accounts = accounts;
        this.addresses = addresses;
        this.preferences = preferences;
        this.locked = locked;
        this.transactions = transactions;
    }

    @Override
    public void change(ChangeNotificationPreferencesCommand command) {
        transactions.inTransaction(() -> {
            Account account = viewers.editable(command.actor(), command.account());
            if (!hasAddress(account, command.email(), access -> true)) {
                throw new InvalidInputException("email", "notification.address-not-on-account", command.email().value());
            }
            preferences.save(account.id(), command.email(), command.preferences());
        });
    }

    @Override
    public void change(ChangeOwnNotificationPreferencesCommand command) {
        transactions.inTransaction(() -> {
            EmailAddress email = addresses.of(command.user())
                    .orElseThrow(() -> new InvalidInputException("account", "account.not-found"));
            Account account = accounts.find(command.account()).filter(found -> hasAddress(found, email, EmailAccess::login))
                    .orElseThrow(() -> new InvalidInputException("account", "account.not-found"));
            preferences.save(account.id(), email, command.preferences());
        });
    }

    @Override
    public Optional<AddressPreferences> preferences(StaffId viewer, AccountId account, EmailAddress email) {
        return viewers.visible(viewer, account).filter(found -> hasAddress(found, email, access -> true))
                .map(found -> view(found, email));
    }

    @Override
    public List<AddressPreferences> own(PortalUserId user) {
        return addresses.of(user).map(email -> addresses.loginAccounts(email).stream()
                        .flatMap(reached -> accounts.find(reached).stream())
                        .filter(account -> hasAddress(account, email, EmailAccess::login))
                        .map(account -> view(account, email))
                        .toList())
                .orElse(List.of());
    }

    private AddressPreferences view(Account account, EmailAddress email) {
        return new AddressPreferences(account.id(), account.name().value(), email, preferences.load(account.id(), email),
                locked.load());
    }

    /** The address is one of the account's contacts' (and its access there passes {@code test}). */
    private static boolean hasAddress(Account account, EmailAddress email, Predicate<EmailAccess> test) {
        return account.links().stream().flatMap(link -> link.access().stream())
                .anyMatch(a -> a.email().lookupKey().equals(email.lookupKey()) && test.test(a));
    }
}
