package dev.servicedesk.survey;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
class SurveyRepository implements PanacheRepositoryBase<Survey, UUID> {}
