package io.portico.application.erasure;

import io.portico.application.account.InMemoryAccounts;
import io.portico.application.erasure.port.ErasureCounts;
import io.portico.application.erasure.port.out.ErasePort;
import io.portico.application.erasure.port.out.ErasureScopePort;
import io.portico.domain.account.Account;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.ContactLink;
import io.portico.domain.contact.ContactId;
import io.portico.domain.staff.StaffId;
import java.time.Instant;
import java.util.List;

/**
 * Erasure over the in-memory accounts and contacts: the account and the contacts only it links go, the others stay
 * linked elsewhere. The fakes hold no mail, messages or history, so those counts are zero here.
 */
public final class InMemoryErasure implements ErasureScopePort, ErasePort {

    private final InMemoryAccounts accounts;

    public InMemoryErasure(InMemoryAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public synchronized ErasureCounts ofAccount(AccountId account) {
        List<ContactId> linked = accounts.find(account).map(Account::links).orElse(List.of()).stream().map(ContactLink::contactId).toList();
        int erased = (int) linked.stream().filter(contact -> accounts.linkedAccounts(contact).size() == 1).count();
        return new ErasureCounts(erased, linked.size() - erased, 0, 0, 0, 0, 0, 0);
    }

    @Override
    public synchronized ErasureCounts ofContact(ContactId contact) {
        return new ErasureCounts(accounts.contacts().find(contact).isPresent() ? 1 : 0, 0, 0, 0, 0, 0, 0, 0);
    }

    @Override
    public void holdAccount(AccountId account) {
        // one thread at a time erases here: every method is synchronized
    }

    @Override
    public synchronized ErasureCounts eraseAccount(AccountId account, StaffId by, Instant at) {
        ErasureCounts counts = ofAccount(account);
        List<ContactId> linked = accounts.find(account).map(Account::links).orElse(List.of()).stream().map(ContactLink::contactId).toList();
        List<ContactId> only = linked.stream().filter(contact -> accounts.linkedAccounts(contact).size() == 1).toList();
        accounts.remove(account);
        only.forEach(accounts.contacts()::remove);
        return counts;
    }

    @Override
    public synchronized ErasureCounts eraseContact(ContactId contact, StaffId by, Instant at) {
        ErasureCounts counts = ofContact(contact);
        accounts.contacts().remove(contact);
        return counts;
    }
}
