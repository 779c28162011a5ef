package io.portico.ui.job;

import com.vaadin.flow.component.Component;
import io.portico.application.job.port.JobRow;
import io.portico.domain.job.JobReport;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How Clients → Jobs, the job page and Home word a job: its type, state, times and report counts. */
final class JobTexts {

    private final Component translator;
    private final DateTimeFormatter when;

    JobTexts(Component translator, Locale locale) {
        this.translator = translator;
        this.when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneId.systemDefault());
    }

    String type(JobRow job) {
        return translator.getTranslation("job.type." + job.type().name());
    }

    String state(JobRow job) {
        return translator.getTranslation("job.state." + job.state().name());
    }

    String time(Instant instant) {
        return when.format(instant);
    }

    String finished(JobRow job) {
        return job.finishedAt().map(this::time).orElse("");
    }

    /** "7 done, 3 skipped". */
    String counts(JobReport report) {
        return translator.getTranslation("job.counts", report.succeeded(), report.skippedTotal());
    }

    /** A skip reason, translated as {@code job.skipped.<reason key>}. */
    String skipped(String reason, int count) {
        return translator.getTranslation("job.skipped", translator.getTranslation("job.skipped." + reason), count);
    }
}
