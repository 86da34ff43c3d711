/**
 * The monthly report for managers, trustees and funders: contacts by channel, direction, line, caller
 * type, topic and outcome, callers new and repeat, handling time, each beside the previous month and the
 * same month last year. Counting rules are stated with the figures. No caller's details appear here.
 */
package org.helpline.reporting;
