package io.portico.ui.firm;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The setup form on its own, without Spring: it gathers input and fires an event. */
class SetupFormTest extends BrowserlessTest {

    private final List<SetupForm.Input> submitted = new ArrayList<>();
    private SetupForm form;

    @BeforeEach
    void createForm() {
        form = new SetupForm();
        UI.getCurrent().add(form);
        form.addSubmitListener(event -> submitted.add(event.input()));
    }

    @Test
    void G1_a_filled_form_fires_submit_with_what_was_typed() {
        test(form.firmName).setValue("Studio Bianchi");
        test(form.firstName).setValue("Anna");
        test(form.lastName).setValue("Bianchi");
        test(form.email).setValue("anna@studio-bianchi.it");
        test(form.password).setValue("tax season never ends");
        test(form.create).click();

        assertThat(submitted).containsExactly(
                new SetupForm.Input("Studio Bianchi", "Anna", "Bianchi", "anna@studio-bianchi.it", "tax season never ends", ""));
    }

    @Test
    void G1_missing_fields_are_marked_and_nothing_is_submitted() {
        test(form.firmName).setValue("Studio Bianchi");
        test(form.create).click();

        assertThat(submitted).isEmpty();
        assertThat(form.firstName.isInvalid()).isTrue();
        assertThat(form.password.isInvalid()).isTrue();
        assertThat(form.firmName.isInvalid()).isFalse();
    }
}
