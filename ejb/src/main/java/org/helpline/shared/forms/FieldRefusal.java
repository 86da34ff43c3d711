package org.helpline.shared.forms;

import java.io.Serializable;

/**
 * One field a rule refuses: its name as the form's JSON names it ({@code summary}, {@code followUp.dueFrom},
 * {@code completesFollowUps[1]}) and the message for the person who typed it.
 */
public record FieldRefusal(String field, String message) implements Serializable {
}
