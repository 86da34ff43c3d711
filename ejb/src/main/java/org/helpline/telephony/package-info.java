/**
 * Telephony: the phone system on the 0808 lines tells Helpline about each call (ringing, answered, ended,
 * missed) by signed events; Helpline keeps each call, puts the caller's history in front of the adviser who
 * answered, and lists the calls nobody answered so that someone rings back.
 */
package org.helpline.telephony;
