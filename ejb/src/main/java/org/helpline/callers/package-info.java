/**
 * The people who contact the helpline. For now the caller types; caller records, consent and
 * repeat-caller look-up arrive with the adviser's core screen.
 */
package org.helpline.callers;
