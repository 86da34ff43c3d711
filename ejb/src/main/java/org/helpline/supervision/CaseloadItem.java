package org.helpline.supervision;

import java.io.Serializable;
import java.time.Instant;

/**
 * One line of a caseload list: what it is, a few words about it, its date, the page that opens it, and whose it
 * is (the caller's id, for their risk marker; null when anonymous).
 */
public record CaseloadItem(String label, String detail, Instant when, String link, Long callerId) implements Serializable {
}
