/**
 * Schema ownership: Flyway migrates the database while the persistence unit starts, before Hibernate
 * validates the mappings against it, so no code can ever see an unmigrated schema.
 */
package org.helpline.shared.persistence;
