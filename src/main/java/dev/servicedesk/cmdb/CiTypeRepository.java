package dev.servicedesk.cmdb;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class CiTypeRepository implements PanacheRepositoryBase<CiTypeDefinition, CiType> {}
