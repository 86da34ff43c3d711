package org.helpline.supervision;

import java.io.Serializable;
import java.time.Instant;

import org.helpline.shared.RecordLink;

/**
 * One line of a caseload list: what it is, a few words about it, its date, what it opens (null: nothing), and whose it
 * is (the caller's id, for their risk marker; null when anonymous).
 */
public record CaseloadItem(String label, String detail, Instant when, RecordLink link, Long callerId) implements Serializable {
}
