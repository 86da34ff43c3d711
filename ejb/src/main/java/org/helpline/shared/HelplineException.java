package org.helpline.shared;

import jakarta.ejb.ApplicationException;

/**
 * The one application exception type. Each domain subclasses it; each front end maps it once (Faces
 * to a message, REST to an RFC 9457 problem). Thrown from a service it rolls the transaction back, so
 * nothing is half-saved.
 */
@ApplicationException(rollback = true)
public class HelplineException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public HelplineException(String message) {
        super(message);
    }

    public HelplineException(String message, Throwable cause) {
        super(message, cause);
    }
}
