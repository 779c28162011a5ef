package io.portico.ui.support;

import com.vaadin.browserless.SpringBrowserlessTest;
import io.portico.application.firm.port.in.FirmQuery;
import io.portico.application.firm.port.in.SetUpFirmUseCase;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** View tests in a set-up firm; all of them share one application context and its database. */
@SpringBootTest(properties = {FreshDatabase.DATA_DIR, FreshDatabase.NO_SCHEDULED_MAIL})
public abstract class StaffViewTest extends SpringBrowserlessTest {

    @Autowired
    protected FirmQuery firm;
    @Autowired
    protected SetUpFirmUseCase setUp;

    @BeforeEach
    void firmExists() {
        TestFirm.ensure(firm, setUp);
    }
}
