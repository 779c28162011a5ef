package io.portico.ui.job;

import com.vaadin.flow.component.Component;
import io.portico.application.job.port.in.ReportWording;
import io.portico.domain.job.JobProblem;
import java.util.List;
import java.util.Locale;

/**
 * A job's problems in the reader's language: the field as the forms name it ({@code field.<name>}), the reason
 * as input errors word it ({@code error.<message key>} with its arguments). Holds the locale, so a download,
 * which runs outside the page's request, speaks the page's language.
 */
final class ProblemTexts {

    private final Component translator;
    private final Locale locale;

    ProblemTexts(Component translator, Locale locale) {
        this.translator = translator;
        this.locale = locale;
    }

    String field(JobProblem problem) {
        return problem.field().map(field -> text("field." + field)).orElse("");
    }

    String reason(JobProblem problem) {
        return text("error." + problem.messageKey(), problem.arguments().toArray());
    }

    /** With the row number and field: a rejected row's reason column has no other place for them. */
    String located(JobProblem problem) {
        return problem.field().isPresent()
                ? text("job.problem.row-field", problem.item(), field(problem), reason(problem))
                : text("job.problem.row", problem.item(), reason(problem));
    }

    ReportWording wording() {
        return new ReportWording(List.of(text("job.problem.item"), text("job.problem.field"), text("job.problem.reason")),
                this::field, this::reason, this::located);
    }

    private String text(String key, Object... arguments) {
        return translator.getTranslation(locale, key, arguments);
    }
}
