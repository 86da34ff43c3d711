package org.helpline.supervision;

/** Counts only: how many follow-ups are open and overdue, and safeguarding alerts wait for a sign-off. */
public record QueueSizes(long openFollowUps, long overdueFollowUps, long unsignedSafeguarding) {
}
