package io.portico.application.importing.port.in;

import io.portico.domain.job.JobProblem;
import java.util.List;

/**
 * Issue 12 item 6: the first rows as they will be imported, then counts for the whole file — new accounts
 * (one per accepted row), new contacts, contacts linked by an address (already in the CRM, or made by an
 * earlier row of the file) — and the rejected rows with their reasons, the first {@link #LISTED} of them.
 */
public record DryRun(List<RowPreview> preview, int newAccounts, int newContacts, int linkedContacts, int rejected,
                     List<JobProblem> rejections) {

    public static final int PREVIEW_ROWS = 20;
    public static final int LISTED = 100;

    public DryRun {
        preview = List.copyOf(preview);
        rejections = List.copyOf(rejections);
    }
}
