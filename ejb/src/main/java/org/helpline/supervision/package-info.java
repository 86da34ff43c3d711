/**
 * What supervisors do to keep the team's work moving: reassign cases and follow-ups (one at a time or
 * everything an adviser holds), and, with the safeguarding queue, make sure nobody falls through the
 * cracks. Only supervisors and admins reach these services.
 */
package org.helpline.supervision;
