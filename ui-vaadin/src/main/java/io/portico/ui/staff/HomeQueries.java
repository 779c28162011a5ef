package io.portico.ui.staff;

import io.portico.application.account.port.in.AccountFiguresQuery;
import io.portico.application.job.port.in.JobListQuery;
import io.portico.application.health.port.in.SystemHealthQuery;
import io.portico.application.portal.port.in.PendingActivationQuery;

/** Item 11: what the Home dashboard reads, each figure from the feature it belongs to; issue 14 item 7: the health for admins. */
public record HomeQueries(AccountFiguresQuery accounts, PendingActivationQuery pending, JobListQuery jobs, SystemHealthQuery health) {
}
