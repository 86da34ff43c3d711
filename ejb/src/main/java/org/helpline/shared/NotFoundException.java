package org.helpline.shared;

/**
 * A record does not exist, or the caller of the service may not see it: both answer the same, so a
 * response never reveals that a record the user may not see exists.
 */
public class NotFoundException extends HelplineException {

    private static final long serialVersionUID = 1L;

    /** @param what the record as a sentence opens with it, e.g. "Case 12" (from {@link UserText}) */
    public NotFoundException(String what) {
        super(UserText.of("notFound", what));
    }
}
