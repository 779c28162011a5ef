package io.portico.application.bulk.port.in;

import io.portico.domain.job.JobProblem;
import java.util.List;

/**
 * E3, item 4: what a bulk edit would do now. Counts of what changes; of what is skipped, the counts and the first
 * {@link #SHOWN} items with their reason (item = the account's name).
 *
 * @param unchanged    accounts where every address already is as asked
 * @param notEditable  accounts the user may not edit (or no longer sees)
 * @param withoutAddress contacts that have no address, so nothing could be turned on
 * @param archived     issue 14, item 1: archived accounts, left as they are
 */
public record BulkAccessPreview(int accounts, int contacts, int addresses, int invitations, int unchanged, int notEditable,
                                int withoutAddress, List<JobProblem> skipped, int archived) {

    public static final int SHOWN = 20;

    public BulkAccessPreview {
        skipped = List.copyOf(skipped);
    }
}
