package io.portico.ui.account;

import io.portico.application.account.port.in.ChangeAccessUseCase;
import io.portico.application.notification.port.in.ChangeNotificationPreferencesUseCase;
import io.portico.application.notification.port.in.NotificationPreferencesQuery;
import io.portico.application.portal.port.in.LoginStatus;
import io.portico.application.portal.port.in.LoginStatusQuery;
import io.portico.application.portal.port.in.SendInvitationUseCase;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.contact.Contact;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds each address's {@link AccessRow} (F5, B1, B4). The account's portal states are read once per
 * showing, not once per address.
 */
@org.springframework.stereotype.Component
public class AccessRows {

    /** The rows of one account as shown. */
    interface ForAccount {
        AccessRow row(Contact contact, EmailAccess access);
    }

    private final ChangeAccessUseCase changeAccess;
    private final LoginStatusQuery loginStatuses;
    private final SendInvitationUseCase sendInvitation;
    private final NotificationPreferencesQuery preferences;
    private final ChangeNotificationPreferencesUseCase changePreferences;

    AccessRows(ChangeAccessUseCase changeAccess, LoginStatusQuery loginStatuses, SendInvitationUseCase sendInvitation,
               NotificationPreferencesQuery preferences, ChangeNotificationPreferencesUseCase changePreferences) {
        this.changeAccess = changeAccess;
        this.loginStatuses = loginStatuses;
        this.sendInvitation = sendInvitation;
        this.preferences = preferences;
        this.changePreferences = changePreferences;
    }

    ForAccount forAccount(ShownProfile shown) {
        // B4: each address's portal state, by its lookup key
        Map<String, LoginStatus> statuses = loginStatuses.statuses(shown.viewer(), shown.id()).stream()
                .collect(Collectors.toMap(status -> status.email().lookupKey(), Function.identity(), (a, b) -> a));
        return (contact, access) -> new AccessRow(shown, contact, access, Optional.ofNullable(statuses.get(access.email().lookupKey())),
                changeAccess, sendInvitation, preferences, changePreferences);
    }
}
