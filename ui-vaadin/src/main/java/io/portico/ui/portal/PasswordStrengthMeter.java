package io.portico.ui.portal;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.staff.PasswordContext;
import io.portico.domain.staff.PasswordPolicy;
import me.gosimple.nbvcxz.Nbvcxz;

/**
 * How strong the password typed so far is, as a bar and in words (B2, B11): nbvcxz's estimate of how
 * hard it is to guess, 0 to 4, and 0 for anything PasswordPolicy refuses of a password that is the only
 * factor. Advice only: the server's PasswordPolicy, which also knows the person's words, decides.
 */
class PasswordStrengthMeter extends VerticalLayout {

    static final int MAX = 4;
    /** Loads its dictionaries once; estimating is thread-safe. */
    private static final Nbvcxz ESTIMATOR = new Nbvcxz();

    private static final String[] WORDS = {"portal.strength.0", "portal.strength.1", "portal.strength.2", "portal.strength.3",
            "portal.strength.4"};

    final ProgressBar bar = new ProgressBar(0, MAX, 0);
    final Span text = new Span(getTranslation(WORDS[0]));

    PasswordStrengthMeter() {
        setPadding(false);
        setSpacing(false);
        text.getStyle().set("font-size", "var(--lumo-font-size-s)");
        add(bar, text);
    }

    void show(String password) {
        int score = score(password);
        bar.setValue(score);
        text.setText(getTranslation(WORDS[score]));
    }

    static int score(String password) {
        try {
            PasswordPolicy.check("password", password, PasswordContext.passwordOnly());
        } catch (InvalidInputException refused) {
            return 0;
        }
        return Math.min(MAX, ESTIMATOR.estimate(password).getBasicScore());
    }
}
