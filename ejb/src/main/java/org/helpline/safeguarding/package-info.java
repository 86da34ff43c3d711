/**
 * Callers at risk: risk flags raised on contacts (and carried by the caller while they last), and the
 * alerts that put a risk-to-life contact in front of a supervisor at once.
 */
package org.helpline.safeguarding;
