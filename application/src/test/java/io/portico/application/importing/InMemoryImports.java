package io.portico.application.importing;

import io.portico.application.account.InMemoryAccounts;
import io.portico.application.audit.InMemoryAccessAudit;
import io.portico.application.contact.InMemoryContacts;
import io.portico.application.importing.port.out.ContactOwnersPort;
import io.portico.application.importing.port.out.ImportMappingPort;
import io.portico.application.importing.port.out.ImportStagingPort;
import io.portico.application.importing.port.out.UndoImportPort;
import io.portico.application.importing.port.out.WriteImportPort;
import io.portico.application.shared.port.out.CsvPort.CsvRow;
import io.portico.domain.account.Account;
import io.portico.domain.account.AccountId;
import io.portico.domain.contact.Contact;
import io.portico.domain.contact.ContactId;
import io.portico.domain.importing.ImportId;
import io.portico.domain.job.JobId;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.staff.StaffId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** The import's ports in memory, writing through the account, contact and history fakes. */
public final class InMemoryImports implements ImportStagingPort, ImportMappingPort, ContactOwnersPort, WriteImportPort, UndoImportPort {

    private record File(StaffId by, List<String> header, List<CsvRow> rows, boolean started, Instant at) {
    }

    private final Map<ImportId, File> files = new ConcurrentHashMap<>();
    private final Map<List<Object>, List<String>> mappings = new ConcurrentHashMap<>();
    private final Map<JobId, Set<AccountId>> accountsOf = new ConcurrentHashMap<>();
    private final Map<JobId, Set<ContactId>> contactsOf = new ConcurrentHashMap<>();
    private final Set<JobId> undone = ConcurrentHashMap.newKeySet();
    private final InMemoryAccounts accounts;
    private final InMemoryContacts contacts;
    private final InMemoryAccessAudit history;

    public InMemoryImports(InMemoryAccounts accounts, InMemoryContacts contacts, InMemoryAccessAudit history) {
        this.accounts = accounts;
        this.contacts = contacts;
        this.history = history;
    }

    @Override
    public void create(ImportId id, StaffId by, List<String> header, Instant at) {
        files.put(id, new File(by, List.copyOf(header), new ArrayList<>(), false, at));
    }

    @Override
    public synchronized void addRows(ImportId id, List<CsvRow> rows) {
        files.get(id).rows().addAll(rows);
    }

    @Override
    public Optional<StagedFile> find(ImportId id) {
        return Optional.ofNullable(files.get(id)).map(file -> new StagedFile(id, file.by(), file.header(), file.rows().size()));
    }

    @Override
    public synchronized List<StagedRow> rows(ImportId id, long after, int limit) {
        List<CsvRow> rows = Optional.ofNullable(files.get(id)).map(File::rows).orElse(List.of());
        return rows.stream().filter(row -> row.number() > after).limit(limit).map(row -> new StagedRow(row.number(), row.values(),
                rows.stream().filter(earlier -> earlier.number() < row.number() && earlier.values().equals(row.values()))
                        .mapToLong(CsvRow::number).findFirst())).toList();
    }

    @Override
    public synchronized boolean start(ImportId id, Instant at) {
        File file = files.get(id);
        if (file == null || file.started()) {
            return false;
        }
        files.put(id, new File(file.by(), file.header(), file.rows(), true, file.at()));
        return true;
    }

    @Override
    public void remove(ImportId id) {
        files.remove(id);
    }

    @Override
    public synchronized int removeStagedBefore(Instant before) {
        var stale = files.entrySet().stream().filter(file -> file.getValue().at().isBefore(before)).map(Map.Entry::getKey).toList();
        stale.forEach(files::remove);
        return stale.size();
    }

    @Override
    public Optional<List<String>> remembered(StaffId staff, List<String> header) {
        return Optional.ofNullable(mappings.get(List.of(staff, header)));
    }

    @Override
    public void remember(StaffId staff, List<String> header, List<String> codes) {
        mappings.put(List.of(staff, List.copyOf(header)), List.copyOf(codes));
    }

    @Override
    public Map<String, ContactOwner> owners(Collection<String> emailKeys, StaffId viewer) {
        Map<String, ContactOwner> owners = new HashMap<>();
        for (Contact contact : contacts.all()) {
            List<Account> linked = accounts.all().stream().filter(a -> a.links().stream().anyMatch(l -> l.contactId().equals(contact.id()))).toList();
            boolean visible = linked.isEmpty() || linked.stream().anyMatch(a -> a.hasTeamMember(viewer));
            boolean archived = linked.stream().anyMatch(a -> accounts.archive().archivedAt(a.id()).isPresent());
            contact.emails().all().stream().map(EmailAddress::lookupKey).filter(emailKeys::contains)
                    .forEach(key -> owners.put(key, new ContactOwner(contact.id(), contact.name(), contact.emails().all(), visible, archived)));
        }
        return owners;
    }

    @Override
    public synchronized void write(JobId job, ImportBatch batch) {
        batch.contacts().forEach(contact -> contacts.add(contact, batch.by(), batch.at()));
        batch.accounts().forEach(account -> accounts.add(account, batch.by(), batch.at()));
        batch.history().forEach(history::record);
        accountsOf.computeIfAbsent(job, key -> ConcurrentHashMap.newKeySet())
                .addAll(batch.accounts().stream().map(Account::id).toList());
        contactsOf.computeIfAbsent(job, key -> ConcurrentHashMap.newKeySet())
                .addAll(batch.contacts().stream().map(Contact::id).toList());
    }

    @Override
    public Set<String> loginGiven(JobId job, Collection<String> emailKeys) {
        return accountsOf.getOrDefault(job, Set.of()).stream().map(accounts::find).flatMap(Optional::stream)
                .flatMap(a -> a.links().stream()).flatMap(l -> l.access().stream()).filter(a -> a.login())
                .map(a -> a.email().lookupKey()).filter(emailKeys::contains).collect(Collectors.toSet());
    }

    @Override
    public int touched(JobId job) {
        return (int) accountsOf.getOrDefault(job, Set.of()).stream().filter(id -> accounts.find(id).map(a -> a.version() > 0).orElse(false)
                || history.history(id, Integer.MAX_VALUE).stream().anyMatch(e -> !e.by().job().equals(Optional.of(job.value())))).count();
    }

    @Override
    public boolean undone(JobId job) {
        return undone.contains(job);
    }

    @Override
    public synchronized Removed remove(JobId job, Instant at) {
        Set<AccountId> removed = accountsOf.getOrDefault(job, Set.of());
        removed.forEach(id -> {
            accounts.remove(id);
            history.forget(id);
        });
        Set<ContactId> stillLinked = new HashSet<>();
        accounts.all().forEach(a -> a.links().forEach(l -> stillLinked.add(l.contactId())));
        List<ContactId> gone = contactsOf.getOrDefault(job, Set.of()).stream().filter(id -> !stillLinked.contains(id)).toList();
        gone.forEach(contacts::remove);
        undone.add(job);
        return new Removed(removed.size(), gone.size());
    }
}
