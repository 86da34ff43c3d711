/**
 * Notices to one member of staff: a supervisor has been alerted to the risk you recorded, a supervisor
 * signed it off, a case was passed to you. Shown in the page header until read.
 */
package org.helpline.notices;
