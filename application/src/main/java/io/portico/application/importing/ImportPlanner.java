package io.portico.application.importing;

import io.portico.application.importing.port.out.ContactOwnersPort;
import io.portico.application.importing.port.out.ContactOwnersPort.ContactOwner;
import io.portico.application.importing.port.out.ImportStagingPort.StagedRow;
import io.portico.domain.contact.Contact;
import io.portico.domain.contact.ContactId;
import io.portico.domain.importing.ImportedRow;
import io.portico.domain.importing.RowVerdict;
import io.portico.domain.job.JobProblem;
import io.portico.domain.shared.EmailAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Issue 12 item 6: decides what each row becomes. No duplicate contacts: a row whose addresses belong to a
 * contact — in the CRM, or made by an earlier row of the file — links that contact; addresses of two
 * different contacts, or of a contact together with unknown ones, reject the row; so does a contact the
 * importer may not see (F2), and one of an archived account (issue 14, item 1). The CRM's owners of a page's addresses are looked up in one query.
 */
public final class ImportPlanner {

    static final String TWO_CONTACTS = "import.reject.addresses-of-two-contacts";
    static final String HIDDEN_CONTACT = "import.reject.contact-hidden";
    static final String ARCHIVED_ACCOUNT = "import.reject.archived-account";

    private final ContactOwnersPort owners;

    public ImportPlanner(ContactOwnersPort owners) {
        this.owners = owners;
    }

    /** {@code known}: the contacts earlier rows of this reading made, by address key; the new ones are added. */
    List<Planned> plan(List<StagedRow> rows, ImportRun run, Map<String, Contact> known) {
        List<RowVerdict> verdicts = rows.stream().map(row -> run.check().check(row.number(), row.values(), row.duplicateOf())).toList();
        List<String> keys = verdicts.stream().filter(RowVerdict.Accepted.class::isInstance)
                .flatMap(v -> ((RowVerdict.Accepted) v).imported().emails().all().stream()).map(EmailAddress::lookupKey).distinct().toList();
        Map<String, ContactOwner> found = keys.isEmpty() ? Map.of() : owners.owners(keys, run.viewer().viewer());
        List<Planned> planned = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> values = rows.get(i).values();
            planned.add(switch (verdicts.get(i)) {
                case RowVerdict.Rejected r -> new Planned.Rejected(new JobProblem(String.valueOf(r.row()), r.column(), r.messageKey(),
                        r.arguments(), values));
                case RowVerdict.Accepted a -> contactOf(a.imported(), values, run, found, known);
            });
        }
        return planned;
    }

    private static Planned contactOf(ImportedRow row, List<String> values, ImportRun run, Map<String, ContactOwner> found,
                                     Map<String, Contact> known) {
        List<String> keys = row.emails().all().stream().map(EmailAddress::lookupKey).toList();
        Set<ContactId> contacts = new LinkedHashSet<>();
        int unknown = 0;
        for (String key : keys) {
            Optional<ContactId> owner = Optional.ofNullable(known.get(key)).map(Contact::id)
                    .or(() -> Optional.ofNullable(found.get(key)).map(ContactOwner::id));
            owner.ifPresent(contacts::add);
            unknown += owner.isPresent() ? 0 : 1;
        }
        if (contacts.isEmpty()) {
            Contact fresh = Contact.create(row.contactName(), row.emails(), row.phone(), row.address())
                    .withDetails(row.contactTags(), row.contactValues()).withLanguage(row.language());
            keys.forEach(key -> known.put(key, fresh));
            return new Planned.Accepted(row, new Planned.Choice.Fresh(fresh));
        }
        if (contacts.size() > 1 || unknown > 0) {
            return rejected(row, values, run, TWO_CONTACTS);
        }
        Contact again = known.get(keys.getFirst());
        if (again != null) {
            return new Planned.Accepted(row, new Planned.Choice.Again(again));
        }
        ContactOwner owner = found.get(keys.getFirst());
        if (!run.viewer().seesAll() && !owner.onViewersTeam()) {
            return rejected(row, values, run, HIDDEN_CONTACT);
        }
        if (owner.ofArchivedAccount()) { // issue 14, item 1: a client who left is not reached again by an import
            return rejected(row, values, run, ARCHIVED_ACCOUNT);
        }
        return new Planned.Accepted(row, new Planned.Choice.Existing(owner));
    }

    private static Planned rejected(ImportedRow row, List<String> values, ImportRun run, String key) {
        return new Planned.Rejected(new JobProblem(String.valueOf(row.row()), Optional.of(run.emailColumn()), key, List.of(), values));
    }
}
