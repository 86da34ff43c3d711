/**
 * The monthly report for managers, trustees and funders: contacts by channel, direction, line, caller
 * type, topic and outcome, callers new and repeat, handling time, cases, follow-ups, referrals and
 * safeguarding, each beside the previous month and the same month last year, with the counting rules
 * stated beside the figures. Publishing a month freezes its figures as a snapshot. No caller's details
 * appear here. Exports to files live in {@code export}.
 */
package org.helpline.reporting;
