/**
 * What every domain shares: the application exception hierarchy, persistence plumbing (schema
 * migrations, the reference-item shape) and seed loading. Nothing here knows about calls, cases or
 * callers.
 */
package org.helpline.shared;
