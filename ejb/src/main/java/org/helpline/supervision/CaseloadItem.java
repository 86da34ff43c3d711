package org.helpline.supervision;

import java.io.Serializable;
import java.time.Instant;

/** One line of a caseload list: what it is, a few words about it, its date, and the page that opens it. */
public record CaseloadItem(String label, String detail, Instant when, String link) implements Serializable {
}
