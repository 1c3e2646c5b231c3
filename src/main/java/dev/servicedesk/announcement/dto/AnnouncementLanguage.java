package dev.servicedesk.announcement.dto;

import dev.servicedesk.announcement.AnnouncementTexts;
import java.time.Instant;

public record AnnouncementLanguage(
        String language,
        boolean source,
        Integer revision,
        Integer translatedFrom,
        boolean outdated,
        Instant writtenAt) {

    public static AnnouncementLanguage of(AnnouncementTexts texts, AnnouncementTexts.Version version) {
        return new AnnouncementLanguage(
                version.language(),
                version == texts.source(),
                version.revision(),
                version.translatedFrom(),
                texts.outdated(version),
                version.writtenAt());
    }
}
