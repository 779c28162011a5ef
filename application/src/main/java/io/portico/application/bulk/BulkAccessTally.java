package io.portico.application.bulk;

import io.portico.application.bulk.port.in.BulkAccessPreview;
import io.portico.domain.bulk.AccountPlan;
import io.portico.domain.bulk.AddressChange;
import io.portico.domain.bulk.Invitee;
import io.portico.domain.job.JobProblem;
import io.portico.domain.job.JobReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Counts what a bulk edit's plans change and skip: the preview's figures, and each chunk's report. */
final class BulkAccessTally {

    static final String NOT_EDITABLE = "bulk-access.skipped.not-editable";
    static final String NO_ADDRESS = "bulk-access.skipped.no-address";
    static final String UNCHANGED = "bulk-access.skipped.unchanged";
    static final String ARCHIVED = "bulk-access.skipped.archived";

    private int accounts;
    private int contacts;
    private int addresses;
    private int unchanged;
    private int notEditable;
    private int withoutAddress;
    private int archived;
    private final List<JobProblem> problems = new ArrayList<>();
    /** B1: one invitation per address, however many of the accounts it is on (by lookup key). */
    private final Map<String, Invitee> invitees = new LinkedHashMap<>();

    BulkAccessTally add(List<AccountPlan> plans) {
        plans.forEach(this::add);
        return this;
    }

    private void add(AccountPlan plan) {
        switch (plan) {
            case AccountPlan.Skipped skipped -> {
                notEditable++;
                problems.add(JobProblem.of(skipped.name(), NOT_EDITABLE));
            }
            case AccountPlan.Archived skipped -> {
                archived++;
                problems.add(JobProblem.of(skipped.name(), ARCHIVED));
            }
            case AccountPlan.Planned planned -> {
                planned.withoutAddress().forEach(contact -> problems.add(JobProblem.of(planned.name(), NO_ADDRESS, contact)));
                withoutAddress += planned.withoutAddress().size();
                if (planned.changes().isEmpty()) {
                    unchanged += planned.withoutAddress().isEmpty() ? 1 : 0;
                    return;
                }
                accounts++;
                contacts += (int) planned.contactsChanged();
                addresses += planned.changes().size();
                planned.invitees().forEach(invitee -> invitees.putIfAbsent(invitee.email().lookupKey(), invitee));
            }
        }
    }

    List<JobProblem> problems() {
        return List.copyOf(problems);
    }

    List<Invitee> invitees() {
        return List.copyOf(invitees.values());
    }

    JobReport report() {
        var skipped = new LinkedHashMap<String, Integer>();
        Stream.of(Map.entry(NOT_EDITABLE, notEditable), Map.entry(NO_ADDRESS, withoutAddress), Map.entry(UNCHANGED, unchanged),
                        Map.entry(ARCHIVED, archived))
                .filter(entry -> entry.getValue() > 0).forEach(entry -> skipped.put(entry.getKey(), entry.getValue()));
        return new JobReport(accounts, skipped);
    }

    BulkAccessPreview preview() {
        return new BulkAccessPreview(accounts, contacts, addresses, invitees.size(), unchanged, notEditable, withoutAddress,
                problems.subList(0, Math.min(problems.size(), BulkAccessPreview.SHOWN)), archived);
    }

    static List<AddressChange> changes(List<AccountPlan> plans) {
        return plans.stream().flatMap(plan -> plan instanceof AccountPlan.Planned planned ? planned.changes().stream() : Stream.empty())
                .toList();
    }
}
