package io.portico.ui.firm;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import io.portico.application.firm.port.in.FirmQuery;
import io.portico.ui.error.NotFoundView;
import io.portico.ui.staff.LoginView;
import io.portico.ui.support.FreshDatabase;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * G1 on a new installation. It shares the view tests' context and database and runs before them
 * (see junit-platform.properties), so the firm does not exist until these tests create it.
 */
@SpringBootTest(properties = {FreshDatabase.DATA_DIR, FreshDatabase.NO_SCHEDULED_MAIL})
@Order(1)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SetupViewTest extends SpringBrowserlessTest {

    @Autowired
    FirmQuery firm;
    @Autowired
    SetupCode setupCode;

    private SetupView fill(String firmName, String email, String password) {
        return fill(firmName, email, password, setupCode.code());
    }

    private SetupView fill(String firmName, String email, String password, String code) {
        SetupView view = navigate(SetupView.class);
        test(view.form.setupCode).setValue(code);
        test(view.form.firmName).setValue(firmName);
        test(view.form.firstName).setValue("Anna");
        test(view.form.lastName).setValue("Bianchi");
        test(view.form.email).setValue(email);
        test(view.form.password).setValue(password);
        test(view.form.create).click();
        return view;
    }

    @Test
    @Order(1)
    void G1_every_page_leads_to_setup_while_no_firm_exists() {
        navigate(LoginView.ROUTE, SetupView.class);
        assertThat(getCurrentView()).isInstanceOf(SetupView.class);
    }

    @Test
    @Order(2)
    void G1_bad_input_names_the_field_and_creates_nothing() {
        SetupView view = fill("Studio Bianchi", "anna@studio-bianchi.it", "passwordpassword");
        assertThat(view.form.password.isInvalid()).isTrue();
        assertThat(view.form.password.getErrorMessage()).startsWith("Password:").contains("too common");

        view = fill("Studio Bianchi", "anna-at-studio", "tax season never ends");
        assertThat(view.form.email.isInvalid()).isTrue();
        assertThat(view.form.email.getErrorMessage()).startsWith("Email:");

        assertThat(firm.isSetUp()).isFalse();
    }

    @Test
    @Order(3)
    void issue10_19_on_every_interface_setup_asks_for_the_code_from_the_start_up_log_and_refuses_a_wrong_one() {
        assertThat(navigate(SetupView.class).form.setupCode.isVisible()).as("the tests' server listens on every interface").isTrue();

        SetupView view = fill("Studio Bianchi", "anna@studio-bianchi.it", "tax season never ends", "0000-0000-0000");
        assertThat(view.form.setupCode.isInvalid()).isTrue();
        assertThat(view.form.setupCode.getErrorMessage()).startsWith("Setup code:");
        view = fill("Studio Bianchi", "anna@studio-bianchi.it", "tax season never ends", "");
        assertThat(view.form.setupCode.isInvalid()).isTrue();

        assertThat(firm.isSetUp()).isFalse();
    }

    @Test
    @Order(4)
    void G1_setup_creates_the_firm_and_afterwards_setup_is_gone() {
        fill("Studio Bianchi", "anna@studio-bianchi.it", "tax season never ends");
        assertThat(firm.firm()).hasValueSatisfying(f -> assertThat(f.name().value()).isEqualTo("Studio Bianchi"));

        navigate(SetupView.ROUTE, NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
