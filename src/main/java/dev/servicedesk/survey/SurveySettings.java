package dev.servicedesk.survey;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "servicedesk.surveys")
public interface SurveySettings {
    /** How long a survey stays open once the ticket was first resolved. */
    @WithDefault("P14D")
    Duration answerWithin();
}
