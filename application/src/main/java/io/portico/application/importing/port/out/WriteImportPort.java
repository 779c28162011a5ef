package io.portico.application.importing.port.out;

import io.portico.domain.account.Account;
import io.portico.domain.account.access.HistoryEntry;
import io.portico.domain.contact.Contact;
import io.portico.domain.job.JobId;
import io.portico.domain.staff.StaffId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Issue 12 item 7: one chunk of an import written at once (set-based), and remembered for its undo. */
public interface WriteImportPort {

    /**
     * In the caller's transaction: the new contacts, the new accounts (with their team, links, toggles, tags and
     * values) and their history, all recorded as the import's.
     */
    void write(JobId job, ImportBatch batch);

    /** Of these address keys, those given LOGIN on an account this import has created so far. */
    Set<String> loginGiven(JobId job, Collection<String> emailKeys);

    record ImportBatch(List<Contact> contacts, List<Account> accounts, List<HistoryEntry> history, StaffId by, Instant at) {

        public ImportBatch {
            contacts = List.copyOf(contacts);
            accounts = List.copyOf(accounts);
            history = List.copyOf(history);
        }
    }
}
