package io.portico.application.staff;

import io.portico.application.staff.port.out.PasswordResetTicketPort;
import io.portico.application.staff.port.out.StaffPort;

class InMemoryPasswordResetTicketsTest extends PasswordResetTicketPortContract {

    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryPasswordResetTickets tickets = new InMemoryPasswordResetTickets();

    @Override
    protected StaffPort staff() {
        return staff;
    }

    @Override
    protected PasswordResetTicketPort tickets() {
        return tickets;
    }
}
