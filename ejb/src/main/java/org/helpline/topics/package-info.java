/**
 * The two-level topic taxonomy advisers tag contacts with, and reports count by: broad areas such as
 * symptoms or treatments, each with specific subtopics.
 */
package org.helpline.topics;
