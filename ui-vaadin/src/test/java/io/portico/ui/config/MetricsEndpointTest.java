package io.portico.ui.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.portico.application.firm.port.in.FirmQuery;
import io.portico.application.firm.port.in.SetUpFirmUseCase;
import io.portico.application.staff.port.in.AuthenticateStaffUseCase;
import io.portico.domain.staff.StaffRole;
import io.portico.ui.portal.PortalSession;
import io.portico.ui.security.StaffPrincipal;
import io.portico.ui.support.FreshDatabase;
import io.portico.ui.support.TestFirm;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Issue 14 item 6: Portico's metrics at /actuator/prometheus, for signed-in owners and admins only. */
@SpringBootTest(properties = {FreshDatabase.DATA_DIR, FreshDatabase.NO_SCHEDULED_MAIL})
@DirtiesContext // a context of its own, closed after its tests
@Order(Integer.MAX_VALUE) // after the view tests, whose cached context must stay the last one created
@ExtendWith(OutputCaptureExtension.class)
class MetricsEndpointTest {

    private static final String METRICS = "/actuator/prometheus";

    @Autowired
    WebApplicationContext context;
    @Autowired
    FirmQuery firm;
    @Autowired
    SetUpFirmUseCase setUp;
    @Autowired
    AuthenticateStaffUseCase authenticate;

    private MockMvc mvc;

    @BeforeEach
    void firmAndClient() {
        TestFirm.ensure(firm, setUp);
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    private MockHttpServletResponse response(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private UsernamePasswordAuthenticationToken owner(StaffRole role) {
        StaffPrincipal principal = StaffPrincipal.of(authenticate.authenticate(TestFirm.OWNER_EMAIL, TestFirm.OWNER_PASSWORD).orElseThrow());
        var authorities = List.of(new SimpleGrantedAuthority("ROLE_STAFF"), new SimpleGrantedAuthority("ROLE_" + role.name()));
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
    }

    @Test
    void issue14_6_an_owner_reads_the_portico_metrics() throws Exception {
        authenticate.authenticate(TestFirm.OWNER_EMAIL, "not the password at all");

        MockHttpServletResponse metrics = response(get(METRICS).with(authentication(owner(StaffRole.OWNER))));

        assertThat(metrics.getStatus()).isEqualTo(200);
        assertThat(metrics.getContentAsString()).contains("portico_outbox_depth ", "portico_outbox_dead ", "portico_outbox_oldest_age_seconds ",
                "portico_mail_deliveries_total ", "portico_mail_failures_total{outcome=\"dead\"}", "portico_mail_failures_total{outcome=\"retry\"}",
                "portico_job_chunk_seconds_count{type=\"import\"}", "portico_job_rows_total{type=\"bulk_email\"}",
                "portico_job_duration_seconds_count{state=\"failed\",type=\"bulk_access\"}", "portico_signin_failures_total{realm=\"portal\"}",
                "portico_signin_throttled_total{kind=\"staff_sign_in\"}", "portico_sessions_active{realm=\"staff\"}",
                "portico_sessions_active{realm=\"portal\"}");
        assertThat(metrics.getContentAsString()).containsPattern("portico_signin_failures_total\\{realm=\"staff\"} [1-9]");
    }

    @Test
    void issue14_6_an_employee_is_refused() throws Exception {
        assertThat(response(get(METRICS).with(authentication(owner(StaffRole.EMPLOYEE)))).getStatus()).isEqualTo(403);
    }

    @Test
    void issue14_6_anonymous_callers_and_portal_clients_are_refused() throws Exception {
        var client = new MockHttpSession();
        client.setAttribute(PortalSession.class.getName(), new PortalSession(UUID.randomUUID(), UUID.randomUUID(), false, 0));

        for (RequestBuilder request : List.of(get(METRICS), get(METRICS).session(client))) {
            MockHttpServletResponse refused = response(request);
            assertThat(refused.getStatus()).isIn(302, 401, 403);
            assertThat(refused.getContentAsString()).doesNotContain("portico_");
        }
    }

    @Test
    void issue14_6_a_failed_sign_in_leaves_no_address_in_the_log(CapturedOutput output) {
        authenticate.authenticate("someone.unknown@studio-rossi.example", "a wrong password");

        assertThat(output.getAll()).doesNotContain("someone.unknown", "studio-rossi");
    }
}
