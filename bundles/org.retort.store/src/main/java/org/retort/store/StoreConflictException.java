package org.retort.store;

/** The operation would break a uniqueness rule (a taken username or email, a duplicate name…) or a state rule. */
public class StoreConflictException extends StoreException {
    private static final long serialVersionUID = 1L;

    public StoreConflictException(String message) {
        super(message);
    }

    public StoreConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}
