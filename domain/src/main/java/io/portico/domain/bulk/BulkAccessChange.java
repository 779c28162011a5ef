package io.portico.domain.bulk;

import io.portico.domain.access.AccessToggle;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.access.Invite;
import io.portico.domain.notification.NotificationPreferences;
import io.portico.domain.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * E3: one bulk edit of LOGIN, NOTIFY and EMAIL SYNC for every address of every contact linked to the chosen
 * accounts. At least one toggle changes; an invitation (B1) is only asked for with LOGIN turned on, and the
 * notification preferences only with NOTIFY turned on (issue 11, item 1: they are given to each address
 * whose NOTIFY goes on). Like a toggle turned by hand (F5), an address already as asked is left alone, and
 * an address that has activated already is not invited (it can log in).
 */
public record BulkAccessChange(ToggleChoice login, ToggleChoice notifications, ToggleChoice sync, Optional<Invite> invite,
                               Optional<NotificationPreferences> preferences) {

    public BulkAccessChange {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(notifications, "notifications");
        Objects.requireNonNull(sync, "sync");
        Objects.requireNonNull(invite, "invite");
        Objects.requireNonNull(preferences, "preferences");
        if (login == ToggleChoice.KEEP && notifications == ToggleChoice.KEEP && sync == ToggleChoice.KEEP) {
            throw new InvalidInputException("toggles", "bulk-access.nothing-chosen");
        }
        if (invite.isPresent() && login != ToggleChoice.ENABLE) {
            throw new InvalidInputException("invite", "bulk-access.invite-needs-login");
        }
        if (preferences.isPresent() && notifications != ToggleChoice.ENABLE) {
            throw new InvalidInputException("preferences", "bulk-access.preferences-need-notify");
        }
    }

    public Map<AccessToggle, ToggleChoice> choices() {
        return Map.of(AccessToggle.LOGIN, login, AccessToggle.NOTIFY, notifications, AccessToggle.EMAIL_SYNC, sync);
    }

    /** The address's toggles once the edit is applied. */
    public EmailAccess applyTo(EmailAccess access) {
        return sync.applyTo(notifications.applyTo(login.applyTo(access, AccessToggle.LOGIN), AccessToggle.NOTIFY), AccessToggle.EMAIL_SYNC);
    }

    /** Whether the edit turns anything on: then a contact without an address is reported, as it gets nothing. */
    public boolean turnsOn() {
        return login == ToggleChoice.ENABLE || notifications == ToggleChoice.ENABLE || sync == ToggleChoice.ENABLE;
    }

    /** What the edit does to the account as read now; {@code mayEdit}: the starter may still edit it (F2, F3). */
    public AccountPlan plan(BulkAccount account, boolean mayEdit) {
        if (!mayEdit || !account.visible()) {
            return new AccountPlan.Skipped(account.id(), account.name());
        }
        if (account.archived()) {
            return new AccountPlan.Archived(account.id(), account.name());
        }
        var changes = new ArrayList<AddressChange>();
        var invitees = new ArrayList<Invitee>();
        var withoutAddress = new ArrayList<String>();
        for (BulkContact contact : account.contacts()) {
            if (contact.addresses().isEmpty() && turnsOn()) {
                withoutAddress.add(contact.name());
            }
            for (BulkAddress address : contact.addresses()) {
                EmailAccess after = applyTo(address.access());
                if (after.equals(address.access())) {
                    continue;
                }
                var change = new AddressChange(account.id(), contact.id(), address.access(), after);
                changes.add(change);
                if (invite.isPresent() && change.turnedOn(AccessToggle.LOGIN) && !address.activated()) {
                    invitees.add(new Invitee(account.id(), account.name(), after.email(), contact.language()));
                }
            }
        }
        return new AccountPlan.Planned(account.id(), account.name(), changes, invitees, withoutAddress);
    }
}
