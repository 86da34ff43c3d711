/**
 * Cases: a caller's enquiry that takes more than one contact. A case has a human number, an owner, a
 * status whose allowed moves the {@link org.helpline.cases.Case} entity enforces, and a timeline of
 * its contacts, notes and status changes.
 */
package org.helpline.cases;
