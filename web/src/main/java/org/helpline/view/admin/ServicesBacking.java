package org.helpline.view.admin;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.resources.ServiceCatalogue;
import org.helpline.resources.SupportService;

/** {@code admin/services.xhtml}: every service in the directory, retired ones last. */
@Named
@RequestScoped
public class ServicesBacking {

    @Inject
    ServiceCatalogue catalogue;

    private List<SupportService> services;

    @PostConstruct
    void load() {
        services = catalogue.all();
    }

    public List<SupportService> getServices() {
        return services;
    }
}
