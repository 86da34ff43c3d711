/**
 * Contacts with the helpline: the lines people ring, the channels they reach us by and the outcomes an
 * adviser records. Logging a contact arrives here with the adviser's core screen.
 */
package org.helpline.calls;
