package org.retort.engine.internal;

/** A node class declares itself wrongly; the message says what to fix. */
final class InvalidNodeTypeException extends Exception {

    InvalidNodeTypeException(String message) {
        super(message);
    }
}
