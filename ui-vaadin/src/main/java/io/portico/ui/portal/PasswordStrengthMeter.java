package io.portico.ui.portal;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import io.portico.domain.staff.PasswordStrength;

/** How strong the password typed so far is, as a bar and in words; advice only, the server's PasswordPolicy decides. */
class PasswordStrengthMeter extends VerticalLayout {

    private static final String[] WORDS = {"portal.strength.0", "portal.strength.1", "portal.strength.2", "portal.strength.3",
            "portal.strength.4"};

    final ProgressBar bar = new ProgressBar(0, PasswordStrength.MAX, 0);
    final Span text = new Span(getTranslation(WORDS[0]));

    PasswordStrengthMeter() {
        setPadding(false);
        setSpacing(false);
        text.getStyle().set("font-size", "var(--lumo-font-size-s)");
        add(bar, text);
    }

    void show(String password) {
        int score = PasswordStrength.score(password);
        bar.setValue(score);
        text.setText(getTranslation(WORDS[score]));
    }
}
