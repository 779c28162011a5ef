package io.portico.ui.account;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.portico.application.account.port.AccountRow;
import io.portico.application.bulk.port.AccountFilter;
import io.portico.application.bulk.port.AccountSelection;
import io.portico.application.bulk.port.in.BulkAccessQuery;
import io.portico.application.bulk.port.in.StartBulkAccessUseCase;
import io.portico.application.job.port.in.JobStatusQuery;
import io.portico.application.notification.port.in.LockNotificationCategoriesUseCase;
import io.portico.domain.staff.StaffId;
import io.portico.ui.job.JobProgress;
import java.util.function.Supplier;

/**
 * E3 on Clients → Accounts: "all N accounts matching the filter" once accounts are ticked, and More actions →
 * Edit LOGIN, NOTIFY, EMAIL SYNC opening {@link BulkAccessDialog}; the started job's progress shows above the list.
 */
class BulkAccessActions {

    /** The use cases the list's bulk edit needs, injected into the view as one. */
    record Uses(BulkAccessQuery query, StartBulkAccessUseCase start, LockNotificationCategoriesUseCase locked) {
    }

    final Checkbox allMatching = new Checkbox();
    private final Uses uses;
    private final StaffId viewer;
    private final Grid<AccountRow> grid;
    private final VerticalLayout jobs;
    private final JobStatusQuery jobStatus;
    private final Supplier<AccountFilter> filter;
    private long matching;

    BulkAccessActions(Uses uses, StaffId viewer, Grid<AccountRow> grid, VerticalLayout jobs, JobStatusQuery jobStatus,
                      Supplier<AccountFilter> filter) {
        this.uses = uses;
        this.viewer = viewer;
        this.grid = grid;
        this.jobs = jobs;
        this.jobStatus = jobStatus;
        this.filter = filter;
        allMatching.setVisible(false);
        grid.asMultiSelect().addValueChangeListener(change -> offerAllMatching(!change.getValue().isEmpty()));
    }

    /** Counted only once something is ticked: a count over a million accounts is not for every scroll. */
    private void offerAllMatching(boolean anySelected) {
        if (anySelected && !allMatching.isVisible()) {
            matching = uses.query().matching(viewer, filter.get());
            allMatching.setLabel(allMatching.getTranslation("bulk-access.all-matching", matching));
        }
        allMatching.setVisible(anySelected);
        if (!anySelected) {
            allMatching.setValue(false);
        }
    }

    void open() {
        var chosen = grid.getSelectedItems().stream().map(AccountRow::id).toList();
        if (chosen.isEmpty()) {
            Notification.show(allMatching.getTranslation("bulk-email.select-first"), 4000, Notification.Position.MIDDLE);
            return;
        }
        AccountSelection selection = allMatching.getValue() ? new AccountSelection.Matching(filter.get())
                : new AccountSelection.Chosen(chosen);
        long count = allMatching.getValue() ? matching : chosen.size();
        new BulkAccessDialog(viewer, selection, count, uses.locked().locked(), uses.query(), uses.start(), job -> {
            grid.deselectAll();
            jobs.add(new JobProgress(jobStatus, viewer, job, allMatching.getTranslation("bulk-access.job-name")));
        }).open();
    }
}
