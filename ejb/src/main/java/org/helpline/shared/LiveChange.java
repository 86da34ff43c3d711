package org.helpline.shared;

import java.io.Serializable;

/**
 * Something the supervisors' live wallboard shows has changed ("contact", "safeguarding"). Fired by the
 * services as a CDI event; delivered to the wallboard only once the change is committed.
 */
public record LiveChange(String what) implements Serializable {
}
