package kz.migration.common.event;

/** A record that cannot be read as an event: retrying will not help, so it goes straight to the dead letters. */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String message) {
        super(message);
    }
}
