package org.helpline.topics;

/** A topic as a picker shows it: subtopics with their parent, "Symptoms › Fatigue". */
public record TopicChoice(String code, String label) {

    static TopicChoice of(Topic topic) {
        return new TopicChoice(topic.getCode(),
                topic.isTopLevel() ? topic.getLabel() : topic.getParent().getLabel() + " › " + topic.getLabel());
    }
}
