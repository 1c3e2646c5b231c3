package dev.servicedesk.survey;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;

@ConfigMapping(prefix = "servicedesk.surveys")
public interface SurveySettings {
    /** How long a survey stays open once the ticket was first resolved (a minute at least). */
    @WithDefault("P14D")
    @DurationMin(minutes = 1)
    Duration answerWithin();
}
