package org.helpline.view.admin;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.helpline.topics.Topic;

/**
 * The topic taxonomy as groups of checkboxes (one fieldset per top-level topic): how admins say what a
 * service or an article is about. Plain checkboxes, because they work with a keyboard and a screen reader
 * without any help.
 */
public class TopicChecklist implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One top-level topic and its subtopics, the top-level one first. */
    public record Group(String label, List<Item> items) implements Serializable {
    }

    public record Item(String code, String label) implements Serializable {
    }

    private final List<Group> groups = new ArrayList<>();
    private final Map<String, Boolean> chosen = new HashMap<>();

    public TopicChecklist(List<Topic> taxonomy, List<String> chosenCodes) {
        for (Topic top : taxonomy) {
            List<Item> items = new ArrayList<>();
            items.add(new Item(top.getCode(), top.getLabel() + " (all)"));
            top.getSubtopics().stream().filter(Topic::isActive)
                    .forEach(sub -> items.add(new Item(sub.getCode(), sub.getLabel())));
            groups.add(new Group(top.getLabel(), items));
        }
        chosenCodes.forEach(code -> chosen.put(code, true));
    }

    public List<Group> getGroups() {
        return groups;
    }

    /** Bound to each checkbox: {@code #{bean.topics.chosen[item.code()]}}. */
    public Map<String, Boolean> getChosen() {
        return chosen;
    }

    public List<String> codes() {
        return groups.stream().flatMap(group -> group.items().stream()).map(Item::code)
                .filter(code -> Boolean.TRUE.equals(chosen.get(code))).toList();
    }
}
