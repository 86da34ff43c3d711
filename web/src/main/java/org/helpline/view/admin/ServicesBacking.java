package org.helpline.view.admin;


import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.view.PagedTable;
import org.helpline.resources.ServiceCatalogue;
import org.helpline.resources.SupportService;

/** {@code admin/services.xhtml}: every service in the directory, retired ones last. */
@Named
@RequestScoped
public class ServicesBacking {

    @Inject
    ServiceCatalogue catalogue;

    private PagedTable<SupportService> services;

    @PostConstruct
    void load() {
        services = PagedTable.of(catalogue::count, catalogue::all, SupportService::getId);
    }

    public PagedTable<SupportService> getServices() {
        return services;
    }
}
