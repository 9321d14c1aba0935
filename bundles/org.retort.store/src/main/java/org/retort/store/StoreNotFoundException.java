package org.retort.store;

/** The user, workspace, workflow… an operation names does not exist. */
public class StoreNotFoundException extends StoreException {
    private static final long serialVersionUID = 1L;

    public StoreNotFoundException(String message) {
        super(message);
    }
}
