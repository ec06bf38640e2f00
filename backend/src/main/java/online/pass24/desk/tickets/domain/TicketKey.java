package online.pass24.desk.tickets.domain;

/** The key people say on the phone: {@code EM-000123}, from a database sequence. */
public final class TicketKey {

    private TicketKey() {
    }

    public static String of(long number) {
        return String.format("EM-%06d", number);
    }
}
