package io.portico.application.bulk;

import io.portico.application.account.port.PortalStatus;
import io.portico.application.bulk.port.AccountFilter;
import io.portico.application.bulk.port.AccountSelection;
import io.portico.application.bulk.port.in.BulkAccessCommand;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.AccountType;
import io.portico.domain.account.access.Invite;
import io.portico.domain.bulk.BulkAccessChange;
import io.portico.domain.bulk.ToggleChoice;
import io.portico.domain.job.JobParameters;
import io.portico.domain.notification.DeliveryMode;
import io.portico.domain.notification.NotificationCategory;
import io.portico.domain.notification.NotificationPreferences;
import io.portico.domain.staff.StaffId;
import io.portico.domain.tag.TagId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A bulk edit as its job stores it, read back the same by every chunk on any node. */
final class BulkAccessParameters {

    private static final String ACCOUNTS = "accounts";
    private static final String TYPE = "filter.type";
    private static final String TEAM = "filter.team";
    private static final String PORTAL = "filter.portal";
    private static final String TAG = "filter.tag";
    private static final String LOGIN = "login";
    private static final String NOTIFY = "notify";
    private static final String SYNC = "sync";
    private static final String INVITE = "invite";
    private static final String ALL = "preferences.all";
    private static final String CATEGORIES = "preferences.categories";
    private static final String DELIVERY = "preferences.delivery";

    private BulkAccessParameters() {
    }

    static JobParameters of(BulkAccessCommand command) {
        var values = new HashMap<String, String>();
        switch (command.selection()) {
            case AccountSelection.Chosen chosen -> values.put(ACCOUNTS,
                    chosen.accounts().stream().map(id -> id.value().toString()).collect(Collectors.joining(",")));
            case AccountSelection.Matching matching -> {
                AccountFilter filter = matching.filter();
                values.put(TYPE, filter.type().map(Enum::name).orElse(""));
                values.put(TEAM, filter.teamMember().map(member -> member.value().toString()).orElse(""));
                values.put(PORTAL, filter.portalStatus().map(Enum::name).orElse(""));
                values.put(TAG, filter.tag().map(tag -> tag.value().toString()).orElse(""));
            }
        }
        BulkAccessChange change = command.change();
        values.put(LOGIN, change.login().name());
        values.put(NOTIFY, change.notifications().name());
        values.put(SYNC, change.sync().name());
        change.invite().ifPresent(invite -> values.put(INVITE, invite.personalMessage()));
        change.preferences().ifPresent(preferences -> {
            values.put(ALL, String.valueOf(preferences.all()));
            values.put(CATEGORIES, preferences.chosen().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
            values.put(DELIVERY, preferences.delivery().name());
        });
        return new JobParameters(values);
    }

    static BulkAccessCommand command(JobParameters parameters, StaffId by) {
        return new BulkAccessCommand(by, selection(parameters), change(parameters));
    }

    private static AccountSelection selection(JobParameters parameters) {
        if (parameters.has(ACCOUNTS)) {
            return new AccountSelection.Chosen(Arrays.stream(parameters.get(ACCOUNTS).split(","))
                    .map(id -> new AccountId(UUID.fromString(id))).toList());
        }
        return new AccountSelection.Matching(new AccountFilter(optional(parameters, TYPE, AccountType::valueOf),
                optional(parameters, TEAM, id -> new StaffId(UUID.fromString(id))), optional(parameters, PORTAL, PortalStatus::valueOf),
                optional(parameters, TAG, id -> new TagId(UUID.fromString(id)))));
    }

    private static BulkAccessChange change(JobParameters parameters) {
        Optional<NotificationPreferences> preferences = parameters.has(DELIVERY)
                ? Optional.of(new NotificationPreferences(Boolean.parseBoolean(parameters.get(ALL)),
                        parameters.get(CATEGORIES).isEmpty() ? Set.of() : Arrays.stream(parameters.get(CATEGORIES).split(","))
                                .map(NotificationCategory::valueOf).collect(Collectors.toSet()),
                        DeliveryMode.valueOf(parameters.get(DELIVERY))))
                : Optional.empty();
        return new BulkAccessChange(ToggleChoice.valueOf(parameters.get(LOGIN)), ToggleChoice.valueOf(parameters.get(NOTIFY)),
                ToggleChoice.valueOf(parameters.get(SYNC)),
                parameters.has(INVITE) ? Optional.of(new Invite(parameters.get(INVITE))) : Optional.empty(), preferences);
    }

    private static <T> Optional<T> optional(JobParameters parameters, String name, Function<String, T> read) {
        String value = parameters.get(name);
        return value.isEmpty() ? Optional.empty() : Optional.of(read.apply(value));
    }
}
