package io.portico.application.account;

import io.portico.application.account.port.in.CustomFieldChange;
import io.portico.application.account.port.in.CustomFieldHistoryEntry;
import io.portico.application.account.port.in.CustomFieldHistoryQuery;
import io.portico.application.account.port.in.EditAccountDetailsCommand;
import io.portico.application.account.port.in.EditAccountDetailsUseCase;
import io.portico.application.account.port.in.EditContactDetailsCommand;
import io.portico.application.account.port.in.EditContactDetailsUseCase;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.account.port.out.CustomFieldHistoryPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.customfield.port.out.CustomFieldPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.account.Account;
import io.portico.domain.account.AccountId;
import io.portico.domain.contact.Contact;
import io.portico.domain.customfield.CustomField;
import io.portico.domain.customfield.CustomFieldId;
import io.portico.domain.customfield.CustomFieldScope;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.staff.StaffId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * F4, F5: tags (A5) and custom field values (A7) of accounts and contacts. They are part of the account's
 * or contact's save, so its version guards them too (no lost updates). Changes of account values are
 * kept as history, in the same transaction.
 */
public final class EditDetailsService implements EditAccountDetailsUseCase, EditContactDetailsUseCase, CustomFieldHistoryQuery {

    private static final int HISTORY = 200;

    private final AccountPort accounts;
    private final ContactPort contacts;
    private final CustomFieldPort fields;
    private final CustomFieldHistoryPort history;
    private final StaffPort staff;
    private final Viewers viewers;
    private final Transactions transactions;
    private final Clock clock;

    public EditDetailsService(AccountPort accounts, ContactPort contacts, CustomFieldPort fields, CustomFieldHistoryPort history,
                              StaffPort staff, Viewers viewers, Transactions transactions, Clock clock) {
        this.accounts = accounts;
        this.contacts = contacts;
        this.fields = fields;
        this.history = history;
        this.staff = staff;
        this.viewers = viewers;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void edit(EditAccountDetailsCommand command) {
        transactions.inTransaction(() -> {
            Account account = viewers.editable(command.actor(), command.account()).withVersion(command.version());
            Instant now = clock.instant();
            List<CustomFieldChange> changes = new ArrayList<>();
            Map<CustomFieldId, String> values = applied(CustomFieldScope.ACCOUNT, account.customValues(), command.customValues(),
                    (field, before, after) -> changes.add(new CustomFieldChange(account.id(), field, command.actor(), now, before, after)));
            accounts.update(account.withDetails(command.tags(), values), command.actor(), now);
            changes.forEach(history::record);
        });
    }

    @Override
    public void edit(EditContactDetailsCommand command) {
        transactions.inTransaction(() -> {
            Account account = viewers.editable(command.actor(), command.account());
            if (account.links().stream().noneMatch(link -> link.contactId().equals(command.contact()))) {
                throw new InvalidInputException("contact", "account.contact-not-linked");
            }
            Contact contact = contacts.find(command.contact())
                    .orElseThrow(() -> new InvalidInputException("contact", "contact.not-found"))
                    .withVersion(command.version());
            Map<CustomFieldId, String> values = applied(CustomFieldScope.CONTACT, contact.customValues(), command.customValues(),
                    (field, before, after) -> { });
            contacts.update(contact.withDetails(command.tags(), values), command.actor(), clock.instant());
        });
    }

    @Override
    public List<CustomFieldHistoryEntry> history(StaffId viewer, AccountId account, CustomFieldId field) {
        if (viewers.visible(viewer, account).isEmpty()) {
            return List.of();
        }
        Map<StaffId, String> names = new HashMap<>();
        return history.history(account, field, HISTORY).stream()
                .map(change -> new CustomFieldHistoryEntry(names.computeIfAbsent(change.by(), this::nameOf), change.at(),
                        change.oldValue(), change.newValue()))
                .toList();
    }

    private interface Changed {
        void value(CustomFieldId field, String before, String after);
    }

    /**
     * The stored values with the typed ones applied. A value typed as it is stored is left alone
     * (so one whose dropdown option was removed since is kept); any other is checked by its field.
     */
    private Map<CustomFieldId, String> applied(CustomFieldScope scope, Map<CustomFieldId, String> stored, Map<CustomFieldId, String> typed,
                                               Changed changed) {
        Map<CustomFieldId, String> values = new HashMap<>(stored);
        typed.forEach((id, raw) -> {
            CustomField field = fields.require(id, scope);
            String before = stored.getOrDefault(id, "");
            if ((raw == null ? "" : raw.strip()).equals(before)) {
                return;
            }
            Optional<String> value = field.valueOf(raw);
            String after = value.orElse("");
            if (after.equals(before)) {
                return;
            }
            value.ifPresentOrElse(v -> values.put(id, v), () -> values.remove(id));
            changed.value(id, before, after);
        });
        return values;
    }

    private String nameOf(StaffId member) {
        return staff.findById(member).map(m -> m.name().full()).orElse("?");
    }
}
