package org.helpline.telephony;

import org.helpline.shared.HelplineException;

/**
 * An event refused before it was read: an unknown or inactive phone system, a missing or wrong signature,
 * or a timestamp too far from now. The message says which, for the phone system's administrator, and never
 * repeats anything from the body. An API answers it with 401.
 */
public class UnsignedEventException extends HelplineException {

    private static final long serialVersionUID = 1L;

    public UnsignedEventException(String message) {
        super(message);
    }
}
