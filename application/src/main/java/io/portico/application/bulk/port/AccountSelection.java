package io.portico.application.bulk.port;

import io.portico.domain.account.AccountId;
import io.portico.domain.shared.InvalidInputException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/** E3: the accounts a bulk edit reaches — those ticked, or all the viewer may see that match the list's filter. */
public sealed interface AccountSelection {

    /** The accounts ticked on the page, each once. */
    record Chosen(List<AccountId> accounts) implements AccountSelection {

        public Chosen {
            accounts = List.copyOf(new LinkedHashSet<>(accounts));
            if (accounts.isEmpty()) {
                throw new InvalidInputException("accounts", "bulk-access.accounts.required");
            }
        }
    }

    /** "All N accounts matching the filter": read again, chunk by chunk, when the job runs. */
    record Matching(AccountFilter filter) implements AccountSelection {

        public Matching {
            Objects.requireNonNull(filter, "filter");
        }
    }
}
