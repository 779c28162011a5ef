package io.portico.domain.bulk;

import io.portico.domain.account.AccountId;
import java.util.List;
import java.util.Objects;

/** What a bulk edit does to one account: skips it, or changes these addresses and invites these. */
public sealed interface AccountPlan {

    AccountId account();

    /** E3: an account the staff member may not edit (or no longer see) is left as it is. */
    record Skipped(AccountId account, String name) implements AccountPlan {

        public Skipped {
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(name, "name");
        }
    }

    /** Issue 14, item 1: an archived account is left as it is, its clients untouched until it is restored. */
    record Archived(AccountId account, String name) implements AccountPlan {

        public Archived {
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * @param changes            the addresses whose toggles change; none when everything already is as asked
     * @param invitees           B1: the addresses whose LOGIN goes on and who are to be invited
     * @param withoutAddress     the names of the contacts that have no address, so nothing to turn on (E3)
     */
    record Planned(AccountId account, String name, List<AddressChange> changes, List<Invitee> invitees,
                   List<String> withoutAddress) implements AccountPlan {

        public Planned {
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(name, "name");
            changes = List.copyOf(changes);
            invitees = List.copyOf(invitees);
            withoutAddress = List.copyOf(withoutAddress);
        }

        /** How many of the account's contacts have an address that changes. */
        public long contactsChanged() {
            return changes.stream().map(AddressChange::contact).distinct().count();
        }
    }
}
