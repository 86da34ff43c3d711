package org.helpline.view.admin;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.topics.Topic;
import org.helpline.topics.TopicCatalogue;

/** {@code admin/topics.xhtml}: the topic taxonomy. */
@Named
@RequestScoped
public class TopicsBacking {

    @Inject
    TopicCatalogue catalogue;

    private List<Topic> taxonomy;

    @PostConstruct
    void load() {
        taxonomy = catalogue.taxonomy();
    }

    public List<Topic> getTaxonomy() {
        return taxonomy;
    }
}
