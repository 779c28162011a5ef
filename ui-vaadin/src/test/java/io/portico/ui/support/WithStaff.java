package io.portico.ui.support;

import io.portico.domain.staff.StaffRole;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithSecurityContext;

/** Runs a test as a signed-in staff member with this role. */
@Retention(RetentionPolicy.RUNTIME)
@WithSecurityContext(factory = WithStaffSecurityContextFactory.class)
public @interface WithStaff {

    StaffRole role() default StaffRole.OWNER;

    String email() default "anna@studio-bianchi.it";

    TestExecutionEvent setupBefore() default TestExecutionEvent.TEST_METHOD;
}
