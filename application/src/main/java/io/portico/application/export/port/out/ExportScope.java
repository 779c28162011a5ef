package io.portico.application.export.port.out;

import io.portico.domain.account.AccountId;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Issue 14 item 3: what an export holds, resolved by the use case when the file is built. */
public sealed interface ExportScope {

    /** The sections written, in this order. */
    Set<ExportSection> sections();

    /**
     * A staff export: the account, every linked contact, its history and notes, its messages, the synced mail of its
     * addresses with EMAIL SYNC on ({@code mailAddresses}, lookup keys) and its documents.
     */
    record WholeAccount(AccountId account, Set<String> mailAddresses) implements ExportScope {

        public WholeAccount {
            Objects.requireNonNull(account, "account");
            mailAddresses = Set.copyOf(mailAddresses);
        }

        @Override
        public Set<ExportSection> sections() {
            return EnumSet.allOf(ExportSection.class);
        }
    }

    /**
     * A client's own data: the contact holding {@code address} (a lookup key) with its addresses, its toggles, the
     * messages and notifications of the {@code accounts} it has LOGIN on; and, on the {@code syncAccounts} (LOGIN and
     * EMAIL SYNC on), the mail with that address and the documents kept from it. Nothing of another contact.
     */
    record OwnData(String address, List<AccountId> accounts, List<AccountId> syncAccounts) implements ExportScope {

        public OwnData {
            Objects.requireNonNull(address, "address");
            accounts = List.copyOf(accounts);
            syncAccounts = List.copyOf(syncAccounts);
            if (!accounts.containsAll(syncAccounts)) {
                throw new IllegalArgumentException("mail is only exported from accounts the client may log in to");
            }
        }

        @Override
        public Set<ExportSection> sections() {
            return EnumSet.complementOf(EnumSet.of(ExportSection.HISTORY, ExportSection.NOTES));
        }

        /** The addresses whose mail is exported: the client's own, while it has EMAIL SYNC somewhere. */
        public Set<String> mailAddresses() {
            return syncAccounts.isEmpty() ? Set.of() : Set.of(address);
        }
    }
}
