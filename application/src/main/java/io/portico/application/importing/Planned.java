package io.portico.application.importing;

import io.portico.application.importing.port.out.ContactOwnersPort.ContactOwner;
import io.portico.domain.contact.Contact;
import io.portico.domain.importing.ImportedRow;
import io.portico.domain.job.JobProblem;

/** Issue 12 items 6–7: what the import does with one row, as the dry run shows it and the job does it. */
sealed interface Planned {

    record Rejected(JobProblem problem) implements Planned {
    }

    record Accepted(ImportedRow row, Choice contact) implements Planned {
    }

    /** The row's contact: made by the row, made by an earlier row of the file, or one the CRM has. */
    sealed interface Choice {

        record Fresh(Contact contact) implements Choice {
        }

        record Again(Contact contact) implements Choice {
        }

        record Existing(ContactOwner owner) implements Choice {
        }
    }
}
